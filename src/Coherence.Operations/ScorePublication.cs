using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Reports;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Writes what <c>coherence score</c> publishes: results JSON, results workbook and HTML reports, all refused before any is written.</summary>
internal static class ScorePublication
{
    /// <summary>Checks, before scoring, the outputs that can be checked without scores: targets, folders and language.</summary>
    public static List<Diagnostic> CheckTargets(ScoreOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        if (options.JsonPath is not null && OutputFile.CheckWritable(options.JsonPath, options.Force) is { } json)
        {
            diagnostics.Add(json);
        }

        if (options.XlsxPath is not null)
        {
            diagnostics.AddRange(ExportResultsWorkbookOperation.Check(options.XlsxPath, options.Force));
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

    /// <summary>Writes every requested output; when any report file exists already without force, writes nothing.</summary>
    public static List<Diagnostic> Write(ScoreOptions options, ScoreRun run, ScoreOperation scoring)
    {
        var diagnostics = new List<Diagnostic>();
        if (options.ReportsFolder is { } folder && !options.Force)
        {
            foreach (var path in ReportPaths(folder, run).Where(File.Exists))
            {
                diagnostics.Add(Diagnostic.Error("OUT002", Phrase.Of("diag.OUT002"), new SourceLocation(path), Phrase.Of("hint.OUT002")));
            }

            if (diagnostics.Count > 0)
            {
                return diagnostics;
            }
        }

        var language = Texts.Choose(options.Language, CultureInfo.InvariantCulture);
        if (options.JsonPath is not null && OutputFile.Write(options.JsonPath, options.Force, ResultsJson.ToUtf8(run)) is { } failed)
        {
            diagnostics.Add(failed);
            return diagnostics;
        }

        if (options.XlsxPath is not null)
        {
            var workbook = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, options.XlsxPath) { Language = language, Force = options.Force });
            diagnostics.AddRange(workbook.Diagnostics);
            if (!workbook.Succeeded)
            {
                return diagnostics;
            }
        }

        if (options.ReportsFolder is { } reports)
        {
            var operation = new ReportOperation(scoring);
            foreach (var template in new[] { TemplateCatalog.CountryProfile, TemplateCatalog.RegionalComparison })
            {
                var report = new ReportOptions(Array.Empty<string>()) { Run = run, Template = template, Language = language, OutputDirectory = reports, Force = options.Force, Clock = options.Clock };
                var result = operation.RunAsync(report).GetAwaiter().GetResult();
                diagnostics.AddRange(result.Diagnostics);
                if (!result.Succeeded)
                {
                    break;
                }
            }
        }

        return diagnostics;
    }

    private static IEnumerable<string> ReportPaths(string folder, ScoreRun run) =>
        run.Scores.Select(s => ReportOperation.ProfileFileName(s.Assessment.Country.Value, s.Assessment.Period, ".html"))
            .Concat(run.Scores.Select(s => s.Assessment.Period).Distinct().Select(p => ReportOperation.ComparisonFileName(p, ".html")))
            .Select(name => Path.Combine(folder, name));
}
