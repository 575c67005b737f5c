using System;
using System.Collections.Generic;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>One assessment read and scored: its score, its tidy rows and the rubric it was scored with.</summary>
/// <param name="Score">The score, with the assessment, evidence and diagnostics.</param>
/// <param name="Rows">The tidy rows, in rubric order.</param>
/// <param name="Rubric">The rubric it was scored with.</param>
/// <param name="Panel">The teams of its country and period and how far they agree, when several teams assessed it and one score is made of them (consensus, median); otherwise <see langword="null"/>.</param>
internal sealed record ScoredAssessment(AssessmentScore Score, IReadOnlyList<ScoreRow> Rows, Rubric Rubric, Reports.AssessorPanel? Panel = null)
{
    /// <summary>Gets the scores of the rubric's variants, in the rubric's order: the tidy outputs carry them, each row with its variant id.</summary>
    public IReadOnlyList<VariantScore> Variants { get; init; } = Array.Empty<VariantScore>();
}
