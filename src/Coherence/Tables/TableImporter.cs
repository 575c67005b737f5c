using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Coherence.Localization;
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

        var columns = ResolveColumns(table, settings.Map, settings.MissingTokens, settings.Strict, unitIndex, periodIndex, diagnostics);
        var run = new RowReader(this, table, settings, unitIndex, periodIndex, columns, diagnostics);
        var texts = Texts.For(settings.Language);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            run.Read(table.Rows[r]);
            progress?.Report(new OperationProgress(r + 1, table.Rows.Count, texts.Format("progress.row", table.Rows[r].Number.ToString(CultureInfo.InvariantCulture))));
        }

        var import = run.Finish();
        if (!diagnostics.Any(d => d.IsError) && import.Assessments.Count == 0)
        {
            var hint = import.SkippedRows.Count > 0 ? Phrase.Of("hint.TAB050.skipped") : Phrase.Of("hint.TAB050");
            diagnostics.Add(Diagnostic.Error("TAB050", Phrase.Of("diag.TAB050"), new SourceLocation(table.File), hint));
        }

        return diagnostics.Any(d => d.IsError) ? Result<TableImport>.Failure(diagnostics) : new Result<TableImport>(import, diagnostics);
    }

    internal static SourceLocation CellLocation(CsvTable table, CsvRow row, int column)
    {
        var cell = table.CellName(row, column);
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

        var where = new SourceLocation(table.File, table.HeaderRow.Line) { Place = Phrase.Of("location.header-row") };
        if (matches.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("TAB006", Phrase.Of(what == "unit" ? "diag.TAB006.unit" : "diag.TAB006.period", wanted), where, Phrase.Of("hint.TAB006", DidYouMean.Hint(wanted, table.Header.Where(h => h.Length > 0).ToList()), option)));
        }
        else
        {
            diagnostics.Add(Diagnostic.Error("TAB007", Phrase.Of("diag.TAB007", matches.Count, wanted, matches.Select(CsvTable.ColumnLetters).ToList()), where, Phrase.Of("hint.TAB007")));
        }

        return -1;
    }

    private List<(int Index, ResponseKey Cell, ScaleCellReader Reader)> ResolveColumns(CsvTable table, ColumnMap? map, IReadOnlyList<string> missingTokens, bool strict, int unitIndex, int periodIndex, List<Diagnostic> diagnostics)
    {
        var mapped = map is null ? new Dictionary<ColumnMapEntry, ResponseKey?>() : CheckMap(map, strict, diagnostics);
        var readers = new Dictionary<string, ScaleCellReader>(StringComparer.Ordinal);
        var resolved = new List<(int Index, ResponseKey Cell, ScaleCellReader Reader)>();
        var owner = new Dictionary<ResponseKey, int>();
        var unknown = new DiagnosticBudget(diagnostics, 10);
        var unknownShown = 0;
        var headerLocation = new Func<int, SourceLocation>(c => CellLocation(table, table.HeaderRow, c));
        for (var c = 0; c < table.Header.Count; c++)
        {
            if (c == unitIndex || c == periodIndex)
            {
                continue;
            }

            var header = table.Header[c];
            ResponseKey? cell = null;
            // By position first (it tells apart columns with the same header), then by header, then by pattern.
            var entry = map?.Entries.FirstOrDefault(e => e.Position == c)
                ?? map?.Entries.FirstOrDefault(e => e.Position is null && !e.IsPattern && e.Matches(header))
                ?? map?.Entries.FirstOrDefault(e => e.Position is null && e.IsPattern && e.Matches(header));
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
                diagnostics.Add(Diagnostic.Error("TAB013", Phrase.Of("diag.TAB013", header, ambiguous.Select(a => $"{a.IndicatorId}/{a.FacetId}/{a.GroupId}").ToList()), headerLocation(c), Phrase.Of("hint.TAB013")));
                continue;
            }
            else if (header.Length == 0)
            {
                unknown.Add(Diagnostic.Warning("TAB011", Phrase.Of("diag.TAB011", CsvTable.ColumnLetters(c)), headerLocation(c), Phrase.Of("hint.TAB011")), string.Empty);
                continue;
            }
            else
            {
                // Only the warnings shown get a suggestion: comparing 200,000 unknown columns with every name took a minute.
                var closest = unknownShown++ < 10 ? DidYouMean.Find(header, names.Keys) : null;
                var hint = closest is not null ? Phrase.Of("hint.did-you-mean", closest) : Phrase.Of("hint.name-column-like", shortNames[cells[0]]);
                unknown.Add(Diagnostic.Warning("TAB010", Phrase.Of("diag.TAB010", header, rubric.Id), headerLocation(c), hint), string.Empty);
                continue;
            }

            var key = cell.Value;
            if (owner.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Error("TAB012", Phrase.Of("diag.TAB012", table.Header[first], CsvTable.ColumnLetters(first), header, CsvTable.ColumnLetters(c), key.IndicatorId, key.FacetId, key.GroupId), headerLocation(c), Phrase.Of("hint.TAB012.position", "$" + CsvTable.ColumnLetters(c), ColumnMap.IgnoreMark)));
                continue;
            }

            owner.Add(key, c);
            var scale = rubric.ScaleOf(rubric.FindIndicator(key.IndicatorId)!, key.FacetId)!;
            if (!readers.TryGetValue(scale.Id, out var reader))
            {
                reader = new ScaleCellReader(scale, table.Delimiter == ';', missingTokens);
                readers.Add(scale.Id, reader);
            }

            resolved.Add((c, key, reader));
        }

        unknown.Flush();
        if (map is not null)
        {
            foreach (var entry in map.Entries.Where(e => !e.IsPattern && e.Column.Length > 0 && (e.Position is { } p ? p >= table.Header.Count : !table.Header.Contains(e.Column, StringComparer.Ordinal))))
            {
                diagnostics.Add(Diagnostic.Warning("TAB025", Phrase.Of("diag.TAB025", entry.Column), entry.Location, DidYouMean.Hint(entry.Column, table.Header.Where(h => h.Length > 0).ToList())));
            }
        }

        if (resolved.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Diagnostic.Error("TAB014", Phrase.Of("diag.TAB014", rubric.Id), new SourceLocation(table.File, table.HeaderRow.Line) { Place = Phrase.Of("location.header-row") }, Phrase.Of("hint.TAB014", shortNames[cells[0]])));
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

    private Dictionary<ColumnMapEntry, ResponseKey?> CheckMap(ColumnMap map, bool strict, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<ColumnMapEntry, ResponseKey?>();
        foreach (var entry in map.Entries.Where(e => !e.Ignore))
        {
            result[entry] = CheckEntry(entry, strict, diagnostics);
        }

        return result;
    }

    private ResponseKey? CheckEntry(ColumnMapEntry entry, bool strict, List<Diagnostic> diagnostics)
    {
        var indicator = rubric.FindIndicator(entry.IndicatorId!);
        if (indicator is null)
        {
            // One map may serve several rubrics (an index published in versions with other items): an indicator this
            // rubric lacks leaves its column out with a warning; --strict makes it an error.
            var message = Phrase.Of("diag.TAB021.not-indicator", entry.IndicatorId, entry.Column, rubric.Id);
            var hint = DidYouMean.Hint(entry.IndicatorId!, rubric.Indicators.Select(i => i.Id).ToList());
            diagnostics.Add(strict ? Diagnostic.Error("TAB021", message, entry.Location, hint) : Diagnostic.Warning("TAB021", message, entry.Location, hint));
            return null;
        }

        string? facet;
        var facetIds = indicator.Facets.Select(f => f.FacetId).ToList();
        if (entry.FacetId is null)
        {
            facet = facetIds.Count == 1 ? facetIds[0] : null;
            if (facet is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB022", Phrase.Of("diag.TAB022.needs-facet", entry.Column, indicator.Id, facetIds), entry.Location, Phrase.Of("hint.TAB022")));
                return null;
            }
        }
        else
        {
            facet = Match(entry.FacetId, facetIds, id => rubric.FindFacet(id)?.Name);
            if (facet is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB022", Phrase.Of("diag.TAB022.not-facet", entry.FacetId, entry.Column, indicator.Id), entry.Location, DidYouMean.Hint(entry.FacetId, facetIds)));
                return null;
            }
        }

        string? group;
        if (entry.GroupId is null)
        {
            group = indicator.Groups.Count == 1 ? indicator.Groups[0] : null;
            if (group is null)
            {
                diagnostics.Add(Diagnostic.Error("TAB023", Phrase.Of("diag.TAB023.needs-group", entry.Column, indicator.Id, indicator.Groups), entry.Location, Phrase.Of("hint.TAB023")));
                return null;
            }
        }
        else
        {
            group = Match(entry.GroupId, indicator.Groups, id => rubric.FindGroup(id)?.Name);
            if (group is null)
            {
                var message = rubric.Groups.Any(g => Match(entry.GroupId, new[] { g.Id }, _ => g.Name) is not null)
                    ? Phrase.Of("diag.TAB023.not-applicable", indicator.Id, entry.GroupId, entry.Column)
                    : Phrase.Of("diag.TAB023.not-group", entry.GroupId, entry.Column, rubric.Id);
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
            if (settings.SkipEmptyUnits)
            {
                skipUnits.Add(string.Empty);
            }
            reference = RubricReference.Of(importer.rubric);
        }

        public void Read(CsvRow row)
        {
            if (!CheckWidth(row))
            {
                return;
            }

            var unit = row[unitIndex].Trim();
            if (skipUnits.Contains(unit))
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
                    diagnostics.Add(Diagnostic.Error("TAB033", Phrase.Of("diag.TAB033", c.Value, period, first, row.Number), CellLocation(table, row, unitIndex), same == c.Value ? Phrase.Of("hint.TAB033") : Phrase.Of("hint.TAB033.read-as", same, c.Value)));
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
                    if (reading.WarningCode is { } warning)
                    {
                        budget.Add(Diagnostic.Warning(warning, reading.Message!, CellLocation(table, row, index), reading.Hint), table.Header[index]);
                    }

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
                var message = pair.Value.Rows == 1 ? Phrase.Of("diag.TAB030.one", pair.Key) : Phrase.Of("diag.TAB030", pair.Key, pair.Value.Rows);
                diagnostics.Add(Diagnostic.Error("TAB030", message, pair.Value.First, Phrase.Of("hint.TAB030", pair.Key)));
            }

            foreach (var pair in skipped)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "TAB034", pair.Value == 1 ? Phrase.Of("diag.TAB034.one", pair.Key) : Phrase.Of("diag.TAB034", pair.Value, pair.Key), new SourceLocation(table.File)));
            }

            var present = units.Select(u => u.Key).Concat(badUnits.Keys).ToList();
            foreach (var unit in skipUnits.Where(u => !skipped.ContainsKey(u)))
            {
                diagnostics.Add(Diagnostic.Warning("TAB035", Phrase.Of("diag.TAB035", unit), new SourceLocation(table.File), DidYouMean.Hint(unit, present)));
            }

            var converted = units.Where(u => u.Key.Length == 2 && !(settings.UnitCodes?.TryGet(u.Key, out _) ?? false)).ToList();
            if (converted.Count > 0)
            {
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, "TAB038", Phrase.Of("diag.TAB038", converted.Select(u => $"{u.Key}={u.Value.Value}").ToList()), new SourceLocation(table.File)));
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
                        budget.Add(Diagnostic.Error("TAB004", Phrase.Of("diag.TAB004", row.Number), CellLocation(table, row, c), Phrase.Of("hint.TAB004")), string.Empty);
                        return false;
                    }
                }
            }
            else if (row.Cells.Count < width)
            {
                budget.Add(Diagnostic.Warning("TAB005", Phrase.Of("diag.TAB005", row.Number, row.Cells.Count, width), CellLocation(table, row, row.Cells.Count), Phrase.Of("hint.TAB005")), string.Empty);
            }

            return true;
        }

        private CountryCode? ReadUnit(CsvRow row, string unit)
        {
            if (unit.Length == 0)
            {
                budget.Add(Diagnostic.Error("TAB031", Phrase.Of("diag.TAB031"), CellLocation(table, row, unitIndex), Phrase.Of("hint.TAB031")), string.Empty);
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
                budget.Add(Diagnostic.Error("TAB032", Phrase.Of("diag.TAB032.empty"), CellLocation(table, row, periodIndex), Phrase.Of("hint.TAB032.empty")), string.Empty);
                return null;
            }

            if (!DocumentWalker.IsId(period))
            {
                budget.Add(Diagnostic.Error("TAB032", Phrase.Of("diag.TAB032.invalid", period), CellLocation(table, row, periodIndex), Phrase.Of("hint.TAB032.invalid")), string.Empty);
                return null;
            }

            return period;
        }
    }
}
