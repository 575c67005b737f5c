using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Robustness;

/// <summary>How often one cell of the group × dimension matrix falls in each class across the draws.</summary>
/// <param name="Country">The country.</param>
/// <param name="Period">The period.</param>
/// <param name="Group">The migrant group.</param>
/// <param name="Dimension">The top-level dimension.</param>
/// <param name="NominalClass">The class with the rubric's own choices, or <see langword="null"/> when the cell does not apply.</param>
/// <param name="CoherentHigh">The share of draws classing the cell coherent-high.</param>
/// <param name="CoherentLow">The share of draws classing the cell coherent-low.</param>
/// <param name="ImplementationGap">The share of draws classing the cell an implementation gap.</param>
/// <param name="PracticeAheadOfLaw">The share of draws classing the cell practice ahead of law.</param>
/// <param name="InsufficientData">The share of draws in which the cell has insufficient data.</param>
public sealed record ClassProbability(CountryCode Country, string Period, string Group, string Dimension, GapClass? NominalClass, double CoherentHigh, double CoherentLow, double ImplementationGap, double PracticeAheadOfLaw, double InsufficientData)
{
    /// <summary>Gets the share of draws giving a class.</summary>
    /// <param name="gapClass">The class.</param>
    /// <returns>The share, from 0 to 1.</returns>
    public double Of(GapClass gapClass) => gapClass switch
    {
        GapClass.CoherentHigh => CoherentHigh,
        GapClass.CoherentLow => CoherentLow,
        GapClass.ImplementationGap => ImplementationGap,
        GapClass.PracticeAheadOfLaw => PracticeAheadOfLaw,
        _ => InsufficientData,
    };
}
