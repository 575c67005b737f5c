using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Tables;

/// <summary>Says which indicator, facet and migrant group each column of a wide table answers, and which columns to ignore.</summary>
/// <remarks>
/// A map is a CSV file that a spreadsheet can write, with the header <c>column,indicator,facet,group</c>
/// (or <c>columna,indicador,faceta,grupo</c>). Write <c>-</c> as the indicator to ignore a column; ignored
/// columns may use <c>*</c> wildcards (<c>R_adm_*</c>), and an empty column name stands for columns without a
/// header. Facet and group may be left empty when the indicator has only one. See <c>docs/table-import.md</c>.
/// </remarks>
public sealed class ColumnMap
{
    /// <summary>The indicator text that marks a column as ignored.</summary>
    public const string IgnoreMark = "-";

    private static readonly Dictionary<string, string> HeaderNames = new(StringComparer.Ordinal)
    {
        ["column"] = "column",
        ["columna"] = "column",
        ["indicator"] = "indicator",
        ["indicador"] = "indicator",
        ["facet"] = "facet",
        ["faceta"] = "facet",
        ["group"] = "group",
        ["grupo"] = "group",
        ["notes"] = "notes",
        ["notas"] = "notes",
    };

    /// <summary>Initializes a new instance of the <see cref="ColumnMap"/> class.</summary>
    /// <param name="file">The map file, or <see langword="null"/>.</param>
    /// <param name="entries">The entries, in file order.</param>
    public ColumnMap(string? file, IReadOnlyList<ColumnMapEntry> entries)
    {
        File = file;
        Entries = entries;
    }

    /// <summary>Gets the map file, or <see langword="null"/> for a map built in memory.</summary>
    public string? File { get; }

    /// <summary>Gets the entries, in file order.</summary>
    public IReadOnlyList<ColumnMapEntry> Entries { get; }

    /// <summary>Reads a column map file.</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>The map, or the diagnostics that prevent it.</returns>
    public static Result<ColumnMap> ReadFile(string path)
    {
        var table = CsvReader.ReadFile(path);
        return table.Value is null ? Result<ColumnMap>.Failure(table.Diagnostics) : Read(table.Value);
    }

    /// <summary>Reads a column map from a CSV table already read.</summary>
    /// <param name="table">The table, with the header <c>column,indicator,facet,group</c>.</param>
    /// <returns>The map and its diagnostics; with errors in some rows, the map of the other rows (the bad rows' columns ignored) beside the errors, so that a caller can check the table in the same run.</returns>
    public static Result<ColumnMap> Read(CsvTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        var diagnostics = new List<Diagnostic>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < table.Header.Count; c++)
        {
            var name = table.Header[c];
            if (HeaderNames.TryGetValue(TextKey.Of(name), out var field) && !index.ContainsKey(field))
            {
                index.Add(field, c);
            }
            else if (name.Length > 0)
            {
                diagnostics.Add(Diagnostic.Warning("TAB026", Phrase.Of("diag.TAB026", name), new SourceLocation(table.File, 1, c + 1, CsvTable.ColumnLetters(c) + "1"), DidYouMean.Hint(name, new[] { "column", "indicator", "facet", "group", "notes" })));
            }
        }

        foreach (var required in new[] { "column", "indicator" })
        {
            if (!index.ContainsKey(required))
            {
                diagnostics.Add(Diagnostic.Error("TAB020", Phrase.Of("diag.TAB020.column", required), new SourceLocation(table.File, 1), Phrase.Of("hint.TAB020.column")));
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return Result<ColumnMap>.Failure(diagnostics);
        }

        var entries = new List<ColumnMapEntry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            string Cell(string field) => index.TryGetValue(field, out var c) ? row[c].Trim() : string.Empty;
            var column = Cell("column");
            var indicator = Cell("indicator");
            var facet = Cell("facet");
            var group = Cell("group");
            var where = new SourceLocation(table.File, row.Line) { Place = Phrase.Of("location.row", row.Number.ToString(CultureInfo.InvariantCulture)) };
            if (column.Length == 0 && indicator.Length == 0 && facet.Length == 0 && group.Length == 0)
            {
                continue;
            }

            var ignore = indicator == IgnoreMark;
            if (indicator.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error("TAB021", Phrase.Of("diag.TAB021.no-indicator", column), where, Phrase.Of("hint.TAB021.no-indicator", IgnoreMark)));
                Quiet(column, row.Number, where);
                continue;
            }

            if (!ignore && (column.Length == 0 || column.IndexOf('*') >= 0))
            {
                var what = column.Length == 0 ? Phrase.Of("what.column-without-header") : Phrase.Of("what.pattern", column);
                diagnostics.Add(Diagnostic.Error("TAB020", Phrase.Of("diag.TAB020.only-ignored", what, indicator), where, Phrase.Of("hint.TAB020.only-ignored", IgnoreMark)));
                Quiet(column, row.Number, where);
                continue;
            }

            if (seen.TryGetValue(column, out var first))
            {
                diagnostics.Add(Diagnostic.Error("TAB024", Phrase.Of("diag.TAB024", column, first), where, Phrase.Of("hint.TAB024")));
                continue;
            }

            seen.Add(column, row.Number);
            entries.Add(new ColumnMapEntry(column, ignore, ignore ? null : indicator, ignore || facet.Length == 0 ? null : facet, ignore || group.Length == 0 ? null : group, where));
        }

        // With errors in some rows the map is still returned, so that the table is checked in the same run and every problem
        // is listed at once (Result.IsSuccess is false all the same); the columns of the bad rows are left out quietly.
        return new Result<ColumnMap>(new ColumnMap(table.File, entries), diagnostics);

        void Quiet(string column, int number, SourceLocation where)
        {
            if (column.Length > 0 && !seen.ContainsKey(column))
            {
                seen.Add(column, number);
                entries.Add(new ColumnMapEntry(column, true, null, null, null, where));
            }
        }
    }
}
