namespace Coherence.Reports;

/// <summary>A migrant group's headline scores in a country profile.</summary>
/// <param name="Id">The group id.</param>
/// <param name="Name">The group's name in the report's language.</param>
/// <param name="Weight">The group's weight when groups are combined.</param>
/// <param name="Scores">Its scores across all dimensions.</param>
public sealed record GroupScore(string Id, string Name, double Weight, ScoreView Scores);
