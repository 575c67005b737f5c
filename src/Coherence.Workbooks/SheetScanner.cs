using System;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.IO;
using System.Text;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>Reads the cells of a worksheet part from its UTF-8 bytes, without an XML parser.</summary>
/// <remarks>
/// <para>
/// A filled rubric workbook's answer sheets are half a megabyte of XML, most of it rows of cells that point into the
/// shared-strings table; an <see cref="System.Xml.XmlReader"/> spent about a third of each workbook's reading on them.
/// The scanner walks the tags (<see cref="XmlBytes"/>) and keeps what <see cref="SheetCells"/> needs: each cell's
/// place, and its shared-string index, inline string, value or formula-without-result. Cells come back as the
/// XML reader gave them: shared or inline strings, formula results, booleans as TRUE/FALSE, numbers in invariant form.
/// </para>
/// <para>
/// The limits hold as before: the row beyond <see cref="WorkbookLimits.MaxRows"/> (WBK072) and the cell beyond
/// <see cref="WorkbookLimits.MaxCellsPerRow"/> (WBK073) are refused at their <c>sheet!cell</c>. Markup that does not
/// end, or a reference XML does not know, is damage (<see cref="InvalidDataException"/>, told as WBK004).
/// </para>
/// </remarks>
internal sealed class SheetScanner
{
    private readonly byte[] buffer;
    private readonly int length;
    private readonly string name;
    private readonly SheetCells cells;
    private readonly WorkbookLimits limits;

    // The cell being read.
    private int column;
    private uint row;
    private string? type;
    private bool formula;
    private bool inValue;
    private int valueParts;
    private int valueStart;
    private int valueEnd;
    private string? value;
    private StringBuilder? valueBuilder;
    private int inlineStart = -1;
    private string? inline;

    public SheetScanner(byte[] buffer, int length, string name, SheetCells cells, WorkbookLimits limits)
    {
        this.buffer = buffer;
        this.length = length;
        this.name = name;
        this.cells = cells;
        this.limits = limits;
    }

    /// <summary>Reads every cell up to the end of <c>sheetData</c> into the sheet's cells.</summary>
    /// <exception cref="WorkbookLimitException">A row or a cell beyond the limits (WBK072, WBK073).</exception>
    /// <exception cref="InvalidDataException">The part is damaged.</exception>
    [MethodImpl(HotPath.Optimized)]
    public void Run()
    {
        var nextColumn = 1;
        var rows = 0;
        var cellsInRow = 0;
        var inCell = false;
        var at = 0;
        while (at < length)
        {
            var lt = Array.IndexOf(buffer, (byte)'<', at, length - at);
            if (lt < 0)
            {
                break;
            }

            if (inValue && lt > at)
            {
                ValueText(at, lt);
            }

            var gt = XmlBytes.TagEnd(buffer, length, lt, complete: true);
            if (gt < 0)
            {
                throw new InvalidDataException(name + ": markup does not end");
            }

            at = gt + 1;
            if (!XmlBytes.IsElement(buffer, lt, gt, out var closing, out var selfClosing, out var nameStart, out var nameEnd))
            {
                if (inValue && XmlBytes.Starts(buffer, length, lt, "<![CDATA["))
                {
                    ValuePart(XmlBytes.CData(buffer, lt, gt));
                }

                continue;
            }

            switch (nameEnd - nameStart)
            {
                case 1 when buffer[nameStart] == (byte)'c':
                    if (closing)
                    {
                        if (inCell)
                        {
                            Store();
                            inCell = false;
                        }

                        break;
                    }

                    if (++cellsInRow > limits.MaxCellsPerRow)
                    {
                        var where = XmlBytes.Attribute(buffer, nameEnd, gt, "r", out var rs, out var re) ? Encoding.UTF8.GetString(buffer, rs, re - rs) : "A" + row.ToString(CultureInfo.InvariantCulture);
                        throw new WorkbookLimitException("WBK073", Phrase.Of("diag.WBK073", limits.MaxCellsPerRow), $"{name}!{where}", Phrase.Of("hint.limit-raise", WorkbookLimits.CellsVariable));
                    }

                    if (XmlBytes.Attribute(buffer, nameEnd, gt, "r", out var refStart, out var refEnd) && TryReference(refStart, refEnd, out var c, out var r) && r > 0)
                    {
                        column = c;
                        row = r;
                    }
                    else
                    {
                        column = nextColumn;
                    }

                    nextColumn = column + 1;
                    if (!selfClosing)
                    {
                        inCell = true;
                        type = XmlBytes.Attribute(buffer, nameEnd, gt, "t", out var typeStart, out var typeEnd) ? Type(typeStart, typeEnd) : null;
                        formula = false;
                        valueParts = 0;
                        value = null;
                        valueBuilder = null;
                        inline = null;
                        inlineStart = -1;
                    }

                    break;
                case 1 when buffer[nameStart] == (byte)'v':
                    inValue = inCell && !closing && !selfClosing;
                    break;
                case 1 when buffer[nameStart] == (byte)'f':
                    formula |= inCell && !closing;
                    break;
                case 2 when buffer[nameStart] == (byte)'i' && buffer[nameStart + 1] == (byte)'s':
                    if (!inCell)
                    {
                        break;
                    }

                    if (selfClosing)
                    {
                        inline = string.Empty;
                    }
                    else if (!closing)
                    {
                        inlineStart = gt + 1;
                    }
                    else if (inlineStart >= 0)
                    {
                        inline = XmlBytes.StringItem(buffer, length, inlineStart, lt) ?? throw new InvalidDataException(name + ": an inline string is damaged");
                        inlineStart = -1;
                    }

                    break;
                case 3 when XmlBytes.IsName(buffer, nameStart, nameEnd, "row"):
                    if (closing)
                    {
                        break;
                    }

                    row = XmlBytes.Attribute(buffer, nameEnd, gt, "r", out var rowStart, out var rowEnd) && TryNumber(rowStart, rowEnd, out var number) ? number : row + 1;
                    nextColumn = 1;
                    cellsInRow = 0;
                    if (++rows > limits.MaxRows)
                    {
                        throw new WorkbookLimitException("WBK072", Phrase.Of("diag.WBK072", limits.MaxRows), $"{name}!A{row.ToString(CultureInfo.InvariantCulture)}", Phrase.Of("hint.limit-raise", WorkbookLimits.RowsVariable));
                    }

                    break;
                case 9 when (closing || selfClosing) && XmlBytes.IsName(buffer, nameStart, nameEnd, "sheetData"):
                    // Validations, formatting and drawings follow the cells: nothing to read there.
                    return;
            }
        }
    }

