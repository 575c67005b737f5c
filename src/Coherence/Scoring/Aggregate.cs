namespace Coherence.Scoring;

/// <summary>The scores of one node (or indicator) for one migrant group, or across groups; all on 0-100.</summary>
/// <remarks>
/// An aggregate carries two readings of a two-facet rubric (<c>docs/methodology.md</c>, section 3). The <em>paired</em> reading
/// (<paramref name="Law"/>, <paramref name="Practice"/>, <paramref name="NetGap"/>, <paramref name="AbsoluteGap"/>,
/// <paramref name="Coverage"/>, <paramref name="Answered"/>, <paramref name="Applicable"/>) compares law and practice on the
/// cells of indicators that rate both facets; the <em>facet</em> reading (<paramref name="LawAllCells"/>,
/// <paramref name="PracticeAllCells"/> and their coverage and counts) means each facet over every cell that rates it.
/// In a rubric whose indicators all rate both facets, and in a single-facet rubric, both readings cover the same cells.
/// </remarks>
/// <param name="Status">Whether there is a value, and if not, why: of the paired reading where a pair applies below, else of the facet reading.</param>
/// <param name="Law">The law (de jure) score over the paired cells (every law cell in a single-facet rubric), or <see langword="null"/>.</param>
/// <param name="Practice">The practice (de facto) score over the paired cells, or <see langword="null"/>.</param>
/// <param name="NetGap">The mean signed gap, law minus practice: positive when law is ahead.</param>
/// <param name="AbsoluteGap">The mean absolute gap, so that gaps of opposite sign do not cancel.</param>
/// <param name="Coverage">The weighted share (0-1) of the applicable paired data below that is complete: 1 or 0 for an indicator, the weighted mean of the children's coverage above.</param>
/// <param name="Answered">How many applicable paired indicator cells below have complete data.</param>
/// <param name="Applicable">How many paired indicator cells below apply (0 for an indicator that rates one facet of a two-facet rubric).</param>
/// <param name="Reason">Why there is no value, as a code with its figures, or <see langword="null"/>.</param>
/// <param name="LawCoverage">The weighted share (0-1) of the law cells below that are answered.</param>
/// <param name="PracticeCoverage">The weighted share (0-1) of the practice cells below that are answered.</param>
/// <param name="LawAllCells">The law score over every answered law cell below, paired or not, or <see langword="null"/>.</param>
/// <param name="PracticeAllCells">The practice score over every answered practice cell below, paired or not, or <see langword="null"/>.</param>
/// <param name="LawApplicable">How many law cells below apply and count (a child of zero weight does not count).</param>
/// <param name="PracticeApplicable">How many practice cells below apply and count.</param>
/// <param name="LawAnswered">How many of those law cells are answered.</param>
/// <param name="PracticeAnswered">How many of those practice cells are answered.</param>
public sealed record Aggregate(
    ScoreStatus Status,
    double? Law,
    double? Practice,
    double? NetGap,
    double? AbsoluteGap,
    double Coverage,
    int Answered,
    int Applicable,
    ScoreReason? Reason = null,
    double LawCoverage = 0,
    double PracticeCoverage = 0,
    double? LawAllCells = null,
    double? PracticeAllCells = null,
    int LawApplicable = 0,
    int PracticeApplicable = 0,
    int LawAnswered = 0,
    int PracticeAnswered = 0)
{
    /// <summary>Gets an aggregate for something that does not apply.</summary>
    public static Aggregate NotApplicable { get; } = new(ScoreStatus.NotApplicable, null, null, null, null, 0, 0, 0, ScoreReason.NothingApplies);

    /// <summary>Gets the coherence: 100 minus the absolute gap.</summary>
    public double? Coherence => AbsoluteGap is { } gap ? 100.0 - gap : null;
}
