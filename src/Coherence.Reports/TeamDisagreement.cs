namespace Coherence.Reports;

/// <summary>One cell on which two teams gave different answers, side by side.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="IndicatorName">The indicator's name.</param>
/// <param name="Group">The migrant group's name, or the words for the whole country.</param>
/// <param name="Facet">The facet's name (law, practice).</param>
/// <param name="FirstAnswer">The first team's answer: a level's label, a value, "not applicable" or "unknown".</param>
/// <param name="SecondAnswer">The second team's answer.</param>
/// <param name="Difference">The second team's score minus the first's, in points of 0–100, or <see langword="null"/> when one of them gave no level.</param>
public sealed record TeamDisagreement(string IndicatorId, string IndicatorName, string Group, string Facet, string FirstAnswer, string SecondAnswer, double? Difference);
