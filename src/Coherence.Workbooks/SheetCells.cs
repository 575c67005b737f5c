using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Workbooks;

/// <summary>The non-blank cell texts of one sheet, by row and column.</summary>
/// <remarks>
/// <para>A cell that holds a shared string keeps its index until its text is first asked for.</para>
/// <para>
/// Spreadsheet programs write rows in order and each row's cells from left to right, so cells are kept as they come, in
/// two flat arrays with the start of each row noted: no object per row or per cell. A sheet written otherwise (a row
/// that comes back, or a cell left of one already read) is kept in a dictionary per row from then on, where a cell
/// read twice keeps its last value, as before.
/// </para>
/// </remarks>
internal sealed class SheetCells
{
    private readonly Func<SharedStringIndex>? sharedStrings;
    private readonly Dictionary<uint, int> rowIndex = new();
    private readonly List<uint> rowNumbers = new();
    private readonly List<int> rowStarts = new();
    private int[] columns = new int[64];
    private Cell[] values = new Cell[64];
    private int count;
    private bool ascending = true;
    private Dictionary<uint, Dictionary<int, Cell>>? loose;
    private HashSet<(int Column, uint Row)>? uncalculated;

    public SheetCells(string name, Func<SharedStringIndex>? sharedStrings = null)
    {
        Name = name;
        this.sharedStrings = sharedStrings;
    }

    public string Name { get; }

    /// <summary>Gets the numbers of the rows that have a non-blank cell, in order.</summary>
    /// <remarks>A row whose only cells hold empty shared strings is listed too; its cells read as blank.</remarks>
    public IEnumerable<uint> Rows =>
        loose is not null ? loose.Keys.OrderBy(r => r) :
        ascending ? rowNumbers : rowNumbers.OrderBy(r => r);

    public void Set(int column, uint row, string text) => Add(column, row, new Cell(text, -1));

    /// <summary>Notes a cell that shows a shared string, read when the cell is.</summary>
    public void SetShared(int column, uint row, int index) => Add(column, row, new Cell(null, index));

    /// <summary>Notes a cell that holds a formula saved without its result.</summary>
    public void SetUncalculated(int column, uint row) => (uncalculated ??= new()).Add((column, row));

    /// <summary>Gets whether a cell holds a formula saved without its result (it reads as blank).</summary>
    public bool IsUncalculated(int column, uint row) => uncalculated?.Contains((column, row)) == true;

    /// <summary>Gets a cell's text, or <see langword="null"/> when blank.</summary>
    /// <exception cref="WorkbookLimitException">The cell's shared string cannot be read (WBK120).</exception>
    public string? Text(int column, uint row)
    {
        if (loose is not null)
        {
            return loose.TryGetValue(row, out var cells) && cells.TryGetValue(column, out var cell) ? Resolve(cells, column, row, cell) : null;
        }

        if (!rowIndex.TryGetValue(row, out var index))
        {
            return null;
        }

        var start = rowStarts[index];
        var at = Array.BinarySearch(columns, start, End(index) - start, column);
        return at < 0 ? null : Resolve(at, row);
    }

    /// <summary>Gets the non-blank cells of a row, by column.</summary>
    public IReadOnlyDictionary<int, string> Row(uint row)
    {
        var texts = new Dictionary<int, string>();
        if (loose is not null)
        {
            if (loose.TryGetValue(row, out var cells))
            {
                foreach (var pair in cells.ToList())
                {
                    if (Resolve(cells, pair.Key, row, pair.Value) is { } text)
                    {
                        texts.Add(pair.Key, text);
                    }
                }
            }
        }
        else if (rowIndex.TryGetValue(row, out var index))
        {
            for (var at = rowStarts[index]; at < End(index); at++)
            {
                if (Resolve(at, row) is { } text)
                {
                    texts.Add(columns[at], text);
                }
            }
        }

        return texts;
    }

    /// <summary>Gets the texts of column A and B from the first row on, as a key-value list, until a blank key.</summary>
    public Dictionary<string, string> Pairs()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Rows.Where(r => r > 1).ToList())
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

    private int End(int index) => index + 1 < rowStarts.Count ? rowStarts[index + 1] : count;

    private void Add(int column, uint row, Cell cell)
    {
        if (loose is null)
        {
            var last = rowNumbers.Count - 1;
            if (last >= 0 && rowNumbers[last] == row)
            {
                if (count == rowStarts[last] || columns[count - 1] < column)
                {
                    Append(column, cell);
                    return;
                }
            }
            else if (!rowIndex.ContainsKey(row))
            {
                if (last >= 0 && row < rowNumbers[last])
                {
                    ascending = false;
                }

                rowIndex.Add(row, rowNumbers.Count);
                rowNumbers.Add(row);
                rowStarts.Add(count);
                Append(column, cell);
                return;
            }

            Loosen();
        }

        if (!loose!.TryGetValue(row, out var cells))
        {
            cells = new Dictionary<int, Cell>();
            loose.Add(row, cells);
        }

        cells[column] = cell;
    }

    private void Append(int column, Cell cell)
    {
        if (count == columns.Length)
        {
            Array.Resize(ref columns, count * 2);
            Array.Resize(ref values, count * 2);
        }

        columns[count] = column;
        values[count] = cell;
        count++;
    }

    // The sheet is not written in order: from now on, a dictionary per row.
    private void Loosen()
    {
        loose = new Dictionary<uint, Dictionary<int, Cell>>();
        for (var index = 0; index < rowNumbers.Count; index++)
        {
            var cells = new Dictionary<int, Cell>();
            for (var at = rowStarts[index]; at < End(index); at++)
            {
                cells[columns[at]] = values[at];
            }

            loose.Add(rowNumbers[index], cells);
        }

        rowIndex.Clear();
        rowNumbers.Clear();
        rowStarts.Clear();
        columns = Array.Empty<int>();
        values = Array.Empty<Cell>();
        count = 0;
    }

    private string? Resolve(int at, uint row)
    {
        var cell = values[at];
        if (cell.Text is null)
        {
            cell = new Cell(Shared(cell.Shared, columns[at], row), -1);
            values[at] = cell;
        }

        return cell.Text!.Length == 0 ? null : cell.Text;
    }

    private string? Resolve(Dictionary<int, Cell> cells, int column, uint row, Cell cell)
    {
        if (cell.Text is not null)
        {
            return cell.Text.Length == 0 ? null : cell.Text;
        }

        var text = Shared(cell.Shared, column, row);
        cells[column] = new Cell(text, -1);
        return text.Length == 0 ? null : text;
    }

    private string Shared(int index, int column, uint row) =>
        sharedStrings is null ? string.Empty : sharedStrings().Get(index, Name, column, row);

    /// <summary>A cell's text, or the index of its shared string while not yet read.</summary>
    private readonly record struct Cell(string? Text, int Shared);
}
