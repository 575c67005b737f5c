using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Coherence.Localization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>The cell texts of a workbook, read without styles or formulas; sheets are read when first asked for.</summary>
/// <remarks>
/// Parts are found through the Open XML SDK; sheet and shared-string XML is streamed with an <see cref="XmlReader"/>,
/// which is what makes reading a hundred workbooks fast. Whatever program saved the file, cells come back as the text
/// they show: shared or inline strings, formula results, and numbers in invariant form.
/// </remarks>
internal sealed class SpreadsheetContent : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly WorkbookLimits limits;
    private readonly Dictionary<string, SheetCells?> loaded = new(StringComparer.OrdinalIgnoreCase);
    private List<string>? sharedStrings;
    private Stream? sharedStream;
    private XmlReader? sharedReader;

    private SpreadsheetContent(SpreadsheetDocument document, WorkbookLimits limits)
    {
        this.document = document;
        this.limits = limits;
        var workbook = document.WorkbookPart?.Workbook ?? throw new InvalidDataException("the package has no workbook part");
        Sheets = workbook.Sheets?.Elements<Sheet>()
            .Where(s => s.Name?.Value is not null)
            .Select(s => new SheetInfo(s.Name!.Value!, s.Id?.Value, s.State?.Value))
            .ToList() ?? new List<SheetInfo>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in workbook.DefinedNames?.Elements<DefinedName>() ?? Enumerable.Empty<DefinedName>())
        {
            if (name.Name?.Value is { } key && name.LocalSheetId is null && !names.ContainsKey(key))
            {
                names.Add(key, name.Text ?? string.Empty);
            }
        }

        DefinedNames = names;
    }

    /// <summary>Gets the sheets, in workbook order.</summary>
    public IReadOnlyList<SheetInfo> Sheets { get; }

    /// <summary>Gets the workbook-wide defined names and what they refer to.</summary>
    public IReadOnlyDictionary<string, string> DefinedNames { get; }

    /// <summary>Opens a workbook held in memory.</summary>
    /// <exception cref="Exception">The bytes are not a readable workbook package; callers turn that into a diagnostic.</exception>
    public static SpreadsheetContent Open(Stream stream) => Open(stream, WorkbookLimits.Default);

    /// <summary>Opens a workbook held in memory, reading no sheet beyond the limits.</summary>
    /// <exception cref="Exception">The bytes are not a readable workbook package; callers turn that into a diagnostic.</exception>
    public static SpreadsheetContent Open(Stream stream, WorkbookLimits limits)
    {
        var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
        try
        {
            return new SpreadsheetContent(document, limits);
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    /// <summary>Reads a sheet's cells.</summary>
    /// <param name="name">The sheet name, ignoring case.</param>
    /// <returns>The cells, or <see langword="null"/> when there is no such worksheet.</returns>
    public SheetCells? Sheet(string name)
    {
        if (loaded.TryGetValue(name, out var cells))
        {
            return cells;
        }

        var info = Sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        cells = null;
        if (info?.RelationshipId is { } id && document.WorkbookPart!.GetPartById(id) is WorksheetPart part)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            cells = ReadSheet(info.Name, stream);
        }

        loaded[name] = cells;
        return cells;
    }

    /// <summary>Finds the cell a defined name points at (the first cell of a range).</summary>
    public bool TryResolve(string definedName, out string sheet, out int column, out uint row)
    {
        sheet = string.Empty;
        column = 0;
        row = 0;
        return DefinedNames.TryGetValue(definedName, out var reference) && TryParseReference(reference, out sheet, out column, out row);
    }

    /// <summary>Reads a reference such as <c>'Sheet name'!$A$3:$Q$3</c> into its sheet and first cell.</summary>
    public static bool TryParseReference(string reference, out string sheet, out int column, out uint row)
    {
        sheet = string.Empty;
        column = 0;
        row = 0;
        var text = reference.Trim();
        if (text.StartsWith("=", StringComparison.Ordinal))
        {
            text = text.Substring(1);
        }

        int bang;
        if (text.StartsWith("'", StringComparison.Ordinal))
        {
            var name = new StringBuilder();
            var i = 1;
            while (i < text.Length)
            {
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        name.Append('\'');
                        i += 2;
                        continue;
                    }

                    break;
                }

                name.Append(text[i++]);
            }

            sheet = name.ToString();
            bang = i + 1;
        }
        else
        {
            bang = text.IndexOf('!');
            if (bang < 0)
            {
                return false;
            }

            sheet = text.Substring(0, bang);
        }

        if (bang >= text.Length || text[bang] != '!')
        {
            return false;
        }

        var cell = text.Substring(bang + 1);
        var colon = cell.IndexOf(':');
        if (colon >= 0)
        {
            cell = cell.Substring(0, colon);
        }

        return CellReference.TryParse(cell, out column, out row) && row > 0;
    }

    public void Dispose()
    {
        sharedReader?.Dispose();
        sharedStream?.Dispose();
        document.Dispose();
    }

    private static bool Is(XmlReader reader, string localName) => reader.NodeType == XmlNodeType.Element && reader.LocalName == localName;

    /// <summary>Reads the text of a rich or plain string (<c>si</c> or <c>is</c>): its <c>t</c> elements, phonetic runs left out.</summary>
    /// <remarks>Leaves the reader on the item's closing tag.</remarks>
    private static string ReadStringItem(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        var inText = false;
        var inPhonetic = false;
        string? single = null;
        StringBuilder? builder = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.LocalName == "rPh" && !reader.IsEmptyElement)
                    {
                        inPhonetic = true;
                    }
                    else if (reader.LocalName == "t" && !reader.IsEmptyElement && !inPhonetic)
                    {
                        inText = true;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    if (inText)
                    {
                        if (single is null && builder is null)
                        {
                            single = reader.Value;
                        }
                        else
                        {
                            builder ??= new StringBuilder(single);
                            builder.Append(reader.Value);
                        }
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == depth)
                    {
                        return builder?.ToString() ?? single ?? string.Empty;
                    }

                    if (reader.LocalName == "t")
                    {
                        inText = false;
                    }
                    else if (reader.LocalName == "rPh")
                    {
                        inPhonetic = false;
                    }

                    break;
            }
        }

        return builder?.ToString() ?? single ?? string.Empty;
    }

    private static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    });

    /// <summary>Gets a shared string, reading the table only as far as needed.</summary>
    /// <remarks>
    /// Programs write the strings in order of first use, so the answer sheets' strings come early and long texts
    /// further on (descriptors, the embedded rubric) are often never read at all.
    /// </remarks>
    private string? SharedString(int index)
    {
        if (sharedStrings is null)
        {
            sharedStrings = new List<string>();
            if (document.WorkbookPart?.SharedStringTablePart is { } part)
            {
                sharedStream = part.GetStream(FileMode.Open, FileAccess.Read);
                sharedReader = CreateReader(sharedStream);
            }
        }

        while (index >= sharedStrings.Count && sharedReader is not null)
        {
            if (!sharedReader.Read())
            {
                sharedReader.Dispose();
                sharedReader = null;
                break;
            }

            if (Is(sharedReader, "si"))
            {
                sharedStrings.Add(ReadStringItem(sharedReader));
            }
        }

        return index < sharedStrings.Count ? sharedStrings[index] : null;
    }

    private SheetCells ReadSheet(string name, Stream stream)
    {
        var cells = new SheetCells(name);
        using var reader = CreateReader(stream);
        uint row = 0;
        var nextColumn = 1;
        var rows = 0;
        var cellsInRow = 0;
        while (reader.Read())
        {
            if (Is(reader, "row"))
            {
                row = uint.TryParse(reader.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                nextColumn = 1;
                cellsInRow = 0;
                if (++rows > limits.MaxRows)
                {
                    throw new WorkbookLimitException("WBK072", Phrase.Of("diag.WBK072", limits.MaxRows), $"{name}!A{row.ToString(CultureInfo.InvariantCulture)}", Phrase.Of("hint.limit-raise", WorkbookLimits.RowsVariable));
                }
            }
            else if (Is(reader, "c"))
            {
                if (++cellsInRow > limits.MaxCellsPerRow)
                {
                    throw new WorkbookLimitException("WBK073", Phrase.Of("diag.WBK073", limits.MaxCellsPerRow), $"{name}!{reader.GetAttribute("r") ?? "A" + row.ToString(CultureInfo.InvariantCulture)}", Phrase.Of("hint.limit-raise", WorkbookLimits.CellsVariable));
                }

                var reference = reader.GetAttribute("r");
                int column;
                if (CellReference.TryParse(reference, out column, out var cellRow) && cellRow > 0)
                {
                    row = cellRow;
                }
                else
                {
                    column = nextColumn;
                }

                nextColumn = column + 1;
                var type = reader.GetAttribute("t");
                var text = ReadCell(reader, type, out var formula);
                if (!string.IsNullOrEmpty(text))
                {
                    cells.Set(column, row, text!);
                }
                else if (formula)
                {
                    cells.SetUncalculated(column, row);
                }
            }
            else if ((Is(reader, "sheetData") && reader.IsEmptyElement) || (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "sheetData"))
            {
                // Validations, formatting and drawings follow the cells: nothing to read there.
                break;
            }
        }

        return cells;
    }

    private string? ReadCell(XmlReader reader, string? type, out bool formula)
    {
        formula = false;
        if (reader.IsEmptyElement)
        {
            return null;
        }

        var depth = reader.Depth;
        string? value = null;
        string? inline = null;
        var inValue = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                if (reader.LocalName == "v" && !reader.IsEmptyElement)
                {
                    inValue = true;
                }
                else if (reader.LocalName == "is")
                {
                    inline = ReadStringItem(reader);
                }
                else if (reader.LocalName == "f")
                {
                    formula = true;
                }
            }
            else if (inValue && reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
            {
                value = value is null ? reader.Value : value + reader.Value;
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == depth)
                {
                    break;
                }

                if (reader.LocalName == "v")
                {
                    inValue = false;
                }
            }
        }

        switch (type)
        {
            case "s":
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? SharedString(index) : null;
            case "inlineStr":
                return inline ?? value;
            case "b":
                return value == "1" ? "TRUE" : value == "0" ? "FALSE" : value;
            case "str":
            case "e":
                return value;
            default:
                return value is null ? inline : NumberText(value);
        }
    }

    /// <summary>Shows a stored number in its shortest exact form: <c>2</c>, <c>0.37</c>, not <c>2E0</c>.</summary>
    private static string NumberText(string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOf('E') < 0 ? text : number.ToString("0.#############################", CultureInfo.InvariantCulture);
    }
}
