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
