namespace Coherence.Robustness;

/// <summary>The overall measure countries are ranked on in a robustness analysis; never coherence alone, which says nothing about level.</summary>
public enum RankMeasure
{
    /// <summary>The mean of law and practice of the overall score: how far the country's framework and implementation go together.</summary>
    Level,

    /// <summary>The overall law (de jure) score.</summary>
    Law,

    /// <summary>The overall practice (de facto) score.</summary>
    Practice,
}
