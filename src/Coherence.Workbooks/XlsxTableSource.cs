using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Tables;

namespace Coherence.Workbooks;

/// <summary>Reads the sheets of an Excel workbook (<c>.xlsx</c>) as tables for <c>import-table</c>.</summary>
/// <remarks>
/// Cells are read <em>as stored</em>, never as formatted: a number is its full value in invariant form (<c>0.125</c>, not
/// <c>12.5%</c> or <c>0.13</c>), a date its serial number, a formula its last computed result, text as typed. Headers may
/// span several rows (<see cref="TableSourceOptions.HeaderRows"/>): per column, the texts of those rows are joined with a space,
/// and an empty cell in an upper header row takes the text to its left, as a merged cell shows it. Line breaks in a header
/// become spaces. Rows with no text at all are left out. Diagnostics name cells as <c>sheet!cell</c>.
/// </remarks>
public sealed class XlsxTableSource : ITableSource
{
    /// <inheritdoc/>
    public bool CanRead(string path) => path is not null && (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc/>
    public Result<IReadOnlyList<CsvTable>> Read(string path, TableSourceOptions options)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new List<Diagnostic>();
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("TAB060", Phrase.Of("diag.TAB060", path, e.Message), new SourceLocation(path)));
            return Result<IReadOnlyList<CsvTable>>.Failure(diagnostics);
        }

        SpreadsheetContent content;
        try
        {
            content = SpreadsheetContent.Open(new MemoryStream(bytes, writable: false));
        }
#pragma warning disable CA1031 // Any failure of the package reader means the file is not a workbook we can read: a diagnostic, not a crash.
        catch (Exception e)
#pragma warning restore CA1031
        {
            diagnostics.Add(Diagnostic.Error("TAB060", Phrase.Of("diag.TAB060", path, e.Message), new SourceLocation(path), Phrase.Of("hint.TAB060")));
            return Result<IReadOnlyList<CsvTable>>.Failure(diagnostics);
        }

        using (content)
        {
            var names = content.Sheets.Select(s => s.Name).ToList();
            var wanted = options.Sheets.Count == 0 ? new[] { names.FirstOrDefault() ?? "1" } : options.Sheets.ToArray();
            var tables = new List<CsvTable>();
            foreach (var asked in wanted)
            {
                var name = names.FirstOrDefault(n => string.Equals(n, asked, StringComparison.OrdinalIgnoreCase));
                if (name is null && int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1 && position <= names.Count)
                {
                    name = names[position - 1];
                }

                var cells = name is null ? null : content.Sheet(name);
                if (cells is null)
                {
                    diagnostics.Add(Diagnostic.Error("TAB061", Phrase.Of("diag.TAB061", asked), new SourceLocation(path), int.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? Phrase.Of("hint.TAB061", names) : DidYouMean.Hint(asked, names)));
                    continue;
                }

                if (ToTable(path, cells, options, diagnostics) is { } table)
                {
                    tables.Add(table);
                }
            }

            return diagnostics.Any(d => d.IsError) ? Result<IReadOnlyList<CsvTable>>.Failure(diagnostics) : new Result<IReadOnlyList<CsvTable>>(tables, diagnostics);
        }
    }

    private static CsvTable? ToTable(string path, SheetCells cells, TableSourceOptions options, List<Diagnostic> diagnostics)
    {
        // grid[line][position]: a line is a sheet row (a sheet column when transposed), a position runs along it; both 1-based.
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var width = 0;
        foreach (var row in cells.Rows)
        {
            foreach (var cell in cells.Row(row))
            {
                if (cell.Value.Length == 0)
                {
                    continue;
                }

                var (line, position) = options.Transposed ? (cell.Key, (int)row) : ((int)row, cell.Key);
                if (!grid.TryGetValue(line, out var at))
                {
                    at = new Dictionary<int, string>();
                    grid.Add(line, at);
                }

                at[position] = cell.Value;
                width = Math.Max(width, position);
            }
        }

        var first = Math.Max(1, options.HeaderRow);
        var count = Math.Max(1, options.HeaderRows);
        if (!Enumerable.Range(first, count).Any(grid.ContainsKey))
        {
            diagnostics.Add(Diagnostic.Error("TAB062", Phrase.Of("diag.TAB062", cells.Name, first.ToString(CultureInfo.InvariantCulture)), new SourceLocation(path, Detail: cells.Name), Phrase.Of("hint.TAB062")));
            return null;
        }

        var header = new string[width];
        for (var p = 1; p <= width; p++)
        {
            var parts = new List<string>();
            for (var h = first; h < first + count; h++)
            {
                var text = Text(grid, h, p);

                // An empty cell in an upper header row sits under a merged cell: it takes the text to its left.
                if (text.Length == 0 && h < first + count - 1)
                {
                    for (var left = p - 1; left >= 1 && text.Length == 0; left--)
                    {
                        text = Text(grid, h, left);
                    }
                }

                if (text.Length > 0 && (parts.Count == 0 || parts[parts.Count - 1] != text))
                {
                    parts.Add(text);
                }
            }

            header[p - 1] = string.Join(" ", parts);
        }

        var rows = new List<CsvRow>();
        foreach (var line in grid.Where(l => l.Key >= first + count))
        {
            var values = new string[width];
            for (var p = 1; p <= width; p++)
            {
                values[p - 1] = line.Value.TryGetValue(p, out var text) ? text : string.Empty;
            }

            rows.Add(new CsvRow(line.Key, 0, values));
        }

        return new CsvTable(path, ',', new CsvRow(first, 0, header), rows) { Sheet = cells.Name, Transposed = options.Transposed };
    }

    private static string Text(SortedDictionary<int, Dictionary<int, string>> grid, int line, int position) =>
        grid.TryGetValue(line, out var at) && at.TryGetValue(position, out var text) ? OneLine(text) : string.Empty;

    // Header texts on one line: line breaks and runs of spaces become one space.
    private static string OneLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
