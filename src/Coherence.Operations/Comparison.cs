using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>Two or more scored assessments of one rubric side by side, each against a reference assessment.</summary>
/// <param name="Rubric">The rubric all of them were scored against.</param>
/// <param name="Reference">The reference assessment's key, <c>ISO3:period</c>.</param>
/// <param name="Assessments">The keys of the assessments compared, the reference first, then by country and period.</param>
/// <param name="Rows">One row per assessment, scope (all groups or one group) and part (the whole rubric or one top-level dimension).</param>
/// <param name="GeneratedAt">When the comparison was made.</param>
/// <param name="ToolVersion">The version of the tool that made it.</param>
public sealed record Comparison(Rubric Rubric, string Reference, IReadOnlyList<string> Assessments, IReadOnlyList<ComparisonRow> Rows, DateTimeOffset GeneratedAt, string ToolVersion);
