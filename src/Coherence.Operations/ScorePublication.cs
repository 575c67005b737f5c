using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Reports;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Writes what <c>coherence score</c> publishes while assessments are scored: results JSON, tidy CSV and JSON Lines, results workbook and HTML reports.</summary>
/// <remarks>
/// Every output goes to a temporary file beside its target as each assessment is scored; the targets are replaced together
/// at the end, and only when every output could be written. The JSON, CSV and JSON Lines hold nothing in memory; the
/// workbook and the comparisons keep what they show of each assessment (see <see cref="ResultsWorkbookWriter"/> and
/// <see cref="ReportPublisher"/>).
/// </remarks>
internal sealed class ScorePublication : IDisposable
{
    private readonly ScoreOptions options;
    private readonly DateTimeOffset generatedAt;
    private readonly PendingOutputs outputs;
    private ResultsJsonWriter? json;
    private ScoreRowCsvWriter? csv;
    private ScoreRowJsonLinesWriter? jsonLines;
    private ResultsWorkbookWriter? workbook;
    private ReportPublisher? reports;

    public ScorePublication(ScoreOptions options, DateTimeOffset generatedAt)
    {
        this.options = options;
        this.generatedAt = generatedAt;
        outputs = new PendingOutputs(options.Force);
    }

    /// <summary>Gets whether an output could not be written: nothing will be put in place.</summary>
    public bool Failed { get; private set; }

    /// <summary>Gets whether scoring more assessments is pointless: an output failed in a way that more input cannot mend.</summary>
    public bool Stop { get; private set; }

    /// <summary>Checks, before scoring, the outputs that can be checked without scores: targets, folders and language.</summary>
    public static List<Diagnostic> CheckTargets(ScoreOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var files = new List<string>();
        foreach (var path in new[] { options.JsonPath, options.CsvPath, options.JsonLinesPath })
        {
            if (path is null)
            {
                continue;
            }

            files.Add(path);
            if (OutputFile.CheckWritable(path, options.Force) is { } refused)
            {
                diagnostics.Add(refused);
            }
        }

        if (options.XlsxPath is not null)
        {
            files.Add(options.XlsxPath);
            diagnostics.AddRange(ExportResultsWorkbookOperation.Check(options.XlsxPath, options.Force));
        }

        foreach (var twice in files.GroupBy(Path.GetFullPath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error("OUT005", Phrase.Of("diag.OUT005"), new SourceLocation(twice.First()), Phrase.Of("hint.OUT005")));
        }

        if (options.ReportsFolder is not null && File.Exists(options.ReportsFolder))
        {
            diagnostics.Add(Diagnostic.Error("REP010", Phrase.Of("diag.REP010"), new SourceLocation(options.ReportsFolder), Phrase.Of("hint.REP010")));
        }

        if ((options.XlsxPath is not null || options.ReportsFolder is not null) && options.Language is { } language && !Labels.Supported.Contains(language))
        {
            diagnostics.Add(Diagnostic.Error("OUT004", Phrase.Of("diag.OUT004", language), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported)));
        }

