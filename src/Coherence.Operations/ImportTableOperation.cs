using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Tables;

namespace Coherence.Operations;

/// <summary>Imports a wide table (CSV, or sheets of an <c>.xlsx</c> workbook) into one assessment file per unit and period: the operation behind <c>coherence import-table</c>.</summary>
/// <remarks>All or nothing: when the table, the map or an output file has a problem, no file is written.</remarks>
public sealed class ImportTableOperation
{
    private const int RefusalsShown = 5;
    private readonly RubricCatalog catalog;
    private readonly ITableSource workbookSource = new Coherence.Workbooks.XlsxTableSource();

    /// <summary>Initializes a new instance of the <see cref="ImportTableOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    public ImportTableOperation(RubricCatalog catalog)
    {
        this.catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    }

    /// <summary>Gets the file name of the assessment of a unit and period: <c>&lt;ISO3&gt;-&lt;period&gt;.json</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The file name, without folder.</returns>
    public static string FileName(Assessment assessment) => OutputNames.For(assessment);

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to import and where to write.</param>
    /// <param name="progress">Receives progress per row read, then per file written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between rows and between files.</param>
    /// <returns>The assessments and files written, or no value and the diagnostics that prevented the import.</returns>
    public Task<OperationResult<ImportTableSummary>> RunAsync(ImportTableOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new List<Diagnostic>();
        var import = Import(options, diagnostics, progress, cancellationToken);
        if (import is null || diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(new OperationResult<ImportTableSummary>(null, diagnostics));
        }

        var targets = import.Assessments.Select(a => Path.Combine(options.OutputDirectory, FileName(a))).ToList();
        if (!CheckOutputs(options, targets, diagnostics))
        {
            return Task.FromResult(new OperationResult<ImportTableSummary>(null, diagnostics));
        }

        var written = new List<string>();
        for (var i = 0; i < targets.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (OutputFile.Write(targets[i], options.Force, AssessmentJson.ToUtf8(import.Assessments[i])) is { } failed)
            {
                diagnostics.Add(failed);
                break;
            }

            written.Add(targets[i]);
            progress?.Report(new OperationProgress(i + 1, targets.Count, targets[i]));
        }

        return Task.FromResult(new OperationResult<ImportTableSummary>(new ImportTableSummary(import, written), diagnostics));
    }

    private TableImport? Import(ImportTableOptions options, List<Diagnostic> diagnostics, IProgress<OperationProgress>? progress, CancellationToken cancellationToken)
    {
        var rubric = catalog.Resolve(options.Rubric);
        diagnostics.AddRange(rubric.Diagnostics);
        ColumnMap? map = null;
        if (options.MapPath is not null)
        {
            var read = ColumnMap.ReadFile(options.MapPath);
            diagnostics.AddRange(read.Diagnostics);
            map = read.Value;
        }

        UnitCodeMap? unitCodes = null;
        if (options.UnitCodesPath is not null)
        {
            var read = UnitCodeMap.ReadFile(options.UnitCodesPath);
            diagnostics.AddRange(read.Diagnostics);
            unitCodes = read.Value;
        }

        // Map and table problems are listed together: a map with errors in some rows still lets the table be checked.
        var tables = ReadTables(options, diagnostics);
        var unreadable = (options.MapPath is not null && map is null) || (options.UnitCodesPath is not null && unitCodes is null);
        if (!rubric.IsSuccess || tables is null || unreadable)
        {
            return null;
        }

        var settings = new TableImportSettings(options.UnitColumn, options.PeriodColumn)
        {
            Map = map,
            UnitCodes = unitCodes,
            SkipUnits = options.SkipUnits,
            SkipEmptyUnits = options.SkipEmptyUnits,
            MissingTokens = options.MissingTokens,
            Strict = options.Strict,
            Language = options.Language,
        };
        var importer = new TableImporter(rubric.Value!);
        var imports = new List<(CsvTable Table, TableImport Import)>();
        foreach (var table in tables)
        {
            var result = importer.Import(table, settings, progress, cancellationToken);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Value is { } import)
            {
                imports.Add((table, import));
            }
        }

        return diagnostics.Any(d => d.IsError) ? null : Merge(imports, diagnostics);
    }

    // A CSV file is one table; a workbook gives one per sheet asked for (editions), read by the source in Coherence.Workbooks.
    private IReadOnlyList<CsvTable>? ReadTables(ImportTableOptions options, List<Diagnostic> diagnostics)
    {
        if (workbookSource.CanRead(options.TablePath))
        {
            var sheets = workbookSource.Read(options.TablePath, new TableSourceOptions(options.Sheets) { HeaderRow = options.HeaderRow, HeaderRows = options.HeaderRows, Transposed = options.Transposed });
            diagnostics.AddRange(sheets.Diagnostics);
            return sheets.Value;
        }

        var table = CsvReader.ReadFile(options.TablePath);
        diagnostics.AddRange(table.Diagnostics);
        return table.Value is { } one ? new[] { one } : null;
    }

    // Editions on several sheets make one import; a unit and period on two sheets is an error, as it is within one table.
    private static TableImport? Merge(List<(CsvTable Table, TableImport Import)> imports, List<Diagnostic> diagnostics)
    {
        if (imports.Count == 1)
        {
            return imports[0].Import;
        }

        var assessments = new List<Assessment>();
        var units = new List<KeyValuePair<string, CountryCode>>();
        var skipped = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new Dictionary<(string, string), string?>();
        foreach (var (table, import) in imports)
        {
            foreach (var assessment in import.Assessments)
            {
                var key = (assessment.Country.Value, assessment.Period);
                if (seen.TryGetValue(key, out var first))
                {
                    diagnostics.Add(Diagnostic.Error("TAB063", Phrase.Of("diag.TAB063", key.Item1, key.Item2, first ?? string.Empty, table.Sheet ?? string.Empty), new SourceLocation(table.File, Detail: table.Sheet), Phrase.Of("hint.TAB063")));
                    continue;
                }

                seen.Add(key, table.Sheet);
                assessments.Add(assessment);
            }

            foreach (var unit in import.Units.Where(u => !units.Any(v => v.Key == u.Key)))
            {
                units.Add(unit);
            }

            foreach (var pair in import.SkippedRows)
            {
                skipped[pair.Key] = (skipped.TryGetValue(pair.Key, out var n) ? n : 0) + pair.Value;
            }
        }

        return diagnostics.Any(d => d.IsError) ? null : new TableImport(assessments, units, skipped);
    }

    private static bool CheckOutputs(ImportTableOptions options, List<string> targets, List<Diagnostic> diagnostics)
    {
        if (File.Exists(options.OutputDirectory))
        {
            diagnostics.Add(Diagnostic.Error("TAB051", Phrase.Of("diag.TAB051"), new SourceLocation(options.OutputDirectory), Phrase.Of("hint.TAB051")));
            return false;
        }

        var refused = targets.Select(t => OutputFile.CheckWritable(t, options.Force)).Where(d => d is not null).Select(d => d!).ToList();
        diagnostics.AddRange(refused.Take(RefusalsShown));
        if (refused.Count > RefusalsShown)
        {
            var more = refused.Count - RefusalsShown;
            diagnostics.Add(Diagnostic.Error("TAB052", Phrase.Of("diag.TAB052", more), new SourceLocation(options.OutputDirectory), Phrase.Of("hint.TAB052")));
        }

        return refused.Count == 0;
    }
}
