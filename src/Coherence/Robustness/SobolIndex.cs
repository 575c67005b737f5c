namespace Coherence.Robustness;

/// <summary>The first-order and total-order Sobol indices of one factor for one output, with bootstrap confidence intervals.</summary>
/// <param name="Factor">The factor's position in the design, from 0.</param>
/// <param name="FirstOrder">The share of the output's variance due to the factor alone; <see langword="null"/> when the output does not vary.</param>
/// <param name="FirstOrderLow">The lower end of the first-order index's confidence interval.</param>
/// <param name="FirstOrderHigh">The upper end of the first-order index's confidence interval.</param>
/// <param name="TotalOrder">The share of the output's variance due to the factor with all its interactions; <see langword="null"/> when the output does not vary.</param>
/// <param name="TotalOrderLow">The lower end of the total-order index's confidence interval.</param>
/// <param name="TotalOrderHigh">The upper end of the total-order index's confidence interval.</param>
public sealed record SobolIndex(int Factor, double? FirstOrder, double? FirstOrderLow, double? FirstOrderHigh, double? TotalOrder, double? TotalOrderLow, double? TotalOrderHigh);
