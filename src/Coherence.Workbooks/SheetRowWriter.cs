using System.Globalization;
using System.IO;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using StyleRegistry = Coherence.Workbooks.Styles.StyleRegistry;

namespace Coherence.Workbooks;

/// <summary>Writes worksheet rows as SpreadsheetML text, straight to a part's stream, for sheets too long to build in memory.</summary>
/// <remarks>
/// Texts already in the shared string table are written as references to it; others (evidence, reasons) as inline strings,
/// so that the table, written before, need not grow. Cells are written as <see cref="WorksheetBuilder"/> writes them: a
/// missing value is a styled blank cell.
/// </remarks>
internal sealed class SheetRowWriter
{
    private readonly TextWriter output;
    private readonly string prefix;
    private readonly SharedStrings strings;
    private readonly StyleRegistry styles;
    private uint row;

    public SheetRowWriter(TextWriter output, string prefix, SharedStrings strings, StyleRegistry styles)
    {
        this.styles = styles;
        this.output = output;
        this.prefix = prefix;
        this.strings = strings;
    }

    public void StartRow(uint index, double? height = null)
    {
        row = index;
        output.Write('<');
        output.Write(prefix);
        output.Write("row r=\"");
        output.Write(index.ToString(CultureInfo.InvariantCulture));
        if (height is { } points)
        {
            output.Write("\" ht=\"");
            output.Write(points.ToString("0.##", CultureInfo.InvariantCulture));
            output.Write("\" customHeight=\"1");
        }

        output.Write("\">");
    }

    public void EndRow()
    {
        output.Write("</");
        output.Write(prefix);
        output.Write("row>");
    }

    public void Text(int column, string? text, CellStyle style)
    {
        if (string.IsNullOrEmpty(text))
        {
            Blank(column, style);
            return;
        }

        if (strings.TryIndexOf(text!, out var index))
        {
            Start(column, style, "s");
            Value(index.ToString(CultureInfo.InvariantCulture));
            End();
            return;
        }

        var clean = SharedStrings.Clean(text!);
        Start(column, style, "inlineStr");
        output.Write('<');
        output.Write(prefix);
        output.Write("is><");
        output.Write(prefix);
        output.Write(clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[clean.Length - 1])) ? "t xml:space=\"preserve\">" : "t>");
        Escape(clean);
        output.Write("</");
        output.Write(prefix);
        output.Write("t></");
        output.Write(prefix);
        output.Write("is>");
        End();
    }

    public void Number(int column, double? value, CellStyle style)
    {
        if (value is not { } number)
        {
            Blank(column, style);
            return;
        }

        Start(column, style, null);
        Value(number.ToString("R", CultureInfo.InvariantCulture));
        End();
    }

    private void Blank(int column, CellStyle style)
    {
        output.Write('<');
        output.Write(prefix);
        output.Write("c r=\"");
        output.Write(CellReference.Of(column, row));
        output.Write('"');
        Style(style);
        output.Write(" />");
    }

    private void Start(int column, CellStyle style, string? type)
    {
        output.Write('<');
        output.Write(prefix);
        output.Write("c r=\"");
        output.Write(CellReference.Of(column, row));
        output.Write('"');
        Style(style);
        if (type is not null)
        {
            output.Write(" t=\"");
            output.Write(type);
            output.Write('"');
        }

        output.Write('>');
    }

    private void Style(CellStyle style)
    {
        var index = styles.IndexOf(style);
        if (index != 0)
        {
            output.Write(" s=\"");
            output.Write(index.ToString(CultureInfo.InvariantCulture));
            output.Write('"');
        }
    }

    private void Value(string text)
    {
        output.Write('<');
        output.Write(prefix);
        output.Write("v>");
        output.Write(text);
        output.Write("</");
        output.Write(prefix);
        output.Write("v>");
    }

    private void End()
    {
        output.Write("</");
        output.Write(prefix);
        output.Write("c>");
    }

    private void Escape(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            output.Write(text.Substring(start, i - start));
            output.Write(entity);
            start = i + 1;
        }

        output.Write(start == 0 ? text : text.Substring(start));
    }
}
