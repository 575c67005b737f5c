using Coherence.Localization;
using Coherence.Scoring;
using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>The cell styles our workbooks use, named for what they mark; a <see cref="StyleRegistry"/> gives them their indices.</summary>
internal static class WorkbookStyles
{
    private static readonly FontStyle Small = new(10, Italic: true, Color: WorkbookColors.Muted);

    /// <summary>A cell nobody styled.</summary>
    public static readonly CellStyle Default = CellStyle.Default;

    /// <summary>A sheet's title.</summary>
    public static readonly CellStyle Title = new() { Font = new FontStyle(14, Bold: true, Color: WorkbookColors.Accent), Vertical = "center" };

    /// <summary>A column header: white on the accent colour, wrapped.</summary>
    public static readonly CellStyle Header = new() { Font = new FontStyle(Bold: true, Color: WorkbookColors.White), Fill = WorkbookColors.Accent, Bordered = true, Vertical = "center", Wrap = true };

    /// <summary>The header of a law column: white on law's blue.</summary>
    public static readonly CellStyle HeaderLaw = Header with { Fill = WorkbookColors.Law };

    /// <summary>The header of a practice column: dark text on practice's orange (white on orange would not read).</summary>
    public static readonly CellStyle HeaderPractice = Header with { Font = new FontStyle(Bold: true, Color: WorkbookColors.Ink), Fill = WorkbookColors.Practice };

    /// <summary>A header that alternates with <see cref="Header"/> to tell neighbouring column groups apart (not a facet).</summary>
    public static readonly CellStyle HeaderAlternate = Header with { Fill = WorkbookColors.Muted };

    /// <summary>Gets the header style of a facet's columns: law's blue, practice's orange, else the accent.</summary>
    public static CellStyle FacetHeader(string facetId) => facetId switch
    {
        Model.Facet.Law => HeaderLaw,
        Model.Facet.Practice => HeaderPractice,
        _ => Header,
    };

    /// <summary>A text people read but do not change.</summary>
    public static readonly CellStyle Locked = new() { Bordered = true, Vertical = "top", Wrap = true };

    /// <summary>A centred text people read but do not change.</summary>
    public static readonly CellStyle LockedCentered = new() { Bordered = true, Horizontal = "center", Vertical = "top" };

    /// <summary>An answer cell: yellow, unlocked.</summary>
    public static readonly CellStyle Input = new() { Fill = WorkbookColors.Input, Bordered = true, Vertical = "top", Wrap = true, Locked = false };

    /// <summary>A centred answer cell (level, confidence).</summary>
    public static readonly CellStyle InputCentered = new() { Fill = WorkbookColors.Input, Bordered = true, Horizontal = "center", Vertical = "top", Locked = false };

    /// <summary>The band of a dimension, and totals.</summary>
    public static readonly CellStyle Section = new() { Font = new FontStyle(Bold: true), Fill = WorkbookColors.Band, Bordered = true, Vertical = "center" };

    /// <summary>A subheading of the instructions.</summary>
    public static readonly CellStyle Subheading = new() { Font = new FontStyle(Bold: true), Fill = WorkbookColors.Band, Vertical = "top" };

    /// <summary>A column key of the hidden key row.</summary>
    public static readonly CellStyle Key = new() { Font = new FontStyle(9, Color: WorkbookColors.Muted) };

    /// <summary>A share, as a whole percentage.</summary>
    public static readonly CellStyle Percent = new() { Bordered = true, NumberFormat = "0%", Horizontal = "center" };

    /// <summary>A score on 0-100, with one decimal.</summary>
    public static readonly CellStyle Score = new() { Bordered = true, NumberFormat = "0.0", Horizontal = "center" };

    /// <summary>Gets a score cell filled with its class's colour from the palette.</summary>
    /// <param name="gapClass">The cell's class.</param>
    /// <returns>The style.</returns>
    public static CellStyle ScoreIn(GapClass gapClass) => Score with { Fill = Palette.Argb(Palette.ClassFill(gapClass)) };

    /// <summary>Gets a legend cell that names a class on its colour.</summary>
    /// <param name="gapClass">The class.</param>
    /// <returns>The style.</returns>
    public static CellStyle ClassTag(GapClass gapClass) => new() { Font = new FontStyle(9), Fill = Palette.Argb(Palette.ClassFill(gapClass)), Bordered = true, Horizontal = "center", Vertical = "center", Wrap = true };

    /// <summary>A count.</summary>
    public static readonly CellStyle Integer = new() { Bordered = true, NumberFormat = "0", Horizontal = "center" };

    /// <summary>A paragraph.</summary>
    public static readonly CellStyle Wrapped = new() { Vertical = "top", Wrap = true };

    /// <summary>A label in bold.</summary>
    public static readonly CellStyle Bold = new() { Font = new FontStyle(Bold: true), Vertical = "top" };

    /// <summary>A remark in small grey italics.</summary>
    public static readonly CellStyle Subtle = new() { Font = Small, Vertical = "top", Wrap = true };

    /// <summary>A value the workbook works out (not typed).</summary>
    public static readonly CellStyle Derived = new() { Font = Small, Fill = WorkbookColors.Band, Bordered = true, Vertical = "top", Wrap = true };

    /// <summary>A cell without a value: not asked, not applicable, insufficient data.</summary>
    public static readonly CellStyle Missing = new() { Font = Small, Fill = WorkbookColors.Missing, Bordered = true, Horizontal = "center", Vertical = "center", Wrap = true };

    /// <summary>A link.</summary>
    public static readonly CellStyle Link = new() { Font = new FontStyle(Color: WorkbookColors.Law), Vertical = "top" };

    /// <summary>A note under a title.</summary>
    public static readonly CellStyle Note = new() { Font = Small };

    /// <summary>Tints a level cell not yet answered.</summary>
    public static readonly DifferentialStyle Unanswered = new(WorkbookColors.Unanswered);
}
