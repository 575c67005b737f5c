using System;

namespace Coherence.Robustness;

/// <summary>A factor uniform within a range: a threshold or the minimum coverage.</summary>
internal sealed class RangeFactor : UncertainFactor
{
    private readonly double min;
    private readonly double max;
    private readonly Action<double, DrawState> apply;

    public RangeFactor(string id, FactorKind kind, double min, double max, Action<double, DrawState> apply)
        : base(id, kind)
    {
        this.min = min;
        this.max = max;
        this.apply = apply;
    }

    public override double Apply(ulong seed, DrawState state)
    {
        var value = min + ((max - min) * new Xoshiro256(seed).NextDouble());
        apply(value, state);
        return value;
    }
}
