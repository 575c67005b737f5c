using Coherence.Model;

namespace Coherence.Robustness;

/// <summary>The Sobol indices of one uncertain input for one country's rank or overall score.</summary>
/// <param name="Country">The country.</param>
/// <param name="Period">The period.</param>
/// <param name="Factor">The uncertain input's id, such as <c>weights:mesoamerica-coherence</c>.</param>
/// <param name="Kind">What kind of choice the input varies.</param>
/// <param name="Target"><c>rank</c> or <c>score</c>: the output the indices are about.</param>
/// <param name="Index">The indices and their bootstrap confidence intervals; <see langword="null"/> values when the output does not vary.</param>
public sealed record SensitivityRow(CountryCode Country, string Period, string Factor, FactorKind Kind, string Target, SobolIndex Index);
