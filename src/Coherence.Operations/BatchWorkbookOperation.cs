using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tables;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>
/// Makes one rubric workbook per row of a CSV list, in one process: the operation behind <c>coherence workbook new --batch</c>.
/// The rubric is read once; the whole list is checked before anything is written; the workbooks are written in parallel.
/// </summary>
public sealed class BatchWorkbookOperation
{
    /// <summary>The columns a list may have, in the order the documentation gives them.</summary>
    private static readonly string[] Columns = { "country", "name", "name_es", "name_en", "period", "language", "assessor", "output" };

    private readonly RubricCatalog catalog;

    /// <summary>Initializes a new instance of the <see cref="BatchWorkbookOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    public BatchWorkbookOperation(RubricCatalog catalog) => this.catalog = catalog;

    /// <summary>Runs the operation.</summary>
    /// <param name="options">The list, the rubric and where to write.</param>
    /// <param name="progress">Receives progress per workbook written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops writing further workbooks.</param>
    /// <returns>The workbooks written, or the diagnostics that prevent them (then nothing is written).</returns>
    public Task<OperationResult<BatchWorkbookResult>> RunAsync(BatchWorkbookOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        return Task.Run(() => Run(options, progress, cancellationToken), cancellationToken);
    }

    private OperationResult<BatchWorkbookResult> Run(BatchWorkbookOptions options, IProgress<OperationProgress>? progress, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var resolved = catalog.Resolve(options.Rubric);
        diagnostics.AddRange(resolved.Diagnostics);
        var list = CsvReader.ReadFile(options.ListPath);
        diagnostics.AddRange(list.Diagnostics);
        if (!resolved.IsSuccess || !list.IsSuccess)
        {
            return new OperationResult<BatchWorkbookResult>(null, diagnostics);
        }

        var rubric = resolved.Value!;
        var defaultLanguage = (options.Language ?? rubric.Metadata.Languages.FirstOrDefault(WorkbookTexts.Languages.Contains) ?? "en").Trim().ToLowerInvariant();
        if (!WorkbookTexts.Languages.Contains(defaultLanguage))
        {
            diagnostics.Add(Diagnostic.Error("WBK084", Phrase.Of("diag.WBK062", options.Language), new SourceLocation(null, Detail: "--language"), Phrase.Of("hint.languages", WorkbookTexts.Languages)));
            return new OperationResult<BatchWorkbookResult>(null, diagnostics);
        }

        var rows = Check(list.Value!, options, defaultLanguage, diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return new OperationResult<BatchWorkbookResult>(null, diagnostics);
        }

        var created = options.Clock.GetUtcNow();

        // Every workbook embeds the same rubric: it is serialized once for the batch.
        var rubricJson = RubricJsonWriter.Write(rubric, indented: true);
        // The parts that are the same for every country of one language are written and deflated once (a template),
        // then copied into each workbook with its country's texts.
        var templates = new WorkbookTemplates();
        var failures = new Diagnostic?[rows.Count];
        var done = 0;
        var gate = new object();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, rows.Count, parallel, i =>
        {
            var row = rows[i];
            var request = new RubricWorkbookRequest(rubric, row.Country, row.Period, row.Language, created)
            {
                Assessor = row.Assessor is { } name ? new Assessor(name, null, AssessorRole.Government) : null,
                CountryName = row.Name,
                Password = options.ProtectPassword,
                Paper = options.Paper,
                ToolVersion = ToolInfo.Version,
                RubricJson = rubricJson,
            };
            failures[i] = OutputFile.Write(row.Path, options.Force, stream => templates.Write(request, stream));
            lock (gate)
            {
                // Progress bars are not made for several threads: report one at a time.
                progress?.Report(new OperationProgress(++done, rows.Count, row.Path));
            }
        });

