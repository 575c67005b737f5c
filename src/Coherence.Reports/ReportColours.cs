using Coherence.Localization;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>The colours of the HTML reports as CSS writes them (<c>#0072b2</c>), all taken from <see cref="Palette"/>, so that reports, workbooks and charts agree.</summary>
/// <param name="Law">The colour of the law facet.</param>
/// <param name="Practice">The colour of the practice facet.</param>
/// <param name="Ink">The colour of body text.</param>
/// <param name="Muted">The colour of secondary text.</param>
/// <param name="Rule">The colour of rules and borders.</param>
/// <param name="Accent">The accent colour of headings.</param>
/// <param name="Missing">The fill of cells without a value.</param>
/// <param name="ImplementationGap">The light fill of the class implementation gap.</param>
/// <param name="ImplementationGapBorder">Its border.</param>
/// <param name="PracticeAhead">The light fill of the class practice ahead of law.</param>
/// <param name="PracticeAheadBorder">Its border.</param>
/// <param name="CoherentHigh">The light fill of the class coherent (high).</param>
/// <param name="CoherentHighBorder">Its border.</param>
/// <param name="CoherentLow">The light fill of the class coherent (low).</param>
/// <param name="CoherentLowBorder">Its border.</param>
public sealed record ReportColours(
    string Law,
    string Practice,
    string Ink,
    string Muted,
    string Rule,
    string Accent,
    string Missing,
    string ImplementationGap,
    string ImplementationGapBorder,
    string PracticeAhead,
    string PracticeAheadBorder,
    string CoherentHigh,
    string CoherentHighBorder,
    string CoherentLow,
    string CoherentLowBorder)
{
    /// <summary>Gets the colours of <see cref="Palette"/>.</summary>
    public static ReportColours Default { get; } = new(
        Palette.Css(Palette.Law),
        Palette.Css(Palette.Practice),
        Palette.Css(Palette.Ink),
        Palette.Css(Palette.Muted),
        Palette.Css(Palette.Rule),
        Palette.Css(Palette.Accent),
        Palette.Css(Palette.Missing),
        Palette.Css(Palette.ClassFill(GapClass.ImplementationGap)),
        Palette.Css(Palette.ClassBorder(GapClass.ImplementationGap)),
        Palette.Css(Palette.ClassFill(GapClass.PracticeAheadOfLaw)),
        Palette.Css(Palette.ClassBorder(GapClass.PracticeAheadOfLaw)),
        Palette.Css(Palette.ClassFill(GapClass.CoherentHigh)),
        Palette.Css(Palette.ClassBorder(GapClass.CoherentHigh)),
        Palette.Css(Palette.ClassFill(GapClass.CoherentLow)),
        Palette.Css(Palette.ClassBorder(GapClass.CoherentLow)));
}
