namespace Coherence.Scoring;

/// <summary>What a score row's node is in the rubric tree.</summary>
public enum NodeKind
{
    /// <summary>The rubric's root: the overall score.</summary>
    Rubric,

    /// <summary>A dimension or sub-dimension below the root.</summary>
    Dimension,

    /// <summary>An indicator, the leaf that is answered.</summary>
    Indicator,
}
