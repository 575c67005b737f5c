using System;

namespace Coherence.Robustness;

/// <summary>Varies the weights of one node's children: each by up to ±x% of its weight, or all from a Dirichlet distribution centred on the weights.</summary>
internal sealed class WeightsFactor : UncertainFactor
{
    private readonly int start;
    private readonly int count;
    private readonly double amount;

    /// <summary>Initializes a new instance of the <see cref="WeightsFactor"/> class.</summary>
    /// <param name="nodeId">The node whose children's weights vary.</param>
    /// <param name="start">The node's first child slot.</param>
    /// <param name="count">How many children the node has.</param>
    /// <param name="dirichlet">Whether the weights follow a Dirichlet distribution rather than a uniform perturbation.</param>
    /// <param name="amount">The perturbation as a fraction (0.2 for ±20%), or the Dirichlet concentration.</param>
    public WeightsFactor(string nodeId, int start, int count, bool dirichlet, double amount)
        : base("weights:" + nodeId, dirichlet ? FactorKind.WeightsDirichlet : FactorKind.WeightsPerturbation)
    {
        this.start = start;
        this.count = count;
        this.amount = amount;
    }

    /// <summary>Gets the node's first child slot.</summary>
    public int Start => start;

    /// <summary>Gets how many children the node has.</summary>
    public int Count => count;

    /// <remarks>The weights vary around those the draw holds when this factor applies: the rubric's, or the variant's drawn before.</remarks>
    public override double Apply(ulong seed, DrawState state)
    {
        var random = new Xoshiro256(seed);
        var weights = state.Weights;
        var end = start + count;
        if (Kind == FactorKind.WeightsPerturbation)
        {
            for (var i = start; i < end; i++)
            {
                weights[i] *= 1 + (amount * ((2 * random.NextDouble()) - 1));
            }

            return double.NaN;
        }

        // Dirichlet with mean equal to the current shares: α_i = concentration · w_i / Σw; scaled back to the same total.
        double total = 0;
        for (var i = start; i < end; i++)
        {
            total += weights[i];
        }

        if (!(total > 0))
        {
            return double.NaN;
        }

        double sum = 0;
        var gammas = state.Spare;
        for (var i = start; i < end; i++)
        {
            var gamma = weights[i] > 0 ? random.NextGamma(amount * weights[i] / total) : 0;
            gammas[i] = gamma;
            sum += gamma;
        }

        // All variates underflowing to 0 leaves the weights as they were.
        if (sum > 0)
        {
            for (var i = start; i < end; i++)
            {
                weights[i] = gammas[i] / sum * total;
            }
        }

        return double.NaN;
    }
}
