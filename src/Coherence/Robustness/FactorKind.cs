namespace Coherence.Robustness;

/// <summary>What kind of methodological choice an uncertain input varies.</summary>
public enum FactorKind
{
    /// <summary>The weights of a node's children, perturbed by up to ±x% each.</summary>
    WeightsPerturbation,

    /// <summary>The weights of a node's children, drawn from a Dirichlet distribution around the rubric's weights.</summary>
    WeightsDirichlet,

    /// <summary>Arithmetic or geometric means at one level of the hierarchy.</summary>
    Aggregation,

    /// <summary>The gap threshold, within a range.</summary>
    GapThreshold,

    /// <summary>The threshold of coherent-high, within a range.</summary>
    HighThreshold,

    /// <summary>The minimum coverage of dimensions, within a range.</summary>
    MinCoverage,

    /// <summary>The values of an ordinal scale's levels, among alternative sets.</summary>
    LevelValues,

    /// <summary>Leaving out one top-level dimension at a time, or none.</summary>
    LeaveOneOut,

    /// <summary>The rubric's variants, as fixed alternatives.</summary>
    Variant,
}
