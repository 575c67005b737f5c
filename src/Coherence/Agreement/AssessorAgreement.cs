using System.Collections.Generic;
using System.Linq;
using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>How far the teams that assessed one country and period agree: per cell, rolled up, and where they differ most.</summary>
/// <param name="Country">The country.</param>
/// <param name="Period">The period.</param>
/// <param name="Rubric">The rubric the agreement was measured against.</param>
/// <param name="Raters">The teams compared, in order.</param>
/// <param name="Cells">Every cell of the rubric that applies, in rubric order, with each team's answer.</param>
/// <param name="Summaries">The roll-ups: overall first, then per dimension, group, facet and indicator, in rubric order.</param>
/// <param name="Leanings">How each team's scores sit against the others', per facet.</param>
public sealed record AssessorAgreement(
    CountryCode Country,
    string Period,
    RubricReference Rubric,
    IReadOnlyList<Rater> Raters,
    IReadOnlyList<CellAgreement> Cells,
    IReadOnlyList<AgreementSummary> Summaries,
    IReadOnlyList<RaterLeaning> Leanings)
{
    /// <summary>Gets the summary over every cell.</summary>
    public AgreementSummary Overall => Summaries.First(s => s.Scope == AgreementScope.Overall);

    /// <summary>Gets the cells on which the teams differ, the largest differences first.</summary>
    /// <remarks>Cells are ordered by the spread of their scores, then in rubric order; cells where the only difference is that some said "not applicable" come last.</remarks>
    public IReadOnlyList<CellAgreement> Disagreements => Cells
        .Select((cell, index) => (Cell: cell, Index: index))
        .Where(p => p.Cell.Agrees == false)
        .OrderByDescending(p => p.Cell.Spread ?? -1)
        .ThenBy(p => p.Index)
        .Select(p => p.Cell)
        .ToList();

    /// <summary>Finds a summary.</summary>
    /// <param name="scope">The kind of roll-up.</param>
    /// <param name="key">The dimension, group, facet or indicator id; <see langword="null"/> for the overall summary.</param>
    /// <returns>The summary, or <see langword="null"/> when there is none.</returns>
    public AgreementSummary? Find(AgreementScope scope, string? key) => Summaries.FirstOrDefault(s => s.Scope == scope && s.Key == key);
}
