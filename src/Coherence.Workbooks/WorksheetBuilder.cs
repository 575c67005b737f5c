using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using StyleRegistry = Coherence.Workbooks.Styles.StyleRegistry;

namespace Coherence.Workbooks;

/// <summary>Collects the cells, columns and settings of one worksheet, then builds it in the order the schema wants.</summary>
internal sealed class WorksheetBuilder
{
    private readonly SharedStrings strings;
    private readonly StyleRegistry styles;
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize };
    private readonly SortedDictionary<uint, SortedDictionary<int, SheetCell>> rows = new();
    private readonly Dictionary<uint, (double? Height, bool Hidden)> rowSettings = new();
    private readonly SortedDictionary<int, (double Width, bool Hidden)> columns = new();
    private readonly List<string> merges = new();

    public WorksheetBuilder(SharedStrings strings, StyleRegistry styles)
    {
        this.strings = strings;
        this.styles = styles;
    }

    public List<DataValidation> Validations { get; } = new();

    public List<ConditionalFormatting> ConditionalFormats { get; } = new();

    /// <summary>Gets or sets how many columns stay in view when scrolling right.</summary>
    public int FrozenColumns { get; set; }

    /// <summary>Gets or sets how many rows stay in view when scrolling down.</summary>
    public uint FrozenRows { get; set; }

    /// <summary>Gets or sets the protection, or <see langword="null"/> for an unprotected sheet.</summary>
    public SheetProtection? Protection { get; set; }

    /// <summary>Gets or sets the tab colour (ARGB hex), or <see langword="null"/>.</summary>
    public string? TabColor { get; set; }

    /// <summary>Gets or sets whether the sheet is the one shown on opening.</summary>
    public bool Selected { get; set; }

    /// <summary>Gets or sets the range of an auto-filter on the sheet itself (not a table), or <see langword="null"/>.</summary>
    public string? AutoFilter { get; set; }

    public uint LastRow => rows.Count == 0 ? 0 : rows.Keys.Last();

    /// <summary>Gets or sets the paper the sheet is laid out to print on.</summary>
    public Paper Paper { get; set; } = Paper.Letter;

    /// <summary>Gets the rows that start a new printed page (a dimension's band, say).</summary>
    public SortedSet<uint> PageBreaksBefore { get; } = new();

    /// <summary>Gets or sets how many columns, from the left, print; <see langword="null"/> for all.</summary>
    /// <remarks>The writer that sets it also names the print area; the page layout is worked out for these columns only.</remarks>
    public int? PrintedColumns { get; set; }

    /// <summary>Gets or sets how the sheet prints, when its writer knows better than the columns' widths tell; else <see langword="null"/>.</summary>
    public PrintLayout? PrintAs { get; set; }

    /// <summary>Gets or sets the page header (Open XML header codes such as <c>&amp;L</c>, <c>&amp;R</c>), or <see langword="null"/> for none.</summary>
    public string? PageHeader { get; set; }

    /// <summary>Gets or sets the page footer: by default the sheet's name and <i>page / pages</i>.</summary>
    public string PageFooter { get; set; } = "&L&10&A&R&10&P / &N";

    /// <summary>Gets how the sheet prints, from its columns' widths and the paper.</summary>
    public PrintLayout Print => PrintAs ?? PrintLayout.For(columns.Where(c => !c.Value.Hidden && (PrintedColumns is not { } n || c.Key <= n)).Select(c => c.Value.Width), Paper);

    /// <summary>Gets the height a row was given, or the height of one line.</summary>
    public double RowHeight(uint row) => rowSettings.TryGetValue(row, out var s) && s.Height is { } h ? h : RowHeights.OneLine;

    public void Width(int column, double width, bool hidden = false) => columns[column] = (width, hidden);

    public void Height(uint row, double height) => rowSettings[row] = (height, rowSettings.TryGetValue(row, out var s) && s.Hidden);

    public void Hide(uint row) => rowSettings[row] = (rowSettings.TryGetValue(row, out var s) ? s.Height : null, true);

    public void Merge(int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        merges.Add(CellReference.Of(firstColumn, firstRow) + ":" + CellReference.Of(lastColumn, lastRow));

    /// <summary>Writes a text cell; a null or empty text writes a styled blank cell.</summary>
    /// <remarks>
    /// A text that carries a country's holes (<see cref="WorkbookHoles"/>) is written in its cell (<c>t="inlineStr"</c>),
    /// so that the shared strings stay the same for every workbook of a batch.
    /// </remarks>
    public void Text(int column, uint row, string? text, CellStyle? style = null) =>
        Put(column, row, string.IsNullOrEmpty(text)
            ? new SheetCell(StyleOf(style), null, null, null)
            : WorkbookHoles.IsIn(text!)
                ? new SheetCell(StyleOf(style), "inlineStr", SharedStrings.Clean(text!), null)
                : new SheetCell(StyleOf(style), "s", strings.IndexOf(text!).ToString(CultureInfo.InvariantCulture), null));

    public void Number(int column, uint row, double? value, CellStyle? style = null) =>
        Put(column, row, new SheetCell(StyleOf(style), null, value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : null, null));

    /// <summary>Writes a formula with the value it has now, so that readers that do not recalculate still see it.</summary>
    public void Formula(int column, uint row, string formula, object? cached, CellStyle? style = null)
    {
        var cell = cached switch
        {
            string text => new SheetCell(StyleOf(style), "str", SharedStrings.Clean(text), formula),
            double number => new SheetCell(StyleOf(style), null, number.ToString("R", CultureInfo.InvariantCulture), formula),
            int whole => new SheetCell(StyleOf(style), null, whole.ToString(CultureInfo.InvariantCulture), formula),
            _ => new SheetCell(StyleOf(style), null, null, formula),
        };
        Put(column, row, cell);
    }

    /// <summary>Builds the worksheet; extra elements (drawing, table parts) go at the end in the order given.</summary>
    public Worksheet Build(params OpenXmlElement[] trailing)
    {
        var worksheet = new Worksheet();
        foreach (var element in Head())
        {
            worksheet.Append(element);
        }

        var data = new SheetData();
        foreach (var index in RowIndexes())
        {
            var row = new Row { RowIndex = index };
            if (rowSettings.TryGetValue(index, out var settings))
            {
                if (settings.Height is { } height)
                {
                    row.Height = height;
                    row.CustomHeight = true;
                }

                if (settings.Hidden)
                {
                    row.Hidden = true;
                }
            }

            if (rows.TryGetValue(index, out var cells))
            {
                foreach (var pair in cells)
                {
                    row.Append(pair.Value.ToCell(CellReference.Of(pair.Key, index)));
                }
            }

            data.Append(row);
        }

        worksheet.Append(data);
        foreach (var element in Tail(trailing))
        {
            worksheet.Append(element);
        }

        return worksheet;
    }

    /// <summary>Writes the worksheet into its part as it goes, with the same content as <see cref="Build"/>, without a document tree of its cells.</summary>
    /// <remarks>Long sheets (a rubric's answer sheets, its descriptors) cost a fraction of building and saving their tree.</remarks>
    public void Save(WorksheetPart part, params OpenXmlElement[] trailing)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, XmlSettings);
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        writer.WriteStartDocument(true);
        writer.WriteStartElement("x", "worksheet", Main);
        writer.WriteAttributeString("xmlns", "r", null, "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        foreach (var element in Head())
        {
            element.WriteTo(writer);
        }

        writer.WriteStartElement("x", "sheetData", Main);
        foreach (var index in RowIndexes())
        {
            var number = index.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement("x", "row", Main);
            writer.WriteAttributeString("r", number);
            if (rowSettings.TryGetValue(index, out var settings))
            {
                if (settings.Height is { } height)
                {
                    writer.WriteAttributeString("ht", height.ToString("R", CultureInfo.InvariantCulture));
                }

                if (settings.Hidden)
                {
                    writer.WriteAttributeString("hidden", "1");
                }

                if (settings.Height is not null)
                {
                    writer.WriteAttributeString("customHeight", "1");
                }
            }

            if (rows.TryGetValue(index, out var cells))
            {
                foreach (var pair in cells)
                {
                    var cell = pair.Value;
                    writer.WriteStartElement("x", "c", Main);
                    writer.WriteAttributeString("r", CellReference.Of(pair.Key, index));
                    if (cell.Style != 0)
                    {
                        writer.WriteAttributeString("s", cell.Style.ToString(CultureInfo.InvariantCulture));
                    }

                    if (cell.Type is not null)
                    {
                        writer.WriteAttributeString("t", cell.Type);
                    }

                    if (cell.Formula is not null)
                    {
                        writer.WriteElementString("x", "f", Main, cell.Formula);
                    }

                    if (cell.Type == "inlineStr")
                    {
                        // Leading or trailing spaces may come with the texts filled in: kept either way.
                        writer.WriteStartElement("x", "is", Main);
                        writer.WriteStartElement("x", "t", Main);
                        writer.WriteAttributeString("xml", "space", null, "preserve");
                        writer.WriteString(cell.Value);
                        writer.WriteEndElement();
                        writer.WriteEndElement();
                    }
                    else if (cell.Value is not null)
                    {
                        writer.WriteElementString("x", "v", Main, cell.Value);
                    }

                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        foreach (var element in Tail(trailing))
        {
            element.WriteTo(writer);
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    // What comes before the cells, in the order the schema wants.
    private IEnumerable<OpenXmlElement> Head()
    {
        var properties = new SheetProperties();
        if (TabColor is not null)
        {
            properties.Append(new TabColor { Rgb = TabColor });
        }

        // Printing fits the columns on the page width only while text stays legible; see PrintLayout.
        var print = Print;
        if (print.FitToWidth)
        {
            properties.Append(new PageSetupProperties { FitToPage = true });
        }

        yield return properties;
        yield return new SheetViews(View());
        yield return new SheetFormatProperties { DefaultRowHeight = 15 };
        if (columns.Count > 0)
        {
            var cols = new Columns();
            foreach (var pair in columns)
            {
                cols.Append(new Column { Min = (uint)pair.Key, Max = (uint)pair.Key, Width = pair.Value.Width, CustomWidth = true, Hidden = pair.Value.Hidden ? true : null });
            }

            yield return cols;
        }
    }

    private SortedSet<uint> RowIndexes()
    {
        var indexes = new SortedSet<uint>(rows.Keys);
        indexes.UnionWith(rowSettings.Keys);
        return indexes;
    }

    // What comes after the cells, in the order the schema wants; extra elements (drawing, table parts) last.
    private IEnumerable<OpenXmlElement> Tail(OpenXmlElement[] trailing)
    {
        if (Protection is not null)
        {
            yield return Protection;
        }

        if (AutoFilter is not null)
        {
            yield return new AutoFilter { Reference = AutoFilter };
        }

        if (merges.Count > 0)
        {
            yield return new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count };
        }

        foreach (var format in ConditionalFormats)
        {
            yield return format;
        }

        if (Validations.Count > 0)
        {
            yield return new DataValidations(Validations) { Count = (uint)Validations.Count };
        }

        var print = Print;
        yield return new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 };
        yield return new PageSetup
        {
            PaperSize = PrintLayout.Code(Paper),
            Scale = print.Scale == 100 ? null : print.Scale,
            FitToWidth = print.FitToWidth ? 1u : null,
            FitToHeight = print.FitToWidth ? 0u : null,
            PageOrder = print.Wide ? PageOrderValues.OverThenDown : null,
            Orientation = print.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
        };
        // Every page says which sheet it comes from and where it sits: wide sheets print over several pages.
        var headerFooter = new HeaderFooter();
        if (PageHeader is not null)
        {
            headerFooter.Append(new OddHeader(PageHeader));
        }

        headerFooter.Append(new OddFooter(PageFooter));
        yield return headerFooter;
        var breaks = PageBreaksBefore.Where(r => r > 1).ToList();
        if (breaks.Count > 0)
        {
            // A break is stored after the last row of a page.
            yield return new RowBreaks(breaks.Select(r => new Break { Id = r - 1, Max = 16383, ManualPageBreak = true })) { Count = (uint)breaks.Count, ManualBreakCount = (uint)breaks.Count };
        }

        foreach (var element in trailing)
        {
            yield return element;
        }
    }

    private SheetView View()
    {
        var view = new SheetView { WorkbookViewId = 0, TabSelected = Selected ? true : null };
        if (FrozenColumns > 0 || FrozenRows > 0)
        {
            var topLeft = CellReference.Of(FrozenColumns + 1, FrozenRows + 1);
            var pane = FrozenColumns > 0 && FrozenRows > 0 ? PaneValues.BottomRight : FrozenRows > 0 ? PaneValues.BottomLeft : PaneValues.TopRight;
            view.Append(new Pane
            {
                HorizontalSplit = FrozenColumns > 0 ? FrozenColumns : null,
                VerticalSplit = FrozenRows > 0 ? FrozenRows : null,
                TopLeftCell = topLeft,
                ActivePane = pane,
                State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = pane, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        return view;
    }

    private uint StyleOf(CellStyle? style) => style is null ? 0 : styles.IndexOf(style);

    private void Put(int column, uint row, SheetCell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = new SortedDictionary<int, SheetCell>();
            rows.Add(row, cells);
        }

        cells[column] = cell;
    }

    /// <summary>A cell as it will be written: its style index, its type attribute, its value and its formula.</summary>
    private readonly struct SheetCell
    {
        public SheetCell(uint style, string? type, string? value, string? formula)
        {
            Style = style;
            Type = value is null && formula is null ? null : type;
            Value = value;
            Formula = formula;
        }

        public uint Style { get; }

        public string? Type { get; }

        public string? Value { get; }

        public string? Formula { get; }

        public Cell ToCell(string reference)
        {
            var cell = new Cell { CellReference = reference };
            if (Style != 0)
            {
                cell.StyleIndex = Style;
            }

            if (Type == "s")
            {
                cell.DataType = CellValues.SharedString;
            }
            else if (Type == "str")
            {
                cell.DataType = CellValues.String;
            }
            else if (Type == "inlineStr")
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(Value!) { Space = SpaceProcessingModeValues.Preserve });
                return cell;
            }

            if (Formula is not null)
            {
                cell.CellFormula = new CellFormula(Formula);
            }

            if (Value is not null)
            {
                cell.CellValue = new CellValue(Value);
            }

            return cell;
        }
    }
}
