namespace Coherence.Reports;

/// <summary>One set of scores as a report shows it: the numbers (0-100, unformatted), whether they exist, why not, and how to colour them.</summary>
/// <param name="Status">
/// <c>scored</c>; <c>insufficient-data</c> (too little answered); <c>not-assessed</c> (nothing answered at all);
/// or <c>not-applicable</c>.
/// </param>
/// <param name="StatusName">The status in the report's language.</param>
/// <param name="Law">The law score, or <see langword="null"/>.</param>
/// <param name="Practice">The practice score, or <see langword="null"/>.</param>
/// <param name="NetGap">Law minus practice (positive when the law is ahead), or <see langword="null"/>.</param>
/// <param name="AbsoluteGap">The mean absolute gap, or <see langword="null"/>.</param>
/// <param name="Coherence">100 minus the absolute gap, or <see langword="null"/>.</param>
/// <param name="Value">The headline number: the coherence, or the single facet's score for one-facet rubrics.</param>
/// <param name="Coverage">The weighted share (0-1) of applicable items with complete data.</param>
/// <param name="Answered">How many applicable indicator cells have complete data.</param>
/// <param name="Applicable">How many indicator cells apply.</param>
/// <param name="Reason">Why there is no value, in the report's language, or <see langword="null"/>.</param>
/// <param name="Class">The gap class id (<c>implementation-gap</c>, ...), or <see langword="null"/>.</param>
/// <param name="ClassName">The gap class in the report's language, or <see langword="null"/>.</param>
/// <param name="Mark">A short mark of the class for heat-map cells: <c>L&gt;P</c>, <c>P&gt;L</c> or empty.</param>
/// <param name="Text">The value as a cell shows it: the number with one decimal, or a short word when there is none.</param>
/// <param name="Fill">
/// The heat-map background colour for <paramref name="Value"/> (<c>#rrggbb</c>); for coherence, the two high bands
/// are kept for cells whose law and practice are both high (class <c>coherent-high</c>), so that colour never praises
/// a country for having neither law nor practice.
/// </param>
/// <param name="Ink">The text colour that reads on <paramref name="Fill"/>.</param>
/// <param name="Level">
/// The joint level: the lower of law and practice, how far the law and its practice both go (the single facet's score for
/// one-facet rubrics), or <see langword="null"/>. Regional views rank on it, never on coherence alone.
/// </param>
public sealed record ScoreView(
    string Status,
    string StatusName,
    double? Law,
    double? Practice,
    double? NetGap,
    double? AbsoluteGap,
    double? Coherence,
    double? Value,
    double Coverage,
    int Answered,
    int Applicable,
    string? Reason,
    string? Class,
    string? ClassName,
    string Mark,
    string Text,
    string Fill,
    string Ink,
    double? Level)
{
    /// <summary>Gets a value indicating whether there is a value.</summary>
    public bool IsScored => Status == "scored";

    /// <summary>Gets a value indicating whether too little was answered for a value.</summary>
    public bool IsInsufficient => Status == "insufficient-data";

    /// <summary>Gets a value indicating whether nothing was answered at all.</summary>
    public bool IsNotAssessed => Status == "not-assessed";

    /// <summary>Gets a value indicating whether nothing applies.</summary>
    public bool IsNotApplicable => Status == "not-applicable";
}