    // The text of a v element between two tags: kept as bytes while it is the only piece, as a shared-string index is.
    private void ValueText(int from, int to)
    {
        if (valueParts == 0)
        {
            valueParts = 1;
            valueStart = from;
            valueEnd = to;
            return;
        }

        ValuePart(Decode(from, to));
    }

    // A further piece of a value (or a CDATA section): the pieces are joined as text.
    private void ValuePart(string part)
    {
        if (valueParts == 1)
        {
            value = Decode(valueStart, valueEnd);
        }

        valueParts = 2;
        XmlBytes.Append(ref value, ref valueBuilder, part);
    }

    private string Decode(int from, int to) => XmlBytes.Text(buffer, from, to) ?? throw new InvalidDataException(name + ": a reference in a value is not one XML knows");

    private void Store()
    {
        inValue = false;
        if (type == "s")
        {
            // Resolved when the cell is read: most shared strings of a sheet are texts nobody asks for.
            var index = valueParts == 1 ? Index(valueStart, valueEnd) : int.TryParse(Value()?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
            if (index >= 0)
            {
                cells.SetShared(column, row, index);
            }
            else if (formula)
            {
                cells.SetUncalculated(column, row);
            }

            return;
        }

        var text = type switch
        {
            "inlineStr" => inline ?? Value(),
            "b" => Value() is var b && b == "1" ? "TRUE" : b == "0" ? "FALSE" : b,
            "str" or "e" => Value(),
            _ => Value() is { } number ? SpreadsheetContent.NumberText(number) : inline,
        };
        if (!string.IsNullOrEmpty(text))
        {
            cells.Set(column, row, text!);
        }
        else if (formula)
        {
            cells.SetUncalculated(column, row);
        }
    }

    private string? Value() => valueParts == 0 ? null : valueParts == 1 ? Decode(valueStart, valueEnd) : valueBuilder?.ToString() ?? value;

    // A shared-string index written as digits, blanks around it allowed; -1 when it is not one.
    private int Index(int from, int to)
    {
        while (from < to && buffer[from] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            from++;
        }

        while (to > from && buffer[to - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            to--;
        }

        return TryNumber(from, to, out var number) && number <= int.MaxValue ? (int)number : -1;
    }

    private bool TryNumber(int from, int to, out uint number)
    {
        number = 0;
        if (from >= to)
        {
            return false;
        }

        ulong n = 0;
        for (var i = from; i < to; i++)
        {
            var b = buffer[i];
            if (b < (byte)'0' || b > (byte)'9')
            {
                return false;
            }

            n = (n * 10) + (uint)(b - '0');
            if (n > uint.MaxValue)
            {
                return false;
            }
        }

        number = (uint)n;
        return true;
    }

    // A reference such as E14 or $E$14, as CellReference.TryParse reads it, from its bytes.
    private bool TryReference(int from, int to, out int column, out uint row)
    {
        column = 0;
        row = 0;
        var i = from;
        if (i < to && buffer[i] == (byte)'$')
        {
            i++;
        }

        while (i < to && (buffer[i] | 0x20) is >= (byte)'a' and <= (byte)'z')
        {
            column = (column * 26) + ((buffer[i] | 0x20) - 'a' + 1);
            if (column > 1 << 24)
            {
                return false;
            }

            i++;
        }

        if (i < to && buffer[i] == (byte)'$')
        {
            i++;
        }

        var digits = i;
        while (i < to && buffer[i] is >= (byte)'0' and <= (byte)'9')
        {
            i++;
        }

        if (column == 0 || i != to)
        {
            return false;
        }

        return digits == i || TryNumber(digits, i, out row);
    }

    private string Type(int from, int to) =>
        XmlBytes.IsName(buffer, from, to, "s") ? "s" :
        XmlBytes.IsName(buffer, from, to, "str") ? "str" :
        XmlBytes.IsName(buffer, from, to, "inlineStr") ? "inlineStr" :
        XmlBytes.IsName(buffer, from, to, "b") ? "b" :
        XmlBytes.IsName(buffer, from, to, "e") ? "e" :
        Encoding.UTF8.GetString(buffer, from, to - from);
}
