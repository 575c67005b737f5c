using System.Collections.Generic;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>What else the run holds for a country profile: the other countries of its period, and its own previous round.</summary>
/// <param name="Peers">What was kept of the other countries of the same period and rubric.</param>
/// <param name="Previous">The country's latest earlier round with the same rubric id, with its rows and rubric, or <see langword="null"/>.</param>
internal sealed record ProfileContext(IReadOnlyList<ComparedAssessment> Peers, (AssessmentScore Score, IReadOnlyList<ScoreRow> Rows, Rubric Rubric)? Previous);
