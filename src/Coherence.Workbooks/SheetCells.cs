using System.Collections.Generic;
using System.Linq;

namespace Coherence.Workbooks;

/// <summary>The non-blank cell texts of one sheet, by row and column.</summary>
internal sealed class SheetCells
{
    private readonly SortedDictionary<uint, Dictionary<int, string>> rows = new();

    public SheetCells(string name) => Name = name;

    public string Name { get; }

    /// <summary>Gets the numbers of the rows that have a non-blank cell, in order.</summary>
    public IEnumerable<uint> Rows => rows.Keys;

    public void Set(int column, uint row, string text)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = new Dictionary<int, string>();
            rows.Add(row, cells);
        }

        cells[column] = text;
    }

    private HashSet<(int Column, uint Row)>? uncalculated;

    /// <summary>Notes a cell that holds a formula saved without its result.</summary>
    public void SetUncalculated(int column, uint row) => (uncalculated ??= new()).Add((column, row));

    /// <summary>Gets whether a cell holds a formula saved without its result (it reads as blank).</summary>
    public bool IsUncalculated(int column, uint row) => uncalculated?.Contains((column, row)) == true;

    /// <summary>Gets a cell's text, or <see langword="null"/> when blank.</summary>
    public string? Text(int column, uint row) => rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var text) ? text : null;

    /// <summary>Gets the cells of a row, by column.</summary>
    public IReadOnlyDictionary<int, string> Row(uint row) => rows.TryGetValue(row, out var cells) ? cells : new Dictionary<int, string>();

    /// <summary>Gets the texts of column A and B from the first row on, as a key-value list, until a blank key.</summary>
    public Dictionary<string, string> Pairs()
    {
        var pairs = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var row in rows.Keys.Where(r => r > 1))
        {
            var key = Text(1, row);
            if (key is null)
            {
                continue;
            }

            pairs[key] = Text(2, row) ?? string.Empty;
        }

        return pairs;
    }
}
