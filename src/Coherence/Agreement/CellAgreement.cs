using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>The answers of every rater to one cell (indicator, migrant group, facet), and whether they agree.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="GroupId">The migrant group.</param>
/// <param name="FacetId">The facet.</param>
/// <param name="DimensionId">The top-level dimension of the indicator, or <see langword="null"/> for one at the root.</param>
/// <param name="ScaleKind">Whether the cell is rated on levels or on a continuous range.</param>
/// <param name="Answers">Each rater's answer, in the set's rater order.</param>
/// <param name="Agrees">Whether every rater who took a stand gave the same answer; <see langword="null"/> when fewer than two took one.</param>
/// <param name="Spread">The distance between the highest and lowest scores given (0-100 points), or <see langword="null"/> when fewer than two raters gave a level or value.</param>
/// <param name="LevelSpread">The distance in levels between the highest and lowest levels given, on an ordinal scale; otherwise <see langword="null"/>.</param>
public sealed record CellAgreement(
    string IndicatorId,
    string GroupId,
    string FacetId,
    string? DimensionId,
    ScaleKind ScaleKind,
    IReadOnlyList<RaterAnswer> Answers,
    bool? Agrees,
    double? Spread,
    int? LevelSpread)
{
    /// <summary>Gets whether some raters said the cell does not apply while others rated it.</summary>
    public bool StatusConflict
    {
        get
        {
            bool notApplicable = false, answered = false;
            foreach (var answer in Answers)
            {
                notApplicable |= answer.IsNotApplicable;
                answered |= answer.Score is not null;
            }

            return notApplicable && answered;
        }
    }

    /// <summary>Gets the cell's key.</summary>
    public ResponseKey Key => new(IndicatorId, GroupId, FacetId);
}