        return diagnostics;
    }

    /// <summary>Opens every output: the files' heads are written, the report templates compiled.</summary>
    /// <returns>The problems; with an error nothing can be published.</returns>
    public IReadOnlyList<Diagnostic> Begin()
    {
        var diagnostics = new List<Diagnostic>();
        var language = Texts.Choose(options.Language, CultureInfo.InvariantCulture);
        if (options.JsonPath is { } jsonPath && Open(jsonPath, diagnostics) is { } jsonStream)
        {
            json = new ResultsJsonWriter(jsonStream, generatedAt, ToolInfo.Version, leaveOpen: true);
        }

        if (options.CsvPath is { } csvPath && Open(csvPath, diagnostics) is { } csvStream)
        {
            csv = new ScoreRowCsvWriter(csvStream, leaveOpen: true, language);
        }

        if (options.JsonLinesPath is { } linesPath && Open(linesPath, diagnostics) is { } linesStream)
        {
            jsonLines = new ScoreRowJsonLinesWriter(linesStream, leaveOpen: true, language);
        }

        if (options.XlsxPath is not null)
        {
            workbook = new ResultsWorkbookWriter(language, generatedAt, ToolInfo.Version, options.XlsxPaper);
        }

        if (options.ReportsFolder is { } folder)
        {
            var templates = new TemplateCatalog();
            var renderer = new ReportRenderer();
            var profile = templates.Resolve(TemplateCatalog.CountryProfile, ReportFormat.Html);
            var comparison = templates.Resolve(TemplateCatalog.RegionalComparison, ReportFormat.Html);
            diagnostics.AddRange(profile.Diagnostics);
            diagnostics.AddRange(comparison.Diagnostics);
            if (profile.Value is { } p && comparison.Value is { } c)
            {
                diagnostics.AddRange(renderer.Check(p));
                diagnostics.AddRange(renderer.Check(c));
                reports = new ReportPublisher(renderer, p, c, null, folder, null, language, options.Force, generatedAt, generatedAt);
            }
        }

        Failed = diagnostics.Any(d => d.IsError);
        return diagnostics;
    }

    /// <summary>Writes one scored assessment to every output.</summary>
    public void Add(ScoredAssessment item, List<Diagnostic> diagnostics)
    {
        if (workbook is not null)
        {
            var indicators = item.Score.Indicators.Count;
            if ((long)workbook.GapRows + indicators > options.WorkbookRowLimit)
            {
                var limit = options.WorkbookRowLimit.ToString("N0", CultureInfo.InvariantCulture);
                diagnostics.Add(Diagnostic.Error("WBK065", Phrase.Of("diag.WBK065", limit), new SourceLocation(options.XlsxPath), Phrase.Of("hint.WBK065")));
                Failed = true;
                Stop = true;
                workbook = null;
                return;
            }
        }

        if (reports is not null)
        {
            reports.Add(item, outputs, diagnostics);
            Failed |= reports.Failed;
        }

        if (Failed)
        {
            return;
        }

        try
        {
            json?.Write(item.Score, item.Rows);
            if (csv is not null)
            {
                foreach (var row in item.Rows)
                {
                    csv.Write(row);
                }
            }

            if (jsonLines is not null)
            {
                foreach (var row in item.Rows)
                {
                    jsonLines.Write(row);
                }
            }

            workbook?.Add(item.Score, item.Rows, item.Rubric);

            // Variants go to the tidy outputs only, each row with its variant id; the workbook and reports show the rubric as written.
            foreach (var variant in item.Variants)
            {
                json?.Write(variant.Score, variant.Rows);
                foreach (var row in variant.Rows)
                {
                    csv?.Write(row);
                    jsonLines?.Write(row);
                }
            }
        }
        catch (IOException e)
        {
            Fail(e, diagnostics);
        }
    }

    /// <summary>Ends every output and, when all could be written, puts them in place together.</summary>
    /// <returns>The files put in place, or none.</returns>
    public IReadOnlyList<string> Complete(IReadOnlyDictionary<string, Rubric> rubrics, List<Diagnostic> diagnostics)
    {
        if (!Failed && reports is not null)
        {
            reports.Complete(outputs, diagnostics);
            Failed |= reports.Failed;
        }

        if (Failed)
        {
            return Array.Empty<string>();
        }

        try
        {
            json?.Complete(rubrics.Values);
            CloseWriters();
            if (workbook is not null && options.XlsxPath is { } xlsx)
            {
                if (outputs.Write(xlsx, workbook.WriteTo) is { } failed)
                {
                    diagnostics.Add(failed);
                    return Array.Empty<string>();
                }
            }
        }
        catch (IOException e)
        {
            Fail(e, diagnostics);
            return Array.Empty<string>();
        }

        var problems = outputs.Commit();
        diagnostics.AddRange(problems);
        if (problems.Count > 0)
        {
            Failed = true;
            return Array.Empty<string>();
        }

        var written = new List<string>();
        written.AddRange(new[] { options.JsonPath, options.CsvPath, options.JsonLinesPath, options.XlsxPath }.Where(p => p is not null).Select(p => p!));
        if (reports is not null)
        {
            written.AddRange(reports.Files.Select(f => f.Path));
        }

        return written;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            CloseWriters();
        }
        catch (IOException)
        {
            // The writers only buffer into pending files, which are deleted next.
        }

        outputs.Dispose();
    }

    // The writers leave their streams open: the pending files are closed, checked and put in place together.
    private void CloseWriters()
    {
        var writers = new IDisposable?[] { json, csv, jsonLines };
        json = null;
        csv = null;
        jsonLines = null;
        foreach (var writer in writers)
        {
            writer?.Dispose();
        }
    }

    private Stream? Open(string path, List<Diagnostic> diagnostics)
    {
        if (outputs.Open(path, out var stream) is { } failed)
        {
            diagnostics.Add(failed);
            return null;
        }

        return stream;
    }

    private void Fail(IOException e, List<Diagnostic> diagnostics)
    {
        diagnostics.Add(Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", e.Message), SourceLocation.None));
        Failed = true;
        Stop = true;
    }
}
