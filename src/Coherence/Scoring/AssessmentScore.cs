using System.Collections.Generic;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>Everything the scoring engine computes for one assessment.</summary>
/// <param name="Assessment">The assessment scored.</param>
/// <param name="Root">The scores of the whole rubric (its per-group and overall aggregates) and, below, of every dimension.</param>
/// <param name="Indicators">The scores of each applicable indicator and group, in rubric order.</param>
/// <param name="Matrix">The group by top-level dimension matrix, group-major.</param>
/// <param name="Diagnostics">Problems found in the responses; responses with errors are left out of the scores.</param>
public sealed record AssessmentScore(Assessment Assessment, NodeScore Root, IReadOnlyList<IndicatorScore> Indicators, IReadOnlyList<MatrixCell> Matrix, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets the aggregate across all groups and dimensions.</summary>
    public Aggregate Overall => Root.Overall;
}
