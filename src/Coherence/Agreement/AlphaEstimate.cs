namespace Coherence.Agreement;

/// <summary>Krippendorff's alpha with a bootstrap confidence interval.</summary>
/// <param name="Value">Alpha, or <see langword="null"/> when it is not defined (fewer than two pairable values, or no variation at all).</param>
/// <param name="Lower">The lower bound of the interval, or <see langword="null"/> when not computed.</param>
/// <param name="Upper">The upper bound of the interval, or <see langword="null"/> when not computed.</param>
/// <param name="Units">The units with two or more values, the ones alpha is computed over.</param>
/// <param name="Values">The pairable values: the values in those units.</param>
public sealed record AlphaEstimate(double? Value, double? Lower, double? Upper, int Units, int Values);
