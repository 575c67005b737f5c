using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Workbooks;

/// <summary>The non-blank cell texts of one sheet, by row and column.</summary>
/// <remarks>A cell that holds a shared string keeps its index until its text is first asked for.</remarks>
internal sealed class SheetCells
{
    private readonly SortedDictionary<uint, Dictionary<int, Cell>> rows = new();
    private readonly Func<SharedStringIndex>? sharedStrings;
    private HashSet<(int Column, uint Row)>? uncalculated;

    public SheetCells(string name, Func<SharedStringIndex>? sharedStrings = null)
    {
        Name = name;
        this.sharedStrings = sharedStrings;
    }

    public string Name { get; }

    /// <summary>Gets the numbers of the rows that have a non-blank cell, in order.</summary>
    /// <remarks>A row whose only cells hold empty shared strings is listed too; its cells read as blank.</remarks>
    public IEnumerable<uint> Rows => rows.Keys;

    public void Set(int column, uint row, string text) => Cells(row)[column] = new Cell(text, -1);

    /// <summary>Notes a cell that shows a shared string, read when the cell is.</summary>
    public void SetShared(int column, uint row, int index) => Cells(row)[column] = new Cell(null, index);

    /// <summary>Notes a cell that holds a formula saved without its result.</summary>
    public void SetUncalculated(int column, uint row) => (uncalculated ??= new()).Add((column, row));

    /// <summary>Gets whether a cell holds a formula saved without its result (it reads as blank).</summary>
    public bool IsUncalculated(int column, uint row) => uncalculated?.Contains((column, row)) == true;

    /// <summary>Gets a cell's text, or <see langword="null"/> when blank.</summary>
    /// <exception cref="WorkbookLimitException">The cell's shared string cannot be read (WBK120).</exception>
    public string? Text(int column, uint row) => rows.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? Resolve(cells, column, row, cell) : null;

    /// <summary>Gets the non-blank cells of a row, by column.</summary>
    public IReadOnlyDictionary<int, string> Row(uint row)
    {
        var texts = new Dictionary<int, string>();
        if (rows.TryGetValue(row, out var cells))
        {
            foreach (var pair in cells.ToList())
            {
                if (Resolve(cells, pair.Key, row, pair.Value) is { } text)
                {
                    texts.Add(pair.Key, text);
                }
            }
        }

        return texts;
    }

    /// <summary>Gets the texts of column A and B from the first row on, as a key-value list, until a blank key.</summary>
    public Dictionary<string, string> Pairs()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
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

    private Dictionary<int, Cell> Cells(uint row)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            // Room for an answer row's columns at once, rather than growing through 3, 7 and 17.
            cells = new Dictionary<int, Cell>(24);
            rows.Add(row, cells);
        }

        return cells;
    }

    private string? Resolve(Dictionary<int, Cell> cells, int column, uint row, Cell cell)
    {
        if (cell.Text is not null)
        {
            return cell.Text.Length == 0 ? null : cell.Text;
        }

        var text = sharedStrings is null ? string.Empty : sharedStrings().Get(cell.Shared, Name + "!" + CellReference.Of(column, row));
        cells[column] = new Cell(text, -1);
        return text.Length == 0 ? null : text;
    }

    /// <summary>A cell's text, or the index of its shared string while not yet read.</summary>
    private readonly record struct Cell(string? Text, int Shared);
}
