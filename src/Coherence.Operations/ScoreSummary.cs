using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>What <c>coherence score</c> did: the assessments it scored, a summary of each for people, and the files it wrote.</summary>
/// <remarks>
/// The scores themselves went to the files as each assessment was scored; the summary keeps only the root rows of each
/// assessment and the classes of its group × dimension cells, so that it stays small however many assessments there are.
/// </remarks>
/// <param name="Assessments">Each assessment scored, in the order of the input files.</param>
/// <param name="Rubrics">The rubrics used, by id.</param>
/// <param name="Rows">How many tidy rows the assessments gave.</param>
/// <param name="Files">The files written, in the order they were put in place.</param>
/// <param name="GeneratedAt">When the scores were computed.</param>
/// <param name="ToolVersion">The version of the tool that computed them.</param>
public sealed record ScoreSummary(IReadOnlyList<AssessmentSummary> Assessments, IReadOnlyDictionary<string, Rubric> Rubrics, long Rows, IReadOnlyList<string> Files, DateTimeOffset GeneratedAt, string ToolVersion);
