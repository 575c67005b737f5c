using System.Collections.Generic;
using System.Linq;

namespace Coherence.Tables;

/// <summary>A CSV table: a header row naming the columns and the data rows below it.</summary>
/// <param name="File">The file name as the user gave it, or <see langword="null"/> for in-memory text.</param>
/// <param name="Delimiter">The cell delimiter found (<c>,</c>, <c>;</c> or a tab).</param>
/// <param name="HeaderRow">The first row, which names the columns.</param>
/// <param name="Rows">The data rows, in file order; blank lines are left out.</param>
public sealed record CsvTable(string? File, char Delimiter, CsvRow HeaderRow, IReadOnlyList<CsvRow> Rows)
{
    /// <summary>Gets the column names: the header row's cells, trimmed.</summary>
    public IReadOnlyList<string> Header { get; } = HeaderRow.Cells.Select(c => c.Trim()).ToList();

    /// <summary>Gets the worksheet the table was read from, or <see langword="null"/> for a CSV file.</summary>
    /// <remarks>Cells of a worksheet are located as <c>sheet!cell</c> (<see cref="CellName"/>).</remarks>
    public string? Sheet { get; init; }

    /// <summary>Gets whether the worksheet had units in columns and was read turned: a table row is a sheet column, a table column a sheet row.</summary>
    public bool Transposed { get; init; }

    /// <summary>Gets the name of a cell as the user sees it in the file: <c>C7</c> in a CSV file, <c>Sheet1!C7</c> in a worksheet.</summary>
    /// <param name="row">A row of the table: its <see cref="CsvRow.Number"/> is the sheet row, or the sheet column when <see cref="Transposed"/>.</param>
    /// <param name="column">The 0-based column of the table.</param>
    /// <returns>The cell's name.</returns>
    public string CellName(CsvRow row, int column)
    {
        var cell = Transposed
            ? ColumnLetters(row.Number - 1) + (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : ColumnLetters(column) + row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Sheet is null ? cell : QuotedSheet(Sheet) + "!" + cell;
    }

    private static string QuotedSheet(string sheet) =>
        sheet.All(c => char.IsLetterOrDigit(c) || c == '_' || c == '.') ? sheet : "'" + sheet.Replace("'", "''") + "'";

    /// <summary>Gets the spreadsheet name of a column: A, B, ..., Z, AA, AB, ...</summary>
    /// <param name="index">The zero-based column index.</param>
    /// <returns>The column letters.</returns>
    public static string ColumnLetters(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }
}
