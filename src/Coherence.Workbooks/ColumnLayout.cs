using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>The columns of a sheet in order, found by key: writers ask for <c>layout["law.level"]</c>, never count columns.</summary>
internal sealed class ColumnLayout
{
    private readonly List<SheetColumn> columns = new();
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

    /// <summary>Gets the columns, left to right.</summary>
    public IReadOnlyList<SheetColumn> Columns => columns;

    /// <summary>Gets the position of the last column (1-based).</summary>
    public int Last => columns.Count;

    /// <summary>Gets the position (1-based) of the column with a key.</summary>
    /// <exception cref="KeyNotFoundException">No column has the key.</exception>
    public int this[string key] => positions[key];

    /// <summary>Adds a column on the right.</summary>
    public ColumnLayout Add(string key, string header, double width, CellStyle headerStyle)
    {
        columns.Add(new SheetColumn(key, header, width, headerStyle));
        positions.Add(key, columns.Count);
        return this;
    }

    /// <summary>Gets the width of the column with a key.</summary>
    public double Width(string key) => columns[positions[key] - 1].Width;

    /// <summary>Gets the total width of the columns, in characters.</summary>
    public double TotalWidth => columns.Sum(c => c.Width);

    /// <summary>Writes the widths, the headers and, when a key row is given, the keys.</summary>
    public void Write(WorksheetBuilder sheet, uint headerRow, uint? keyRow = null)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            sheet.Width(i + 1, column.Width);
            sheet.Text(i + 1, headerRow, column.Header, column.HeaderStyle);
            if (keyRow is { } key)
            {
                sheet.Text(i + 1, key, column.Key, WorkbookStyles.Key);
            }
        }
    }
}
