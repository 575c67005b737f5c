using System.Collections.Generic;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>An assessment scored with one variant of its rubric.</summary>
/// <param name="VariantId">The variant id.</param>
/// <param name="Score">The score.</param>
/// <param name="Rows">Its tidy rows, each carrying the variant id.</param>
internal sealed record VariantScore(string VariantId, AssessmentScore Score, IReadOnlyList<ScoreRow> Rows);
