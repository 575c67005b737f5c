using System.Collections.Generic;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>One scored assessment as a summary shows it: who it is, the whole rubric's rows, and the class of each group × top-level dimension cell.</summary>
/// <param name="Country">The country's code.</param>
/// <param name="CountryName">The country's name as the assessment gives it (plain or per language), or <see langword="null"/>.</param>
/// <param name="Period">The period.</param>
/// <param name="RubricId">The rubric it was scored with.</param>
/// <param name="SourcePath">The file it was read from, or <see langword="null"/>.</param>
/// <param name="Root">The rows of the rubric's root: over all groups first, then one per migrant group in rubric order.</param>
/// <param name="Cells">The class of each group × top-level dimension cell, group-major.</param>
public sealed record AssessmentSummary(CountryCode Country, CountryName? CountryName, string Period, string RubricId, string? SourcePath, IReadOnlyList<ScoreRow> Root, IReadOnlyList<CellClass> Cells)
{
    /// <summary>Gets the row over all groups and dimensions: the assessment's overall score.</summary>
    public ScoreRow Overall => Root[0];

    /// <summary>Keeps the summary of a scored assessment.</summary>
    /// <param name="score">The score.</param>
    /// <param name="rows">Its rows.</param>
    /// <returns>The summary.</returns>
    internal static AssessmentSummary Of(AssessmentScore score, IReadOnlyList<ScoreRow> rows)
    {
        var root = new List<ScoreRow>();
        var cells = new List<CellClass>(score.Matrix.Count);
        foreach (var row in rows)
        {
            if (row.Kind == NodeKind.Rubric)
            {
                root.Add(row);
            }
        }

        foreach (var cell in score.Matrix)
        {
            cells.Add(new CellClass(cell.GroupId, cell.DimensionId, cell.Class));
        }

        var a = score.Assessment;
        return new AssessmentSummary(a.Country, a.CountryName, a.Period, score.Root.NodeId, a.Source?.Path, root, cells);
    }
}
