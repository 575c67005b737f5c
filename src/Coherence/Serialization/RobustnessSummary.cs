using System.Collections.Generic;
using Coherence.Robustness;

namespace Coherence.Serialization;

/// <summary>What a report needs of a saved robustness result (<c>coherence robustness --json</c>): its rubric, its draws and its rank intervals.</summary>
/// <param name="Path">The file it was read from.</param>
/// <param name="RubricId">The id of the rubric the analysis scored with.</param>
/// <param name="RubricVersion">That rubric's version.</param>
/// <param name="Draws">How many draws were evaluated.</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Ranks">The rank intervals, overall and per group.</param>
internal sealed record RobustnessSummary(string Path, string RubricId, string RubricVersion, int Draws, ulong Seed, IReadOnlyList<RankInterval> Ranks);
