namespace Coherence.PowerShell;

/// <summary>What one object of <c>Measure-CoherenceGap</c> scores: each level is one complete set of rows, so counts, sums and means over it are meaningful.</summary>
public enum ScoreLevel
{
    /// <summary>One object per assessment: the whole rubric over every migrant group.</summary>
    Assessment,

    /// <summary>One object per assessment and migrant group: the whole rubric for that group.</summary>
    Group,

    /// <summary>One object per assessment, migrant group and top-level dimension: the cells of the group-by-dimension matrix.</summary>
    Dimension,

    /// <summary>One object per assessment, migrant group and indicator that applies to the group.</summary>
    Indicator,
}
