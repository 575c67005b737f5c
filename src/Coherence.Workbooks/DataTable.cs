using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>A sheet's table described as named columns; it writes its headers and, row by row, its cells.</summary>
/// <typeparam name="TRow">What one row shows.</typeparam>
internal sealed class DataTable<TRow>
{
    private readonly List<DataColumn<TRow>> columns = new();

    /// <summary>Gets the columns' positions by key.</summary>
    public ColumnLayout Layout { get; } = new();

    /// <summary>Gets the headers, left to right.</summary>
    public IReadOnlyList<string> Headers => columns.Select(c => c.Header).ToList();

    /// <summary>Adds a column whose cells share one style.</summary>
    public DataTable<TRow> Add(string key, string header, double width, Func<TRow, object?> value, CellStyle style) =>
        Add(key, header, width, value, _ => style);

    /// <summary>Adds a column whose cells' style depends on the row.</summary>
    public DataTable<TRow> Add(string key, string header, double width, Func<TRow, object?> value, Func<TRow, CellStyle> style)
    {
        columns.Add(new DataColumn<TRow>(key, header, width, value, style));
        Layout.Add(key, header, width, WorkbookStyles.Header);
        return this;
    }

    /// <summary>Writes one row's cells.</summary>
    /// <remarks>A row whose texts wrap gets the height they need: spreadsheet programs do not fit rows on opening.</remarks>
    public void Write(SheetRowWriter rows, uint row, TRow item)
    {
        var values = new object?[columns.Count];
        var lines = 1;
        for (var i = 0; i < columns.Count; i++)
        {
            values[i] = columns[i].Value(item);
            if (values[i] is string text && columns[i].Style(item).Wrap)
            {
                lines = Math.Max(lines, RowHeights.Lines(text, columns[i].Width));
            }
        }

        rows.StartRow(row, lines > 1 ? RowHeights.For(columns.Select((c, i) => (values[i] as string, c.Width))) : null);
        for (var i = 0; i < columns.Count; i++)
        {
            var column = columns[i];
            switch (values[i])
            {
                case double number:
                    rows.Number(i + 1, number, column.Style(item));
                    break;
                case int whole:
                    rows.Number(i + 1, whole, column.Style(item));
                    break;
                case null:
                    rows.Number(i + 1, null, column.Style(item));
                    break;
                case var other:
                    rows.Text(i + 1, other.ToString(), column.Style(item));
                    break;
            }
        }

        rows.EndRow();
    }
}
