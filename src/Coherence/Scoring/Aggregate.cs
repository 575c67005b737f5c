namespace Coherence.Scoring;

/// <summary>The scores of one node (or indicator) for one migrant group, or across groups; all on 0-100.</summary>
/// <param name="Status">Whether there is a value, and if not, why.</param>
/// <param name="Law">The law (de jure) score, or <see langword="null"/>.</param>
/// <param name="Practice">The practice (de facto) score, or <see langword="null"/>.</param>
/// <param name="NetGap">The mean signed gap, law minus practice: positive when law is ahead.</param>
/// <param name="AbsoluteGap">The mean absolute gap, so that gaps of opposite sign do not cancel.</param>
/// <param name="Coverage">The weighted share (0-1) of the applicable data below that is complete: 1 or 0 for an indicator, the weighted mean of the children's coverage above.</param>
/// <param name="Answered">How many applicable indicator cells below have complete data.</param>
/// <param name="Applicable">How many indicator cells below apply.</param>
/// <param name="Reason">Why there is no value, as a code with its figures, or <see langword="null"/>.</param>
/// <param name="LawCoverage">Like <paramref name="Coverage"/>, for the law facet alone.</param>
/// <param name="PracticeCoverage">Like <paramref name="Coverage"/>, for the practice facet alone.</param>
public sealed record Aggregate(ScoreStatus Status, double? Law, double? Practice, double? NetGap, double? AbsoluteGap, double Coverage, int Answered, int Applicable, ScoreReason? Reason = null, double LawCoverage = 0, double PracticeCoverage = 0)
{
    /// <summary>Gets an aggregate for something that does not apply.</summary>
    public static Aggregate NotApplicable { get; } = new(ScoreStatus.NotApplicable, null, null, null, null, 0, 0, 0, ScoreReason.NothingApplies);

    /// <summary>Gets the coherence: 100 minus the absolute gap.</summary>
    public double? Coherence => AbsoluteGap is { } gap ? 100.0 - gap : null;
}
