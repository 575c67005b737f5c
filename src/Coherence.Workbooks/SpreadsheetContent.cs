using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.IO.Compression;
using Coherence.Localization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>The cell texts of a workbook, read without styles or formulas; sheets are read when first asked for.</summary>
/// <remarks>
/// The package is opened as a zip archive and its parts found as the Open Packaging Conventions say: the package
/// relationships name the workbook part (or, failing them, <c>[Content_Types].xml</c> does), and the workbook's
/// relationships name its sheets and shared-strings table. Sheet XML is streamed with an <see cref="XmlReader"/>; a
/// cell that holds a shared string keeps its index until the text is asked for, so columns nobody reads (questions,
/// level texts) cost no decoding. Whatever program saved the file, cells come back as the text they show: shared or
/// inline strings, formula results, and numbers in invariant form.
/// </remarks>
internal sealed class SpreadsheetContent : IDisposable
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private readonly ZipArchive zip;
    private readonly WorkbookLimits limits;
    private readonly Dictionary<string, ZipArchiveEntry> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, (string Type, string Part)> relationships = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SheetCells?> loaded = new(StringComparer.OrdinalIgnoreCase);
    private readonly string? sharedStringsPart;
    private SharedStringIndex? sharedStrings;

    private SpreadsheetContent(ZipArchive zip, WorkbookLimits limits)
    {
        this.zip = zip;
        this.limits = limits;
        foreach (var entry in zip.Entries)
        {
            var name = entry.FullName.TrimStart('/');
            if (!entries.ContainsKey(name))
            {
                entries.Add(name, entry);
            }
        }

        var workbookPart = WorkbookPartName() ?? throw new InvalidDataException("the package has no workbook part");
        foreach (var (id, type, part) in Relationships(workbookPart))
        {
            if (!relationships.ContainsKey(id))
            {
                relationships.Add(id, (type, part));
            }

            if (sharedStringsPart is null && type.EndsWith("/sharedStrings", StringComparison.Ordinal))
            {
                sharedStringsPart = part;
            }
        }

        var sheets = new List<SheetInfo>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using (var stream = OpenPart(workbookPart) ?? throw new InvalidDataException("the package has no workbook part"))
        using (var reader = CreateReader(stream))
        {
            if (!reader.Read() || reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "workbook")
            {
                throw new InvalidDataException("the main part is not a workbook");
            }

            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                {
                    var name = reader.GetAttribute("name");
                    string? relationship = null;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("relationships", StringComparison.Ordinal))
                            {
                                relationship = reader.Value;
                            }
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    if (name is not null)
                    {
                        sheets.Add(new SheetInfo(name, relationship, State(reader.GetAttribute("state"))));
                    }

                    reader.Read();
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "definedName")
                {
                    var key = reader.GetAttribute("name");
                    var local = reader.GetAttribute("localSheetId");
                    var text = reader.ReadElementContentAsString();
                    if (key is not null && local is null && !names.ContainsKey(key))
                    {
                        names.Add(key, text);
                    }
                }
                else
                {
                    reader.Read();
                }
            }
        }

        Sheets = sheets;
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
    public static SpreadsheetContent Open(Stream stream, WorkbookLimits limits) => Open(new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false), limits, check: false);

    /// <summary>Opens a workbook's bytes after checking its entries against the limits (<see cref="PackageCheck"/>), reading the zip directory once.</summary>
    /// <exception cref="WorkbookLimitException">An entry is refused.</exception>
    /// <exception cref="Exception">The bytes are not a readable workbook package; callers turn that into a diagnostic.</exception>
    public static SpreadsheetContent OpenChecked(byte[] bytes, int length, WorkbookLimits limits) =>
        Open(new ZipArchive(new MemoryStream(bytes, 0, length, writable: false), ZipArchiveMode.Read, leaveOpen: false), limits, check: true);

    private static SpreadsheetContent Open(ZipArchive zip, WorkbookLimits limits, bool check)
    {
        try
        {
            if (check)
            {
                PackageCheck.Check(zip, limits);
            }

            return new SpreadsheetContent(zip, limits);
        }
        catch
        {
            zip.Dispose();
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
        if (info?.RelationshipId is { } id && relationships.TryGetValue(id, out var target) && target.Type.EndsWith("/worksheet", StringComparison.Ordinal) &&
            entries.TryGetValue(target.Part, out var entry))
        {
            cells = ReadSheet(info.Name, entry);
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

    /// <inheritdoc/>
    public void Dispose()
    {
        sharedStrings?.Dispose();
        zip.Dispose();
    }

    private static SheetStateValues? State(string? state) => state switch
    {
        null => null,
        "hidden" => SheetStateValues.Hidden,
        "veryHidden" => SheetStateValues.VeryHidden,
        _ => SheetStateValues.Visible,
    };

    // The workbook part: the package's officeDocument relationship, or the content type of the main part.
    private string? WorkbookPartName()
    {
        foreach (var (_, type, part) in Relationships(string.Empty))
        {
            if (type.EndsWith("/officeDocument", StringComparison.Ordinal) && entries.ContainsKey(part))
            {
                return part;
            }
        }

        if (OpenPart("[Content_Types].xml") is not { } stream)
        {
            return null;
        }

        // The main part's content type is given by an override of its name, or by default for its extension (the Open
        // XML SDK writes it so), in which case it is the one part of that extension without an override.
        var overridden = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? byExtension = null;
        using (stream)
        using (var reader = CreateReader(stream))
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "Override" && reader.GetAttribute("PartName") is { } name)
                {
                    var part = PartName(string.Empty, name);
                    if (reader.GetAttribute("ContentType") == MainContentType && entries.ContainsKey(part))
                    {
                        return part;
                    }

                    overridden.Add(part);
                }
                else if (reader.LocalName == "Default" && reader.GetAttribute("ContentType") == MainContentType)
                {
                    byExtension = reader.GetAttribute("Extension");
                }
            }
        }

        return byExtension is null ? null : entries.Keys.FirstOrDefault(name =>
            name.EndsWith("." + byExtension, StringComparison.OrdinalIgnoreCase) && !overridden.Contains(name) && name != "[Content_Types].xml");
    }

    // The relationships of a part (the package's for an empty name): id, type and the target part's name.
    private IEnumerable<(string Id, string Type, string Part)> Relationships(string part)
    {
        var slash = part.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : part.Substring(0, slash + 1);
        var file = slash < 0 ? part : part.Substring(slash + 1);
        var found = new List<(string, string, string)>();
        if (OpenPart(folder + "_rels/" + file + ".rels") is not { } stream)
        {
            return found;
        }

        using (stream)
        using (var reader = CreateReader(stream))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.GetAttribute("TargetMode") != "External" &&
                    reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } target)
                {
                    found.Add((id, type, PartName(folder, target)));
                }
            }
        }

        return found;
    }

    // A relationship target as a zip entry name: absolute from the package root, or relative to the source's folder.
    private static string PartName(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith("/", StringComparison.Ordinal) ? path : folder + path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join("/", segments);
    }

    private Stream? OpenPart(string name) => entries.TryGetValue(name, out var entry) ? entry.Open() : null;

    private static bool Is(XmlReader reader, string localName) => reader.NodeType == XmlNodeType.Element && reader.LocalName == localName;

    /// <summary>Reads the text of a rich or plain string (<c>si</c> or <c>is</c>): its <c>t</c> elements, phonetic runs left out.</summary>
    /// <remarks>Leaves the reader on the item's closing tag.</remarks>
    internal static string ReadStringItem(XmlReader reader)
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
                        return SharedStringIndex.Unescape(builder?.ToString() ?? single ?? string.Empty);
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

        return SharedStringIndex.Unescape(builder?.ToString() ?? single ?? string.Empty);
    }

    internal static XmlReader CreateReader(Stream stream) => XmlReader.Create(stream, new XmlReaderSettings
    {
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        CloseInput = false,
    });

    // The shared-strings table, opened when a cell first needs it.
    private SharedStringIndex SharedStrings() =>
        sharedStrings ??= sharedStringsPart is not null && entries.TryGetValue(sharedStringsPart, out var entry)
            ? new SharedStringIndex(entry.Open(), entry.Length)
            : new SharedStringIndex(null);

    // Inflates a sheet into a pooled buffer and scans its bytes; a sheet in UTF-16 (no spreadsheet program writes one) is parsed as XML.
    private SheetCells ReadSheet(string name, ZipArchiveEntry entry)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(entry.Length + 1, 4096), int.MaxValue / 2));
        try
        {
            var length = 0;
            using (var stream = entry.Open())
            {
                int n;
                while ((n = stream.Read(buffer, length, buffer.Length - length)) > 0)
                {
                    length += n;
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                }
            }

            if (XmlBytes.LooksUtf16(buffer, length))
            {
                using var stream = new MemoryStream(buffer, 0, length, writable: false);
                return ReadSheet(name, stream);
            }

            var cells = new SheetCells(name, SharedStrings);
            new SheetScanner(buffer, length, name, cells, limits).Run();
            return cells;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private SheetCells ReadSheet(string name, Stream stream)
    {
        var cells = new SheetCells(name, SharedStrings);
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
                var text = ReadCell(reader, type, out var formula, out var shared);
                if (shared >= 0)
                {
                    cells.SetShared(column, row, shared);
                }
                else if (!string.IsNullOrEmpty(text))
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

    private static string? ReadCell(XmlReader reader, string? type, out bool formula, out int shared)
    {
        formula = false;
        shared = -1;
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
                // Resolved when the cell is read: most shared strings of a sheet are texts nobody asks for.
                shared = int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : -1;
                return null;
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
    internal static string NumberText(string value)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value;
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOf('E') < 0 ? text : number.ToString("0.#############################", CultureInfo.InvariantCulture);
    }
}
