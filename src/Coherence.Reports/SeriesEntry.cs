namespace Coherence.Reports;

/// <summary>One country's value in a ranked series.</summary>
/// <param name="Rank">The rank by joint level (<see cref="ScoreView.Level"/>; 1 is the highest, ties share a rank), or <see langword="null"/> without one.</param>
/// <param name="Country">The country.</param>
/// <param name="Scores">Its scores.</param>
public sealed record SeriesEntry(int? Rank, ReportCountry Country, ScoreView Scores);
