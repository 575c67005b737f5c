using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>The cell styles our workbooks use, named for what they mark; a <see cref="StyleRegistry"/> gives them their indices.</summary>
internal static class WorkbookStyles
{
    private const string Blue = "FF1F4E78";
    private const string Green = "FF375623";
    private const string AnswerYellow = "FFFFF2CC";
    private const string SectionBlue = "FFDDEBF7";
    private const string TextGrey = "FF595959";

    private static readonly FontStyle Small = new(10, Italic: true, Color: TextGrey);

    /// <summary>A cell nobody styled.</summary>
    public static readonly CellStyle Default = CellStyle.Default;

    /// <summary>A sheet's title.</summary>
    public static readonly CellStyle Title = new() { Font = new FontStyle(14, Bold: true, Color: Blue), Vertical = "center" };

    /// <summary>A column header: white on blue, wrapped.</summary>
    public static readonly CellStyle Header = new() { Font = new FontStyle(Bold: true, Color: "FFFFFFFF"), Fill = Blue, Bordered = true, Vertical = "center", Wrap = true };

    /// <summary>The header of a practice column: white on green.</summary>
    public static readonly CellStyle HeaderPractice = Header with { Fill = Green };

    /// <summary>A text people read but do not change.</summary>
    public static readonly CellStyle Locked = new() { Bordered = true, Vertical = "top", Wrap = true };

    /// <summary>A centred text people read but do not change.</summary>
    public static readonly CellStyle LockedCentered = new() { Bordered = true, Horizontal = "center", Vertical = "top" };

    /// <summary>An answer cell: yellow, unlocked.</summary>
    public static readonly CellStyle Input = new() { Fill = AnswerYellow, Bordered = true, Vertical = "top", Wrap = true, Locked = false };

    /// <summary>A centred answer cell (level, confidence).</summary>
    public static readonly CellStyle InputCentered = new() { Fill = AnswerYellow, Bordered = true, Horizontal = "center", Vertical = "top", Locked = false };

    /// <summary>The band of a dimension, and totals.</summary>
    public static readonly CellStyle Section = new() { Font = new FontStyle(Bold: true), Fill = SectionBlue, Bordered = true, Vertical = "center" };

    /// <summary>A subheading of the instructions.</summary>
    public static readonly CellStyle Subheading = new() { Font = new FontStyle(Bold: true), Fill = SectionBlue, Vertical = "top" };

    /// <summary>A column key of the hidden key row.</summary>
    public static readonly CellStyle Key = new() { Font = new FontStyle(9, Color: "FF808080") };

    /// <summary>A share, as a whole percentage.</summary>
    public static readonly CellStyle Percent = new() { Bordered = true, NumberFormat = "0%", Horizontal = "center" };

    /// <summary>A score on 0-100, with one decimal.</summary>
    public static readonly CellStyle Score = new() { Bordered = true, NumberFormat = "0.0", Horizontal = "center" };

    /// <summary>A count.</summary>
    public static readonly CellStyle Integer = new() { Bordered = true, NumberFormat = "0", Horizontal = "center" };

    /// <summary>A paragraph.</summary>
    public static readonly CellStyle Wrapped = new() { Vertical = "top", Wrap = true };

    /// <summary>A label in bold.</summary>
    public static readonly CellStyle Bold = new() { Font = new FontStyle(Bold: true), Vertical = "top" };

    /// <summary>A remark in small grey italics.</summary>
    public static readonly CellStyle Subtle = new() { Font = Small, Vertical = "top", Wrap = true };

    /// <summary>A value the workbook works out (not typed).</summary>
    public static readonly CellStyle Derived = new() { Font = Small, Fill = "FFF2F2F2", Bordered = true, Vertical = "top", Wrap = true };

    /// <summary>A cell without a value: not asked, not applicable, insufficient data.</summary>
    public static readonly CellStyle Missing = new() { Font = Small, Fill = "FFD9D9D9", Bordered = true, Horizontal = "center", Vertical = "center", Wrap = true };

    /// <summary>A link.</summary>
    public static readonly CellStyle Link = new() { Font = new FontStyle(Color: "FF0563C1"), Vertical = "top" };

    /// <summary>A note under a title.</summary>
    public static readonly CellStyle Note = new() { Font = Small };

    /// <summary>Tints a level cell not yet answered.</summary>
    public static readonly DifferentialStyle Unanswered = new("FFFCE4D6");
}
