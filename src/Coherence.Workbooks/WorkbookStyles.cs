using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>The cell styles every workbook of ours uses, by index into the style sheet's cell formats.</summary>
internal static class WorkbookStyles
{
    public const uint Default = 0;
    public const uint Title = 1;
    public const uint Header = 2;
    public const uint Locked = 3;
    public const uint Input = 4;
    public const uint Section = 5;
    public const uint Key = 6;
    public const uint Percent = 7;
    public const uint Score = 8;
    public const uint Wrapped = 9;
    public const uint Bold = 10;
    public const uint Subtle = 11;
    public const uint Derived = 12;
    public const uint Missing = 13;
    public const uint Integer = 14;
    public const uint HeaderPractice = 15;
    public const uint Subheading = 16;
    public const uint LockedCentered = 17;
    public const uint InputCentered = 18;
    public const uint Link = 19;
    public const uint Note = 20;

    /// <summary>The differential format that marks an unanswered level cell.</summary>
    public const uint UnansweredFormat = 0;

    /// <summary>The differential format that greys out insufficient data.</summary>
    public const uint GreyFormat = 1;

    private const string Blue = "FF1F4E78";
    private const string Green = "FF375623";
    private const string BorderGrey = "FFBFBFBF";

    /// <summary>Builds the style sheet.</summary>
    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font(11, bold: false, color: null),
            Font(11, bold: true, color: null),
            Font(14, bold: true, color: Blue),
            Font(11, bold: true, color: "FFFFFFFF"),
            Font(9, bold: false, color: "FF808080"),
            Font(10, bold: false, color: "FF595959", italic: true),
            Font(11, bold: false, color: "FF0563C1"))
        { Count = 7 };
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(Blue),
            Solid("FFFFF2CC"),
            Solid("FFDDEBF7"),
            Solid("FFF2F2F2"),
            Solid("FFD9D9D9"),
            Solid(Green))
        { Count = 8 };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var numberFormats = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.0" }) { Count = 1 };
        var formats = new CellFormats(
            Format(0, 0, 0),
            Format(2, 0, 0, alignment: new Alignment { Vertical = VerticalAlignmentValues.Center }),
            Format(3, 2, 1, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }),
            Format(0, 0, 1, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }),
            Format(0, 3, 1, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }, locked: false),
            Format(1, 4, 1, alignment: new Alignment { Vertical = VerticalAlignmentValues.Center }),
            Format(4, 0, 0),
            Format(0, 0, 1, numberFormat: 9, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(0, 0, 1, numberFormat: 164, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(0, 0, 0, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }),
            Format(1, 0, 0, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Format(5, 0, 0, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }),
            Format(5, 5, 1, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }),
            Format(5, 6, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true }),
            Format(0, 0, 1, numberFormat: 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center }),
            Format(3, 7, 1, alignment: new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center }),
            Format(1, 4, 0, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Format(0, 0, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }),
            Format(0, 3, 1, alignment: new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Top }, locked: false),
            Format(6, 0, 0, alignment: new Alignment { Vertical = VerticalAlignmentValues.Top }),
            Format(5, 0, 0))
        { Count = 21 };
        var differential = new DifferentialFormats(
            new DifferentialFormat(new Fill(new PatternFill(new BackgroundColor { Rgb = "FFFCE4D6" }) { PatternType = PatternValues.Solid })),
            new DifferentialFormat(new Font(new Color { Rgb = "FF808080" }), new Fill(new PatternFill(new BackgroundColor { Rgb = "FFD9D9D9" }) { PatternType = PatternValues.Solid })))
        { Count = 2 };
        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            differential,
            new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
    }

    private static Font Font(double size, bool bold, string? color, bool italic = false)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        if (italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = size });
        font.Append(color is null ? new Color { Theme = 1 } : new Color { Rgb = color });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontScheme { Val = FontSchemeValues.Minor });
        return font;
    }

    private static Fill Solid(string rgb) =>
        new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Edge<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = BorderGrey } };

    private static CellFormat Format(uint font, uint fill, uint border, uint numberFormat = 0, Alignment? alignment = null, bool locked = true)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = numberFormat != 0 ? true : null,
        };
        if (alignment is not null)
        {
            format.ApplyAlignment = true;
            format.Append(alignment);
        }

        if (!locked)
        {
            format.ApplyProtection = true;
            format.Append(new Protection { Locked = false });
        }

        return format;
    }
}
