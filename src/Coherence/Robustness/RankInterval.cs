using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Robustness;

/// <summary>How a country's rank, overall or for one migrant group, moves across the draws of a robustness analysis.</summary>
/// <param name="Country">The country.</param>
/// <param name="CountryName">The country's name as the assessment gives it (plain or per language), or <see langword="null"/>.</param>
/// <param name="Period">The period; countries are ranked among the assessments of the same period.</param>
/// <param name="Group">The migrant group, or <see langword="null"/> for the overall score.</param>
/// <param name="Units">How many assessments share the period, so the worst possible rank.</param>
/// <param name="NominalScore">The ranked measure with the rubric's own choices, or <see langword="null"/> when there is none.</param>
/// <param name="NominalRank">The rank with the rubric's own choices (1 is the highest measure), or <see langword="null"/>.</param>
/// <param name="MedianRank">The median rank over the draws that rank the country, or <see langword="null"/> when none does.</param>
/// <param name="Low">The 5th percentile of the rank: the best rank but for the best 5% of draws.</param>
/// <param name="High">The 95th percentile of the rank: the worst rank but for the worst 5% of draws.</param>
/// <param name="RankShares">The share of all draws giving each rank: item 0 is rank 1.</param>
/// <param name="UnrankedShare">The share of draws in which the country has no score (insufficient data under that draw's choices).</param>
public sealed record RankInterval(CountryCode Country, CountryName? CountryName, string Period, string? Group, int Units, double? NominalScore, int? NominalRank, double? MedianRank, int? Low, int? High, IReadOnlyList<double> RankShares, double UnrankedShare);
