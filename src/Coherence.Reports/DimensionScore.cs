namespace Coherence.Reports;

/// <summary>A top-level dimension's scores across migrant groups in a country profile.</summary>
/// <param name="Id">The dimension id.</param>
/// <param name="Name">Its name in the report's language.</param>
/// <param name="Description">What it covers, in the report's language (may be empty).</param>
/// <param name="Scores">Its scores across groups.</param>
public sealed record DimensionScore(string Id, string Name, string Description, ScoreView Scores);
