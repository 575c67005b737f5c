using System;

namespace Coherence.Robustness;

/// <summary>A factor that picks one of a few alternatives with equal probability: aggregation per level, ordinal level values, the dimension left out.</summary>
internal sealed class ChoiceFactor : UncertainFactor
{
    private readonly Action<int, DrawState> apply;

    /// <summary>Initializes a new instance of the <see cref="ChoiceFactor"/> class.</summary>
    /// <param name="id">The factor's id.</param>
    /// <param name="kind">What it varies.</param>
    /// <param name="alternatives">The names of the alternatives, in order.</param>
    /// <param name="apply">Applies the alternative of an index to a draw.</param>
    public ChoiceFactor(string id, FactorKind kind, string[] alternatives, Action<int, DrawState> apply)
        : base(id, kind)
    {
        Alternatives = alternatives;
        this.apply = apply;
    }

    /// <summary>Gets the names of the alternatives.</summary>
    public string[] Alternatives { get; }

    public override double Apply(ulong seed, DrawState state)
    {
        var choice = new Xoshiro256(seed).NextInt(Alternatives.Length);
        apply(choice, state);
        return choice;
    }

    /// <summary>Applies one alternative to a draw, as a draw that picked it does.</summary>
    /// <param name="choice">The alternative's index in <see cref="Alternatives"/>.</param>
    /// <param name="state">The draw.</param>
    public void Set(int choice, DrawState state) => apply(choice, state);
}
