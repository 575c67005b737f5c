using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.PowerShell;

/// <summary>An assessment's score with the rubric it was computed with, as the cmdlets that publish scores gather them.</summary>
/// <param name="Score">The score.</param>
/// <param name="Rubric">The rubric it was computed with: a bundled one or a file given with -Rubric.</param>
internal sealed record ScoredAssessment(AssessmentScore Score, Rubric Rubric);
