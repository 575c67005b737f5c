using System;

namespace Coherence.Robustness;

/// <summary>Varies the weights of one node's children: each by up to ±x% of its weight, or all from a Dirichlet distribution centred on the weights.</summary>
internal sealed class WeightsFactor : UncertainFactor
{
    private readonly int start;
    private readonly double[] nominal;
    private readonly double total;
    private readonly double amount;

    /// <summary>Initializes a new instance of the <see cref="WeightsFactor"/> class.</summary>
    /// <param name="nodeId">The node whose children's weights vary.</param>
    /// <param name="start">The node's first child slot.</param>
    /// <param name="nominal">The children's effective weights in the rubric.</param>
    /// <param name="dirichlet">Whether the weights follow a Dirichlet distribution rather than a uniform perturbation.</param>
    /// <param name="amount">The perturbation as a fraction (0.2 for ±20%), or the Dirichlet concentration.</param>
    public WeightsFactor(string nodeId, int start, double[] nominal, bool dirichlet, double amount)
        : base("weights:" + nodeId, dirichlet ? FactorKind.WeightsDirichlet : FactorKind.WeightsPerturbation)
    {
        this.start = start;
        this.nominal = nominal;
        this.amount = amount;
        foreach (var weight in nominal)
        {
            total += weight;
        }
    }

    /// <summary>Gets the node's first child slot.</summary>
    public int Start => start;

    /// <summary>Gets how many children the node has.</summary>
    public int Count => nominal.Length;

    public override double Apply(ulong seed, DrawState state)
    {
        var random = new Xoshiro256(seed);
        var weights = state.Weights;
        if (Kind == FactorKind.WeightsPerturbation)
        {
            for (var i = 0; i < nominal.Length; i++)
            {
                weights[start + i] = nominal[i] * (1 + (amount * ((2 * random.NextDouble()) - 1)));
            }

            return double.NaN;
        }

        // Dirichlet with mean equal to the rubric's shares: α_i = concentration · w_i / Σw; scaled back to the rubric's total.
        double sum = 0;
        for (var i = 0; i < nominal.Length; i++)
        {
            var gamma = nominal[i] > 0 ? random.NextGamma(amount * nominal[i] / total) : 0;
            weights[start + i] = gamma;
            sum += gamma;
        }

        for (var i = 0; i < nominal.Length; i++)
        {
            weights[start + i] = sum > 0 ? weights[start + i] / sum * total : nominal[i];
        }

        return double.NaN;
    }
}
