namespace Coherence.Robustness;

/// <summary>One uncertain input of a robustness analysis: a methodological choice that a draw turns from a seed into a value.</summary>
internal abstract class UncertainFactor
{
    protected UncertainFactor(string id, FactorKind kind)
    {
        Id = id;
        Kind = kind;
    }

    /// <summary>Gets the factor's id in outputs, such as <c>weights:mesoamerica-coherence</c> or <c>thresholds:gap</c>.</summary>
    public string Id { get; }

    /// <summary>Gets or sets the first dimension, in post-order, whose aggregates the factor can change; the dimension count when it changes classes only.</summary>
    /// <remarks>A draw that differs from another in this factor alone re-aggregates from here up; everything below is the same.</remarks>
    public int FirstAffected { get; set; }

    /// <summary>Gets or sets the dimensions whose own inputs the factor changes (child weights, aggregation, minimum coverage, the child left out), or <see langword="null"/> when it may change any dimension's from <see cref="FirstAffected"/> on.</summary>
    /// <remarks>A draw that differs from another in this factor alone aggregates again these dimensions and their ancestors only; an empty list changes classes only.</remarks>
    public int[]? Targets { get; set; }

    /// <summary>Gets what kind of choice the factor varies.</summary>
    public FactorKind Kind { get; }

    /// <summary>Sets the factor's choice in a draw from its seed.</summary>
    /// <param name="seed">The factor's seed in this run of the design.</param>
    /// <param name="state">The draw's choices, overwritten where this factor decides.</param>
    /// <returns>The value taken: a number, or the index of a choice.</returns>
    public abstract double Apply(ulong seed, DrawState state);
}
