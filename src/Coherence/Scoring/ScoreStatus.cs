namespace Coherence.Scoring;

/// <summary>Whether an aggregate has a value, and if not, why.</summary>
public enum ScoreStatus
{
    /// <summary>The aggregate has a value.</summary>
    Scored,

    /// <summary>Too few children have data (below the node's minimum coverage): no value is invented.</summary>
    InsufficientData,

    /// <summary>Nothing in the node applies (no indicator for this group, or all marked not applicable).</summary>
    NotApplicable,
}