        diagnostics.AddRange(failures.OfType<Diagnostic>());
        var written = rows.Where((_, i) => failures[i] is null).Select(r => r.Path).ToList();
        return new OperationResult<BatchWorkbookResult>(diagnostics.Any(d => d.IsError) ? null : new BatchWorkbookResult(written), diagnostics);
    }

    private static List<BatchRow> Check(CsvTable table, BatchWorkbookOptions options, string defaultLanguage, List<Diagnostic> diagnostics)
    {
        var file = options.ListPath;
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var c = 0; c < table.Header.Count; c++)
        {
            var name = table.Header[c];
            if (Columns.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                index[name] = c;
            }
            else if (name.Length > 0)
            {
                diagnostics.Add(Diagnostic.Warning("WBK081", Phrase.Of("diag.WBK081", name), new SourceLocation(file, table.HeaderRow.Line, Detail: table.CellName(table.HeaderRow, c)), Phrase.Of("hint.WBK080")));
            }
        }

        var required = options.Period is null ? new[] { "country", "period" } : new[] { "country" };
        foreach (var column in required.Where(c => !index.ContainsKey(c)))
        {
            diagnostics.Add(Diagnostic.Error("WBK080", Phrase.Of("diag.WBK080", column), new SourceLocation(file, table.HeaderRow.Line), Phrase.Of("hint.WBK080")));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return new List<BatchRow>();
        }

        if (table.Rows.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("WBK087", Phrase.Of("diag.WBK087"), new SourceLocation(file, table.HeaderRow.Line), Phrase.Of("hint.WBK087")));
            return new List<BatchRow>();
        }

        string Cell(CsvRow row, string column) => index.TryGetValue(column, out var c) ? row[c].Trim() : string.Empty;
        SourceLocation At(CsvRow row, string column) =>
            new(file, row.Line, Detail: index.TryGetValue(column, out var c) ? column + " (" + table.CellName(row, c) + ")" : column);

        var rows = new List<BatchRow>();
        var byPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var ok = true;
            var code = Cell(row, "country");
            if (!CountryCode.TryParse(code, out var country))
            {
                diagnostics.Add(Diagnostic.Error("WBK082", Phrase.Of("diag.not-alpha3", code), At(row, "country"), Phrase.Of("hint.alpha3")));
                ok = false;
            }

            var period = Cell(row, "period");
            if (period.Length == 0)
            {
                period = options.Period?.Trim() ?? string.Empty;
            }

            if (period.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("WBK083", Phrase.Of("diag.TAB032.empty"), At(row, "period"), Phrase.Of("hint.TAB032.empty")));
                ok = false;
            }
            else if (!DocumentWalker.IsId(period))
            {
                diagnostics.Add(Diagnostic.Error("WBK083", Phrase.Of("diag.TAB032.invalid", period), At(row, "period"), Phrase.Of("hint.TAB032.invalid")));
                ok = false;
            }

            var language = Cell(row, "language");
            language = (language.Length == 0 ? defaultLanguage : language).Trim().ToLowerInvariant();
            if (!WorkbookTexts.Languages.Contains(language))
            {
                diagnostics.Add(Diagnostic.Error("WBK084", Phrase.Of("diag.WBK062", language), At(row, "language"), Phrase.Of("hint.languages", WorkbookTexts.Languages)));
                ok = false;
            }

            var output = Cell(row, "output");
            if (output.Length == 0 && ok)
            {
                output = country.Value + "-" + period + ".xlsx";
            }
            else if (output.Length > 0 && (!string.Equals(Path.GetExtension(output), ".xlsx", StringComparison.OrdinalIgnoreCase)
                || output.IndexOfAny(new[] { '/', '\\', ':' }) >= 0 || output.StartsWith(".", StringComparison.Ordinal) || output.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0))
            {
                diagnostics.Add(Diagnostic.Error("WBK085", Phrase.Of("diag.WBK085", output), At(row, "output"), Phrase.Of("hint.WBK085")));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            var path = Path.Combine(options.OutputFolder, output);
            if (byPath.TryGetValue(output, out var firstLine))
            {
                diagnostics.Add(Diagnostic.Error("WBK086", Phrase.Of("diag.WBK086", output, firstLine), At(row, "output"), Phrase.Of("hint.WBK086")));
                continue;
            }

            byPath.Add(output, row.Line);
            if (OutputFile.CheckWritable(path, options.Force) is { } refused)
            {
                diagnostics.Add(refused);
                continue;
            }

            var assessor = Cell(row, "assessor");
            rows.Add(new BatchRow(country, NameOf(Cell(row, "name"), Cell(row, "name_es"), Cell(row, "name_en"), language), period, language, assessor.Length == 0 ? null : assessor, path));
        }

        return rows;
    }

    // name_es and name_en name the country per language; name then serves the row's own language when its column is empty,
    // and alone it is one name for every language.
    private static CountryName? NameOf(string name, string spanish, string english, string language)
    {
        if (spanish.Length == 0 && english.Length == 0)
        {
            return name.Length == 0 ? null : CountryName.Plain(name);
        }

        var names = new List<string>();
        foreach (var (tag, text) in new[] { ("es", spanish), ("en", english) })
        {
            var given = text.Length > 0 ? text : tag == language ? name : string.Empty;
            if (given.Length > 0)
            {
                names.Add(tag);
                names.Add(given);
            }
        }

        return CountryName.PerLanguage(names.ToArray());
    }
}
