using System.Collections.Generic;

namespace Coherence.Scoring;

/// <summary>The scores of one dimension (or of the whole rubric, at the root), per migrant group and across groups.</summary>
/// <param name="NodeId">The dimension id, or the rubric id at the root.</param>
/// <param name="Depth">0 at the root, 1 for top-level dimensions, and so on.</param>
/// <param name="ByGroup">The aggregate for each migrant group, in the rubric's group order.</param>
/// <param name="Overall">The aggregate across groups.</param>
/// <param name="Children">The scores of its sub-dimensions.</param>
public sealed record NodeScore(string NodeId, int Depth, IReadOnlyDictionary<string, Aggregate> ByGroup, Aggregate Overall, IReadOnlyList<NodeScore> Children);
