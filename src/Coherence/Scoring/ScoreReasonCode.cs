namespace Coherence.Scoring;

/// <summary>Why a score has no value: data that the localisation layer turns into words.</summary>
public enum ScoreReasonCode
{
    /// <summary>Nothing below the node applies to the group.</summary>
    NothingApplies,

    /// <summary>The assessment marked the indicator not applicable.</summary>
    MarkedNotApplicable,

    /// <summary>Neither facet of the indicator is answered.</summary>
    NotAnswered,

    /// <summary>The law facet of the indicator is not answered.</summary>
    LawNotAnswered,

    /// <summary>The practice facet of the indicator is not answered.</summary>
    PracticeNotAnswered,

    /// <summary>No indicator below the node has complete data.</summary>
    NoData,

    /// <summary>The weighted share of complete data is below the node's minimum coverage.</summary>
    CoverageBelowMinimum,
}
