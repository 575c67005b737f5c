using System;

namespace Coherence.Robustness;

/// <summary>A whole method laid out flat for the draw engine: the rubric's own, or one of its variants.</summary>
/// <remarks>A draw starts from one of these (<see cref="DrawState.Reset(RobustnessModel)"/>, or a variant drawn) and its other inputs vary around it.</remarks>
internal sealed class DrawMethod
{
    public DrawMethod(int slots, int dimensions, int groups)
    {
        Weights = new double[slots];
        Geometric = new bool[dimensions];
        MinCoverage = new double[dimensions];
        GroupWeights = new double[groups];
    }

    /// <summary>Gets the effective weight of every child slot: 1 under a plain mean.</summary>
    public double[] Weights { get; }

    /// <summary>Gets whether each dimension means law and practice geometrically.</summary>
    public bool[] Geometric { get; }

    /// <summary>Gets the minimum coverage of each dimension.</summary>
    public double[] MinCoverage { get; }

    /// <summary>Gets the weight of each migrant group when groups are combined.</summary>
    public double[] GroupWeights { get; }

    /// <summary>Gets or sets the gap threshold.</summary>
    public double Gap { get; set; }

    /// <summary>Gets or sets the threshold of coherent-high.</summary>
    public double High { get; set; }

    /// <summary>Copies the method into a draw.</summary>
    /// <param name="state">The draw.</param>
    public void CopyTo(DrawState state)
    {
        Array.Copy(Weights, state.Weights, Weights.Length);
        Array.Copy(Geometric, state.Geometric, Geometric.Length);
        Array.Copy(MinCoverage, state.MinCoverage, MinCoverage.Length);
        Array.Copy(GroupWeights, state.GroupWeights, GroupWeights.Length);
        state.Gap = Gap;
        state.High = High;
    }

    /// <summary>Gets whether another method makes exactly the same choices.</summary>
    /// <param name="other">The other method.</param>
    /// <returns><see langword="true"/> when drawing one or the other gives the same draw.</returns>
    public bool SameAs(DrawMethod other) =>
        Gap.Equals(other.Gap) && High.Equals(other.High) &&
        System.Linq.Enumerable.SequenceEqual(Weights, other.Weights) &&
        System.Linq.Enumerable.SequenceEqual(Geometric, other.Geometric) &&
        System.Linq.Enumerable.SequenceEqual(MinCoverage, other.MinCoverage) &&
        System.Linq.Enumerable.SequenceEqual(GroupWeights, other.GroupWeights);
}
