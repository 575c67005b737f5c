using System;
using System.Collections.Generic;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>What a regional comparison keeps of one assessment: who it is, what was answered at all, and the rows of its root and top-level dimensions.</summary>
/// <remarks>Kept for every country of a period until the comparison is rendered, so it holds no response and no indicator row.</remarks>
internal sealed class ComparedAssessment
{
    private readonly IReadOnlyList<ScoreRow> rows;

    private ComparedAssessment(Assessment assessment, IReadOnlyList<ScoreRow> rows, HashSet<string> groups, HashSet<string> cells)
    {
        Assessment = assessment;
        this.rows = rows;
        Groups = groups;
        Cells = cells;
    }

    /// <summary>Gets the assessment, without its responses.</summary>
    public Assessment Assessment { get; }

    /// <summary>Gets the rubric id the assessment was scored with.</summary>
    public string RubricId => rows.Count > 0 ? rows[0].RubricId : string.Empty;

    /// <summary>Gets how far the teams agree, with the names of their roles, when several teams assessed the country and period; otherwise <see langword="null"/>.</summary>
    public (Agreement.AgreementSummary Summary, IReadOnlyList<Agreement.Rater> Raters)? Agreement { get; private set; }

    /// <summary>Gets the groups with any response at all.</summary>
    public HashSet<string> Groups { get; }

    /// <summary>Gets the group and top-level dimension pairs with any response at all (see <see cref="ReportParts.Cell"/>).</summary>
    public HashSet<string> Cells { get; }

    /// <summary>Keeps what a comparison needs of a scored assessment.</summary>
    public static ComparedAssessment From(AssessmentScore score, IReadOnlyList<ScoreRow> rows, Rubric rubric, AssessorPanel? panel = null)
    {
        var kept = new List<ScoreRow>(rubric.Groups.Count + 1 + rubric.Root.Children.Count);
        foreach (var row in rows)
        {
            // The root for every group and all groups, and each top-level dimension over all groups.
            if (row.Kind == NodeKind.Rubric || (row.Kind == NodeKind.Dimension && row.Depth == 1 && row.Group == ScoreRow.AllGroups))
            {
                kept.Add(row);
            }
        }

        var (groups, cells) = ReportParts.Answered(rubric, score.Assessment);
        return new ComparedAssessment(score.Assessment with { Responses = Array.Empty<Response>(), Source = Slim(score.Assessment.Source) }, kept, groups, cells)
        {
            // Only the overall agreement is kept: the comparison shows one line per country.
            Agreement = panel is null ? null : (panel.Overall, panel.Agreement.Raters),
        };
    }

    /// <summary>Finds the aggregate of the root or a top-level dimension for a group, or for <see cref="ScoreRow.AllGroups"/>.</summary>
    public Aggregate Find(string nodeId, string group)
    {
        foreach (var row in rows)
        {
            if (string.Equals(row.NodeId, nodeId, StringComparison.Ordinal) && string.Equals(row.Group, group, StringComparison.Ordinal))
            {
                return row.Score;
            }
        }

        return Aggregate.NotApplicable;
    }

    // The locations of responses are only needed to point at problems while reading.
    private static AssessmentSource? Slim(AssessmentSource? source) => source is null ? null : new AssessmentSource(source.Path, source.Sha256);
}
