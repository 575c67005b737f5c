using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>The scores of a set of assessments, with what is needed to publish them: rubrics, provenance and time.</summary>
/// <param name="Scores">The scores, one per assessment, sorted by country then period.</param>
/// <param name="Rubrics">The rubrics used, by id.</param>
/// <param name="GeneratedAt">When the scores were computed.</param>
/// <param name="ToolVersion">The version of the tool that computed them.</param>
public sealed record ScoreRun(IReadOnlyList<AssessmentScore> Scores, IReadOnlyDictionary<string, Rubric> Rubrics, DateTimeOffset GeneratedAt, string ToolVersion);
