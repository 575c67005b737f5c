namespace Coherence.Reports;

/// <summary>How firm one country's rank is: the ranks it holds over the variations of a robustness analysis.</summary>
/// <param name="Country">The country.</param>
/// <param name="Nominal">The rank with the rubric's own choices (1 is the highest joint level), or <see langword="null"/> when it has none.</param>
/// <param name="Median">The median rank over the variations that rank it, or <see langword="null"/>.</param>
/// <param name="Low">The best rank but for the best 5% of variations, or <see langword="null"/>.</param>
/// <param name="High">The worst rank but for the worst 5% of variations, or <see langword="null"/>.</param>
/// <param name="Units">How many countries are ranked, so the worst possible rank.</param>
/// <param name="UnrankedShare">The share of variations in which the country has no score, 0-1.</param>
/// <param name="Reading">The interval in plain words, in the report's language.</param>
public sealed record RankIntervalView(ReportCountry Country, int? Nominal, double? Median, int? Low, int? High, int Units, double UnrankedShare, string Reading);
