namespace Coherence.Reports;

/// <summary>One score of a country beside the same score of the other countries of its period in the run.</summary>
/// <param name="Value">The country's value, or <see langword="null"/> when it has none.</param>
/// <param name="Median">The median over the countries with a value (the country included), or <see langword="null"/>.</param>
/// <param name="Min">The lowest value among them, or <see langword="null"/>.</param>
/// <param name="Max">The highest value among them, or <see langword="null"/>.</param>
/// <param name="Rank">The country's rank among them, 1 for the highest (ties share a rank), or <see langword="null"/>.</param>
/// <param name="Count">How many countries have a value.</param>
public sealed record BenchmarkFigure(double? Value, double? Median, double? Min, double? Max, int? Rank, int Count);
