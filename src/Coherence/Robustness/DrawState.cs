using System;

namespace Coherence.Robustness;

/// <summary>One draw's methodological choices laid out flat for the engine: weights per child slot, aggregation and minimum coverage per dimension, group weights, the normalised value of every ordinal level, the thresholds and the dimension left out.</summary>
/// <remarks>Made once per run and overwritten for every draw, so that drawing allocates nothing.</remarks>
internal sealed class DrawState
{
    public DrawState(RobustnessModel model, int factors)
    {
        Weights = new double[model.Slots];
        Spare = new double[model.Slots];
        Geometric = new bool[model.Dimensions];
        MinCoverage = new double[model.Dimensions];
        GroupWeights = new double[model.Groups];
        LevelValues = new double[model.Levels];
        LevelRaw = new double[model.Levels];
        FactorChoices = new double[Math.Max(1, factors)];
        Reset(model);
    }

    /// <summary>Gets the weight of every child slot: the effective weight, 1 under a plain mean.</summary>
    public double[] Weights { get; }

    /// <summary>Gets work space of one value per child slot, for factors that compute weights before setting them.</summary>
    public double[] Spare { get; }

    /// <summary>Gets whether each dimension means law and practice geometrically.</summary>
    public bool[] Geometric { get; }

    /// <summary>Gets the minimum coverage of each dimension.</summary>
    public double[] MinCoverage { get; }

    /// <summary>Gets the weight of each migrant group when groups are combined.</summary>
    public double[] GroupWeights { get; }

    /// <summary>Gets the normalised value (0-100, polarity applied) of every ordinal level slot.</summary>
    public double[] LevelValues { get; }

    /// <summary>Gets the value of every ordinal level slot as the draw gives it, before normalisation.</summary>
    public double[] LevelRaw { get; }

    /// <summary>Gets or sets the gap threshold.</summary>
    public double Gap { get; set; }

    /// <summary>Gets or sets the threshold of coherent-high.</summary>
    public double High { get; set; }

    /// <summary>Gets or sets the root child slot left out, or −1.</summary>
    public int LeftOut { get; set; } = -1;

    /// <summary>Gets the value each factor took in this draw, for the sensitivity tables and the draws file (a number or the index of a choice).</summary>
    public double[] FactorChoices { get; }

    /// <summary>Puts back the rubric's own choices.</summary>
    /// <param name="model">The model.</param>
    public void Reset(RobustnessModel model)
    {
        model.Nominal.CopyTo(this);
        Array.Copy(model.NominalLevelValues, LevelValues, LevelValues.Length);
        Array.Copy(model.NominalLevelRaw, LevelRaw, LevelRaw.Length);
        LeftOut = -1;
        Array.Clear(FactorChoices, 0, FactorChoices.Length);
    }
}
