using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The rank intervals of a robustness analysis (<c>coherence robustness --json</c>) for the period of a regional comparison.</summary>
/// <param name="FileName">The name of the result file.</param>
/// <param name="Draws">How many variations of the method were drawn.</param>
/// <param name="Seed">The seed of the draws, to run them again.</param>
/// <param name="Intervals">One interval per country, by rank with the rubric's own choices, those without one last.</param>
public sealed record RobustnessView(string FileName, int Draws, string Seed, IReadOnlyList<RankIntervalView> Intervals);
