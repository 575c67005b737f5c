using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Coherence.Progress;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Tables;

/// <summary>Turns a wide table (a row per unit and period, a column per indicator, facet and group) into assessments of a rubric.</summary>
/// <remarks>
/// Columns are found by a <see cref="ColumnMap"/> first, then by their default names: <c>indicator.facet.group</c>,
/// <c>indicator.group</c> (one facet), <c>indicator.facet</c> (one group) and <c>indicator</c> (one facet and one group).
/// Import is all or nothing: with any error, no assessment is returned. Diagnostic codes (<c>TAB0xx</c>) are listed
/// in <c>docs/table-import.md</c>.
/// </remarks>
public sealed class TableImporter
{
    private const int PerColumnLimit = 5;
    private readonly Rubric rubric;
    private readonly List<ResponseKey> cells = new();
    private readonly Dictionary<ResponseKey, int> cellOrder = new();
    private readonly Dictionary<ResponseKey, string> shortNames = new();
    private readonly Dictionary<string, List<ResponseKey>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResponseKey>> namesIgnoringCase = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="TableImporter"/> class.</summary>
    /// <param name="rubric">The rubric the table answers.</param>
    public TableImporter(Rubric rubric)
    {
        this.rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var group in indicator.Groups)
            {
                foreach (var facet in indicator.Facets)
                {
                    var cell = new ResponseKey(indicator.Id, group, facet.FacetId);
                    cellOrder.Add(cell, cells.Count);
                    cells.Add(cell);
                    foreach (var name in DefaultNames(indicator, group, facet.FacetId))
                    {
                        Add(names, name, cell);
                        Add(namesIgnoringCase, name, cell);
                        shortNames[cell] = name;
                    }
                }
            }
        }
    }

    /// <summary>Gets the rubric the table answers.</summary>
    public Rubric Rubric => rubric;

    /// <summary>Gets the shortest default column name of a cell: <c>a01</c>, <c>H1.law</c>, <c>H1.law.immigrants</c>.</summary>
    /// <param name="cell">The indicator, group and facet.</param>
    /// <returns>The column name, or <see langword="null"/> when the rubric has no such cell.</returns>
    public string? ColumnName(ResponseKey cell) => shortNames.TryGetValue(cell, out var name) ? name : null;

    /// <summary>Gets every cell a table can answer, in rubric order, with its shortest default column name.</summary>
    /// <returns>The cells and column names.</returns>
    public IReadOnlyList<KeyValuePair<ResponseKey, string>> Columns() => cells.Select(c => new KeyValuePair<ResponseKey, string>(c, shortNames[c])).ToList();

    /// <summary>Imports a table.</summary>
    /// <param name="table">The table read from CSV.</param>
    /// <param name="settings">The unit and period columns, the column map and the units to leave out.</param>
    /// <param name="progress">Receives progress per row, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between rows.</param>
    /// <returns>One assessment per unit and period, or the diagnostics that prevent the import.</returns>
    public Result<TableImport> Import(CsvTable table, TableImportSettings settings, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var diagnostics = new List<Diagnostic>();
        var unitIndex = FindKeyColumn(table, settings.UnitColumn, "unit", "--unit-column", diagnostics);
        var periodIndex = FindKeyColumn(table, settings.PeriodColumn, "period", "--period-column", diagnostics);
        if (unitIndex < 0 || periodIndex < 0)
        {
            return Result<TableImport>.Failure(diagnostics);
        }

        var columns = ResolveColumns(table, settings.Map, unitIndex, periodIndex, diagnostics);
        var run = new RowReader(this, table, settings, unitIndex, periodIndex, columns, diagnostics);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Read(table.Rows[r]);
            progress?.Report(new OperationProgress(r + 1, table.Rows.Count, "row " + table.Rows[r].Number.ToString(CultureInfo.InvariantCulture)));
        }

        var import = run.Finish();
        if (!diagnostics.Any(d => d.IsError) && import.Assessments.Count == 0)
        {
            var hint = import.SkippedRows.Count > 0 ? "every row was left out by --skip-unit" : "each row below the header holds one unit and period";
            diagnostics.Add(Diagnostic.Error("TAB050", "the table has no row to import", new SourceLocation(table.File), hint));
        }

        return diagnostics.Any(d => d.IsError) ? Result<TableImport>.Failure(diagnostics) : new Result<TableImport>(import, diagnostics);
    }

    internal static SourceLocation CellLocation(CsvTable table, CsvRow row, int column)
    {
        var cell = CsvTable.ColumnLetters(column) + row.Number.ToString(CultureInfo.InvariantCulture);
        var header = column < table.Header.Count ? table.Header[column] : "beyond the header";
        return new SourceLocation(table.File, row.Line, column + 1, header.Length > 0 ? $"{cell} ({header})" : cell);
    }

    private static void Add(Dictionary<string, List<ResponseKey>> index, string name, ResponseKey cell)
    {
        if (!index.TryGetValue(name, out var list))
        {
            list = new List<ResponseKey>();
            index.Add(name, list);
        }

        if (!list.Contains(cell))
        {
            list.Add(cell);
        }
    }

    /// <summary>The default names of a cell, longest first.</summary>
    private static IEnumerable<string> DefaultNames(Indicator indicator, string group, string facet)
    {
        yield return $"{indicator.Id}.{facet}.{group}";
        if (indicator.Facets.Count == 1)
        {
            yield return $"{indicator.Id}.{group}";
        }

        if (indicator.Groups.Count == 1)
        {
            yield return $"{indicator.Id}.{facet}";
        }

        if (indicator.Facets.Count == 1 && indicator.Groups.Count == 1)
        {
            yield return indicator.Id;
        }
    }

    private static int FindKeyColumn(CsvTable table, string name, string what, string option, List<Diagnostic> diagnostics)
    {
        var wanted = (name ?? string.Empty).Trim();
        var matches = Enumerable.Range(0, table.Header.Count).Where(c => string.Equals(table.Header[c], wanted, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            matches = Enumerable.Range(0, table.Header.Count).Where(c => string.Equals(table.Header[c], wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        }

        if (matches.Count == 1)
        {
            return matches[0];
        }

        var where = new SourceLocation(table.File, table.HeaderRow.Line, 0, "header row");
        if (matches.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("TAB006", $"the table has no {what} column '{wanted}'", where, $"{DidYouMean.Hint(wanted, table.Header.Where(h => h.Length > 0).ToList())} (set it with {option})"));
        }
        else
        {
            diagnostics.Add(Diagnostic.Error("TAB007", $"the table has {matches.Count.ToString(CultureInfo.InvariantCulture)} columns named '{wanted}' ({string.Join(", ", matches.Select(CsvTable.ColumnLetters))})", where, "rename all but one"));
        }

        return -1;
    }

    private List<(int Index, ResponseKey Cell, ScaleCellReader Reader)> ResolveColumns(CsvTable table, ColumnMap? map, int unitIndex, int periodIndex, List<Diagnostic> diagnostics)
    {
        var mapped = map is null ? new Dictionary<ColumnMapEntry, ResponseKey?>() : CheckMap(map, diagnostics);
        var readers = new Dictionary<string, ScaleCellReader>(StringComparer.Ordinal);
        var resolved = new List<(int Index, ResponseKey Cell, ScaleCellReader Reader)>();
        var owner = new Dictionary<ResponseKey, int>();
        var unknown = new DiagnosticBudget(diagnostics, 10);
        var headerLocation = new Func<int, SourceLocation>(c => CellLocation(table, table.HeaderRow, c));
        for (var c = 0; c < table.Header.Count; c++)
        {
            if (c == unitIndex || c == periodIndex)
            {
                continue;
            }

            var header = table.Header[c];
            ResponseKey? cell = null;
            var entry = map?.Entries.FirstOrDefault(e => !e.IsPattern && e.Matches(header)) ?? map?.Entries.FirstOrDefault(e => e.IsPattern && e.Matches(header));
            if (entry is not null)
            {
                if (entry.Ignore || !mapped.TryGetValue(entry, out cell) || cell is null)
                {
                    continue;
                }
            }
            else if (Lookup(header, out var found, out var ambiguous))
            {
                cell = found;
            }
            else if (ambiguous.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error("TAB013", $"column '{header}' could answer {string.Join(" or ", ambiguous.Select(a => $"{a.IndicatorId}/{a.FacetId}/{a.GroupId}"))}", headerLocation(c), "name it indicator.facet.group, or map it with --map"));
                continue;
            }
            else if (header.Length == 0)
            {
                unknown.Add(Diagnostic.Warning("TAB011", $"column {CsvTable.ColumnLetters(c)} has no header; it is ignored", headerLocation(c), "name it, or ignore it knowingly in a --map file (an empty 'column' with '-' as indicator)"), string.Empty);
                continue;
            }
            else
            {
                var closest = DidYouMean.Find(header, names.Keys);
                var hint = closest is not null ? $"did you mean '{closest}'?" : $"name it like '{shortNames[cells[0]]}', or map it with --map";
                unknown.Add(Diagnostic.Warning("TAB010", $"column '{header}' answers no indicator of rubric '{rubric.Id}'; it is ignored", headerLocation(c), hint), string.Empty);
                continue;
            }

            var key = cell.Value;
            if (owner.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Error("TAB012", $"columns '{table.Header[first]}' ({CsvTable.ColumnLetters(first)}) and '{header}' ({CsvTable.ColumnLetters(c)}) both answer indicator '{key.IndicatorId}', facet '{key.FacetId}', group '{key.GroupId}'", headerLocation(c), "keep one, or ignore the other in a --map file"));
                continue;
            }

            owner.Add(key, c);
            var scale = rubric.ScaleOf(rubric.FindIndicator(key.IndicatorId)!, key.FacetId)!;
            if (!readers.TryGetValue(scale.Id, out var reader))
            {
                reader = new ScaleCellReader(scale, table.Delimiter == ';');
                readers.Add(scale.Id, reader);
            }

            resolved.Add((c, key, reader));
        }

        unknown.Flush();
        if (map is not null)
        {
            foreach (var entry in map.Entries.Where(e => !e.IsPattern && e.Column.Length > 0 && !table.Header.Contains(e.Column, StringComparer.Ordinal)))
            {
                diagnostics.Add(Diagnostic.Warning("TAB025", $"the map names column '{entry.Column}', which the table lacks", entry.Location, DidYouMean.Hint(entry.Column, table.Header.Where(h => h.Length > 0).ToList())));
            }
        }

        if (resolved.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Diagnostic.Error("TAB014", $"no column of the table answers an indicator of rubric '{rubric.Id}'", new SourceLocation(table.File, table.HeaderRow.Line, 0, "header row"), $"name columns like '{shortNames[cells[0]]}', or map them with --map"));
        }

        return resolved.OrderBy(r => cellOrder[r.Cell]).ToList();
    }

    private bool Lookup(string header, out ResponseKey cell, out List<ResponseKey> candidates)
    {
        cell = default;
        if (!names.TryGetValue(header, out candidates!) && !namesIgnoringCase.TryGetValue(header, out candidates!))
        {
            candidates = new List<ResponseKey>();
            return false;
        }

        if (candidates.Count != 1)
        {
            return false;
        }

        cell = candidates[0];
        return true;
    }

    private Dictionary<ColumnMapEntry, ResponseKey?> CheckMap(ColumnMap map, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<ColumnMapEntry, ResponseKey?>();
        foreach (var entry in map.Entries.Where(e => !e.Ignore))
        {
            result[entry] = CheckEntry(entry, diagnostics);
        }

        return result;
    }

    private ResponseKey? CheckEntry(ColumnMapEntry entry, List<Diagnostic> diagnostics)
    {
        var indicator = rubric.FindIndicator(entry.IndicatorId!);
        if (indicator is null)
        {
            diagnostics.Add(Diagnostic.Error("TAB021", $"'{entry.IndicatorId}' (for column '{entry.Column}') is not an indicator of rubric '{rubric.Id}'", entry.Location, DidYouMean.Hint(entry.IndicatorId!, rubric.Indicators.Select(i => i.Id).ToList())));
            return null;
        }

        string? facet;
        var facetIds = indicator.Facets.Select(f => f.FacetId).ToList();
        if (entry.FacetId is null)
        {
            facet = facetIds.Count == 1 ? facetIds[0] : null;
            if (facet is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB022", $"column '{entry.Column}' needs a facet: indicator '{indicator.Id}' has {string.Join(" and ", facetIds)}", entry.Location, "fill the 'facet' column"));
                return null;
            }
        }
        else
        {
            facet = Match(entry.FacetId, facetIds, id => rubric.FindFacet(id)?.Name);
            if (facet is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB022", $"'{entry.FacetId}' (for column '{entry.Column}') is not a facet of indicator '{indicator.Id}'", entry.Location, DidYouMean.Hint(entry.FacetId, facetIds)));
                return null;
            }
        }

        string? group;
        if (entry.GroupId is null)
        {
            group = indicator.Groups.Count == 1 ? indicator.Groups[0] : null;
            if (group is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB023", $"column '{entry.Column}' needs a migrant group: indicator '{indicator.Id}' applies to {string.Join(", ", indicator.Groups)}", entry.Location, "fill the 'group' column"));
                return null;
            }
        }
        else
        {
            group = Match(entry.GroupId, indicator.Groups, id => rubric.FindGroup(id)?.Name);
            if (group is null)
            {
                var message = rubric.Groups.Any(g => Match(entry.GroupId, new[] { g.Id }, _ => g.Name) is not null)
                    ? $"indicator '{indicator.Id}' does not apply to group '{entry.GroupId}' (column '{entry.Column}')"
                    : $"'{entry.GroupId}' (for column '{entry.Column}') is not a migrant group of rubric '{rubric.Id}'";
                diagnostics.Add(Diagnostic.Error("TAB023", message, entry.Location, DidYouMean.Hint(entry.GroupId, indicator.Groups.ToList())));
                return null;
            }
        }

        return new ResponseKey(indicator.Id, group, facet);
    }

    /// <summary>Finds an id by itself, or by its key or its name in any language, ignoring case, accents and spaces.</summary>
    private static string? Match(string text, IReadOnlyList<string> ids, Func<string, LocalizedText?> nameOf)
    {
        if (ids.Contains(text))
        {
            return text;
        }

        var key = TextKey.Of(text);
        foreach (var id in ids)
        {
            if (TextKey.Of(id) == key || (nameOf(id)?.Translations.Values.Any(n => TextKey.Of(n) == key) ?? false))
            {
                return id;
            }
        }

        // The facet ids in Spanish, as people write them in a map.
        if (key == "ley" && ids.Contains(Facet.Law))
        {
            return Facet.Law;
        }

        return key == "practica" && ids.Contains(Facet.Practice) ? Facet.Practice : null;
    }

    /// <summary>Reads the rows of one table, one at a time, keeping what must be checked across rows.</summary>
    private sealed class RowReader
    {
        private readonly TableImporter importer;
        private readonly CsvTable table;
        private readonly TableImportSettings settings;
        private readonly int unitIndex;
        private readonly int periodIndex;
        private readonly List<(int Index, ResponseKey Cell, ScaleCellReader Reader)> columns;
        private readonly List<Diagnostic> diagnostics;
        private readonly DiagnosticBudget budget;
        private readonly List<Assessment> assessments = new();
        private readonly List<KeyValuePair<string, CountryCode>> units = new();
        private readonly Dictionary<string, CountryCode> unitCodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> skipped = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, (SourceLocation First, int Rows)> badUnits = new(StringComparer.Ordinal);
        private readonly Dictionary<(string Country, string Period), int> seen = new();
        private readonly HashSet<string> skipUnits;
        private readonly RubricReference reference;

        public RowReader(TableImporter importer, CsvTable table, TableImportSettings settings, int unitIndex, int periodIndex, List<(int Index, ResponseKey Cell, ScaleCellReader Reader)> columns, List<Diagnostic> diagnostics)
        {
            this.importer = importer;
            this.table = table;
            this.settings = settings;
            this.unitIndex = unitIndex;
            this.periodIndex = periodIndex;
            this.columns = columns;
            this.diagnostics = diagnostics;
            budget = new DiagnosticBudget(diagnostics, PerColumnLimit);
            skipUnits = new HashSet<string>(settings.SkipUnits.Select(u => u.Trim()), StringComparer.OrdinalIgnoreCase);
            reference = RubricReference.Of(importer.rubric);
        }

        public void Read(CsvRow row)
        {
            if (!CheckWidth(row))
            {
                return;
            }

            var unit = row[unitIndex].Trim();
            if (unit.Length > 0 && skipUnits.Contains(unit))
            {
                skipped[unit] = skipped.TryGetValue(unit, out var count) ? count + 1 : 1;
                return;
            }

            var country = ReadUnit(row, unit);
            var period = ReadPeriod(row);
            if (country is { } c && period is not null)
            {
                if (seen.TryGetValue((c.Value, period), out var first))
                {
                    var same = row[unitIndex].Trim();
                    diagnostics.Add(Diagnostic.Error("TAB033", $"{c.Value} {period} appears twice: rows {first.ToString(CultureInfo.InvariantCulture)} and {row.Number.ToString(CultureInfo.InvariantCulture)}", CellLocation(table, row, unitIndex), same == c.Value ? "keep one row per unit and period" : $"'{same}' is read as {c.Value}; keep one row per unit and period"));
                    country = null;
                }
                else
                {
                    seen.Add((c.Value, period), row.Number);
                }
            }

            var responses = new List<Response>(columns.Count);
            foreach (var (index, cell, reader) in columns)
            {
                var reading = reader.Read(row[index]);
                if (reading.IsError)
                {
                    budget.Add(new Diagnostic(DiagnosticSeverity.Error, reading.ErrorCode!, reading.Message!, CellLocation(table, row, index), reading.Hint), table.Header[index]);
                }
                else if (!reading.Missing)
                {
                    responses.Add(new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, reading.Status, reading.Level, reading.Value));
                }
            }

            if (country is { } code && period is not null)
            {
                assessments.Add(new Assessment(code, period, reference, responses));
            }
        }

        public TableImport Finish()
        {
            budget.Flush();
            foreach (var pair in badUnits)
            {
                var rows = pair.Value.Rows == 1 ? "1 row" : pair.Value.Rows.ToString(CultureInfo.InvariantCulture) + " rows";
                diagnostics.Add(Diagnostic.Error("TAB030", $"unit '{pair.Key}' is not a country code ({rows})", pair.Value.First, $"use ISO 3166-1 alpha-3 (MEX) or alpha-2 (MX) codes, translate it with --unit-codes, or leave its rows out with --skip-unit {pair.Key}"));
            }

            foreach (var pair in skipped)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "TAB034", $"left out {pair.Value.ToString(CultureInfo.InvariantCulture)} row{(pair.Value == 1 ? string.Empty : "s")} of unit '{pair.Key}' (--skip-unit)", new SourceLocation(table.File)));
            }

            var present = units.Select(u => u.Key).Concat(badUnits.Keys).ToList();
            foreach (var unit in settings.SkipUnits.Select(u => u.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Where(u => !skipped.ContainsKey(u)))
            {
                diagnostics.Add(Diagnostic.Warning("TAB035", $"--skip-unit '{unit}' matches no row", new SourceLocation(table.File), DidYouMean.Hint(unit, present)));
            }

            var converted = units.Where(u => u.Key.Length == 2 && !(settings.UnitCodes?.TryGet(u.Key, out _) ?? false)).ToList();
            if (converted.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "TAB038", "read two-letter unit codes as ISO 3166-1 alpha-2: " + string.Join(", ", converted.Select(u => $"{u.Key}={u.Value.Value}")), new SourceLocation(table.File)));
            }

            return new TableImport(assessments, units, skipped);
        }

        private bool CheckWidth(CsvRow row)
        {
            var width = table.Header.Count;
            if (row.Cells.Count > width)
            {
                for (var c = width; c < row.Cells.Count; c++)
                {
                    if (row.Cells[c].Trim().Length > 0)
                    {
                        budget.Add(Diagnostic.Error("TAB004", $"row {row.Number.ToString(CultureInfo.InvariantCulture)} has data beyond the last named column", CellLocation(table, row, c), "give the column a header, or remove the data"), string.Empty);
                        return false;
                    }
                }
            }
            else if (row.Cells.Count < width)
            {
                budget.Add(Diagnostic.Warning("TAB005", $"row {row.Number.ToString(CultureInfo.InvariantCulture)} has {row.Cells.Count.ToString(CultureInfo.InvariantCulture)} cells, the header {width.ToString(CultureInfo.InvariantCulture)}; the missing cells are read as empty", CellLocation(table, row, row.Cells.Count), "check for a lost delimiter"), string.Empty);
            }

            return true;
        }

        private CountryCode? ReadUnit(CsvRow row, string unit)
        {
            if (unit.Length == 0)
            {
                budget.Add(Diagnostic.Error("TAB031", "the unit is empty", CellLocation(table, row, unitIndex), "write the country's ISO 3166-1 alpha-3 code (MEX)"), string.Empty);
                return null;
            }

            if (unitCodes.TryGetValue(unit, out var known))
            {
                return known;
            }

            if ((settings.UnitCodes?.TryGet(unit, out var code) ?? false) || CountryCode.TryParse(unit, out code) || CountryAlpha2.TryConvert(unit, out code))
            {
                unitCodes.Add(unit, code);
                units.Add(new KeyValuePair<string, CountryCode>(unit, code));
                return code;
            }

            badUnits[unit] = badUnits.TryGetValue(unit, out var bad) ? (bad.First, bad.Rows + 1) : (CellLocation(table, row, unitIndex), 1);
            return null;
        }

        private string? ReadPeriod(CsvRow row)
        {
            var period = row[periodIndex].Trim();
            if (period.Length == 0)
            {
                budget.Add(Diagnostic.Error("TAB032", "the period is empty", CellLocation(table, row, periodIndex), "write the period, such as 2016 or 2025-S2"), string.Empty);
                return null;
            }

            if (!DocumentWalker.IsId(period))
            {
                budget.Add(Diagnostic.Error("TAB032", $"'{period}' cannot be a period", CellLocation(table, row, periodIndex), "use letters, digits, '-', '_' and '.', such as 2016 or 2025-S2 (the period names the output file)"), string.Empty);
                return null;
            }

            return period;
        }
    }
}
