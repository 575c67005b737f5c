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

    /// <summary>Gets what kind of choice the factor varies.</summary>
    public FactorKind Kind { get; }

    /// <summary>Sets the factor's choice in a draw from its seed.</summary>
    /// <param name="seed">The factor's seed in this run of the design.</param>
    /// <param name="state">The draw's choices, overwritten where this factor decides.</param>
    /// <returns>The value taken: a number, or the index of a choice.</returns>
    public abstract double Apply(ulong seed, DrawState state);
}
