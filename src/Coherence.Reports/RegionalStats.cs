namespace Coherence.Reports;

/// <summary>The spread of one score across the countries that have it.</summary>
/// <param name="Count">How many countries have a value.</param>
/// <param name="Mean">The mean, or <see langword="null"/> when no country has a value.</param>
/// <param name="StandardDeviation">The population standard deviation, or <see langword="null"/>.</param>
/// <param name="Min">The lowest value, or <see langword="null"/>.</param>
/// <param name="Max">The highest value, or <see langword="null"/>.</param>
public sealed record RegionalStats(int Count, double? Mean, double? StandardDeviation, double? Min, double? Max);
