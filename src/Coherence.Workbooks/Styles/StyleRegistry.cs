using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks.Styles;

/// <summary>Gives each cell style the index of its cell format, adding the format (and its font, fill and border) the first time the style is used.</summary>
/// <remarks>
/// Styles are values: equal styles get one index, so writers name styles for what they mean and never count formats.
/// Index 0 is <see cref="CellStyle.Default"/>. Once <see cref="Build"/> has run, the style sheet is written and a style
/// not seen before is a bug: it throws, since its cells would point past the formats.
/// </remarks>
internal sealed class StyleRegistry
{
    private const string BorderGrey = "FFBFBFBF";

    // Built-in number formats that need no definition.
    private static readonly Dictionary<string, uint> BuiltIn = new(StringComparer.Ordinal) { ["0"] = 1, ["0.00"] = 2, ["0%"] = 9, ["0.00%"] = 10 };

    private readonly Dictionary<CellStyle, uint> formats = new();
    private readonly List<CellStyle> order = new();
    private readonly Dictionary<FontStyle, uint> fonts = new();
    private readonly List<string?> fills = new() { null, "gray125" };
    private readonly Dictionary<string, uint> numberFormats = new(StringComparer.Ordinal);
    private readonly Dictionary<DifferentialStyle, uint> differentials = new();
    private bool built;

    /// <summary>Initializes a new instance of the <see cref="StyleRegistry"/> class, with the default style at index 0.</summary>
    public StyleRegistry() => IndexOf(CellStyle.Default);

    /// <summary>Gets the index of a style's cell format, adding it when new.</summary>
    /// <exception cref="InvalidOperationException">The style is new and the style sheet has already been built.</exception>
    public uint IndexOf(CellStyle style)
    {
        if (formats.TryGetValue(style, out var index))
        {
            return index;
        }

        if (built)
        {
            throw new InvalidOperationException("a cell style was first used after the style sheet was written: register it before");
        }

        index = (uint)order.Count;
        formats.Add(style, index);
        order.Add(style);
        return index;
    }

    /// <summary>Gets the index of a conditional format's differential format, adding it when new.</summary>
    /// <exception cref="InvalidOperationException">The format is new and the style sheet has already been built.</exception>
    public uint IndexOf(DifferentialStyle style)
    {
        if (differentials.TryGetValue(style, out var index))
        {
            return index;
        }

        if (built)
        {
            throw new InvalidOperationException("a conditional format was first used after the style sheet was written");
        }

        index = (uint)differentials.Count;
        differentials.Add(style, index);
        return index;
    }

    /// <summary>Builds the style sheet of every style used so far.</summary>
    public Stylesheet Build()
    {
        built = true;
        var cellFormats = new CellFormats();
        foreach (var style in order)
        {
            cellFormats.Append(Format(style));
        }

        cellFormats.Count = (uint)order.Count;
        var fontList = new Fonts(fonts.OrderBy(f => f.Value).Select(f => Font(f.Key))) { Count = (uint)fonts.Count };
        var fillList = new Fills(fills.Select(Fill)) { Count = (uint)fills.Count };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Edge<LeftBorder>(), Edge<RightBorder>(), Edge<TopBorder>(), Edge<BottomBorder>(), new DiagonalBorder()))
        { Count = 2 };
        var stylesheet = new Stylesheet();
        if (numberFormats.Count > 0)
        {
            stylesheet.Append(new NumberingFormats(numberFormats.OrderBy(n => n.Value).Select(n => new NumberingFormat { NumberFormatId = n.Value, FormatCode = n.Key })) { Count = (uint)numberFormats.Count });
        }

        stylesheet.Append(fontList, fillList, borders);
        stylesheet.Append(new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });
        stylesheet.Append(cellFormats);
        stylesheet.Append(new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        stylesheet.Append(new DifferentialFormats(differentials.OrderBy(d => d.Value).Select(d => Differential(d.Key))) { Count = (uint)differentials.Count });
        stylesheet.Append(new TableStyles { Count = 0, DefaultTableStyle = "TableStyleMedium2", DefaultPivotStyle = "PivotStyleLight16" });
        return stylesheet;
    }

    private static Font Font(FontStyle style)
    {
        var font = new Font();
        if (style.Bold)
        {
            font.Append(new Bold());
        }

        if (style.Italic)
        {
            font.Append(new Italic());
        }

        font.Append(new FontSize { Val = style.Size });
        font.Append(style.Color is null ? new Color { Theme = 1 } : new Color { Rgb = style.Color });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        font.Append(new FontScheme { Val = FontSchemeValues.Minor });
        return font;
    }

    private static Fill Fill(string? rgb) => rgb switch
    {
        null => new Fill(new PatternFill { PatternType = PatternValues.None }),
        "gray125" => new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
        _ => new Fill(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
    };

    private static DifferentialFormat Differential(DifferentialStyle style)
    {
        var format = new DifferentialFormat();
        if (style.FontColor is { } color)
        {
            format.Append(new Font(new Color { Rgb = color }));
        }

        format.Append(new Fill(new PatternFill(new BackgroundColor { Rgb = style.Fill }) { PatternType = PatternValues.Solid }));
        return format;
    }

    private static T Edge<T>()
        where T : BorderPropertiesType, new() =>
        new() { Style = BorderStyleValues.Thin, Color = new Color { Rgb = BorderGrey } };

    private CellFormat Format(CellStyle style)
    {
        var font = FontIndex(style.Font);
        var fill = FillIndex(style.Fill);
        var border = style.Bordered ? 1u : 0u;
        var number = NumberFormatIndex(style.NumberFormat);
        var format = new CellFormat
        {
            NumberFormatId = number,
            FontId = font,
            FillId = fill,
            BorderId = border,
            FormatId = 0,
            ApplyFont = font != 0 ? true : null,
            ApplyFill = fill != 0 ? true : null,
            ApplyBorder = border != 0 ? true : null,
            ApplyNumberFormat = number != 0 ? true : null,
        };
        if (style.Horizontal is not null || style.Vertical is not null || style.Wrap)
        {
            var alignment = new Alignment();
            if (style.Horizontal is { } horizontal)
            {
                alignment.Horizontal = new EnumValue<HorizontalAlignmentValues> { InnerText = horizontal };
            }

            if (style.Vertical is { } vertical)
            {
                alignment.Vertical = new EnumValue<VerticalAlignmentValues> { InnerText = vertical };
            }

            if (style.Wrap)
            {
                alignment.WrapText = true;
            }

            format.ApplyAlignment = true;
            format.Append(alignment);
        }

        if (!style.Locked)
        {
            format.ApplyProtection = true;
            format.Append(new Protection { Locked = false });
        }

        return format;
    }

    private uint FontIndex(FontStyle font)
    {
        if (!fonts.TryGetValue(font, out var index))
        {
            // The default style's font comes first: it is font 0, the one every unstyled cell uses.
            index = (uint)fonts.Count;
            fonts.Add(font, index);
        }

        return index;
    }

    private uint FillIndex(string? rgb)
    {
        var index = fills.IndexOf(rgb);
        if (index < 0)
        {
            fills.Add(rgb);
            index = fills.Count - 1;
        }

        return (uint)index;
    }

    private uint NumberFormatIndex(string? code)
    {
        if (code is null)
        {
            return 0;
        }

        if (BuiltIn.TryGetValue(code, out var id))
        {
            return id;
        }

        if (!numberFormats.TryGetValue(code, out id))
        {
            id = 164 + (uint)numberFormats.Count;
            numberFormats.Add(code, id);
        }

        return id;
    }
}
