using System.Collections.Generic;

namespace Coherence.Tables;

/// <summary>One record of a CSV table, with where it sits in the file.</summary>
/// <param name="Number">The row number a spreadsheet shows for it: the header is row 1.</param>
/// <param name="Line">The one-based line of the file where the record starts (differs from <paramref name="Number"/> after quoted line breaks).</param>
/// <param name="Cells">The cells, verbatim (quotes removed, doubled quotes undone).</param>
public sealed record CsvRow(int Number, int Line, IReadOnlyList<string> Cells)
{
    /// <summary>Gets a cell, or the empty string when the record is shorter.</summary>
    /// <param name="index">The zero-based column index.</param>
    /// <returns>The cell's text.</returns>
    public string this[int index] => index < Cells.Count ? Cells[index] : string.Empty;
}
