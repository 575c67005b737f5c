namespace Coherence.Model;

/// <summary>How a node of the rubric combines the values of its children.</summary>
public enum AggregationMethod
{
    /// <summary>The plain mean of the children that have a value; weights are ignored.</summary>
    Arithmetic,

    /// <summary>The weighted mean of the children that have a value, the weights renormalised over them.</summary>
    Weighted,

    /// <summary>The weighted geometric mean of the children that have a value; a single zero makes it zero.</summary>
    Geometric,
}
