using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>Where a report's figures come from: rubric, input files, tool and dates.</summary>
/// <param name="Rubric">The rubric scored with.</param>
/// <param name="Inputs">The input files, one per assessment.</param>
/// <param name="Tool">The tool's name and version (<c>Coherence 0.1.0</c>).</param>
/// <param name="ToolVersion">The version of the tool that computed the scores.</param>
/// <param name="GeneratedAt">When the report was made, for people in the report's language.</param>
/// <param name="GeneratedAtIso">When the report was made, ISO 8601 UTC.</param>
/// <param name="ScoredAt">When the scores were computed, ISO 8601 UTC.</param>
public sealed record ReportProvenance(ReportRubric Rubric, IReadOnlyList<ReportInput> Inputs, string Tool, string ToolVersion, string GeneratedAt, string GeneratedAtIso, string ScoredAt);
