namespace Coherence.Scoring;

/// <summary>Why a score has no value, as a code with the figures that explain it.</summary>
/// <param name="Code">The reason.</param>
/// <param name="Coverage">For <see cref="ScoreReasonCode.CoverageBelowMinimum"/>: the coverage reached (0-1).</param>
/// <param name="MinimumCoverage">For <see cref="ScoreReasonCode.CoverageBelowMinimum"/>: the node's minimum coverage (0-1).</param>
public sealed record ScoreReason(ScoreReasonCode Code, double? Coverage = null, double? MinimumCoverage = null)
{
    /// <summary>Gets the reason for a node to which nothing applies.</summary>
    public static ScoreReason NothingApplies { get; } = new(ScoreReasonCode.NothingApplies);

    /// <summary>Gets the reason for an indicator marked not applicable.</summary>
    public static ScoreReason MarkedNotApplicable { get; } = new(ScoreReasonCode.MarkedNotApplicable);

    /// <summary>Gets the reason for an indicator with neither facet answered.</summary>
    public static ScoreReason NotAnswered { get; } = new(ScoreReasonCode.NotAnswered);

    /// <summary>Gets the reason for an indicator whose law facet is not answered.</summary>
    public static ScoreReason LawNotAnswered { get; } = new(ScoreReasonCode.LawNotAnswered);

    /// <summary>Gets the reason for an indicator whose practice facet is not answered.</summary>
    public static ScoreReason PracticeNotAnswered { get; } = new(ScoreReasonCode.PracticeNotAnswered);

    /// <summary>Gets the reason for a node with no complete data below it.</summary>
    public static ScoreReason NoData { get; } = new(ScoreReasonCode.NoData);

    /// <summary>Gets the stable, kebab-case name of the code, as the results files write it.</summary>
    public string Name => Code switch
    {
        ScoreReasonCode.NothingApplies => "nothing-applies",
        ScoreReasonCode.MarkedNotApplicable => "marked-not-applicable",
        ScoreReasonCode.NotAnswered => "not-answered",
        ScoreReasonCode.LawNotAnswered => "law-not-answered",
        ScoreReasonCode.PracticeNotAnswered => "practice-not-answered",
        ScoreReasonCode.NoData => "no-data",
        _ => "coverage-below-minimum",
    };
}
