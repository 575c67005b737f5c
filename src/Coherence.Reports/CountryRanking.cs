namespace Coherence.Reports;

/// <summary>A country's place in a regional comparison.</summary>
/// <param name="Rank">The rank by overall joint level (<see cref="ScoreView.Level"/>; 1 is the highest, ties share a rank), or <see langword="null"/> without one.</param>
/// <param name="Country">The country.</param>
/// <param name="Overall">Its overall scores.</param>
/// <param name="Input">The file it was read from.</param>
public sealed record CountryRanking(int? Rank, ReportCountry Country, ScoreView Overall, ReportInput Input);
