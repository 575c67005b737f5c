using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>One team's answer to a cell on which the teams differ, as a flat row: what <c>Measure-CoherenceAgreement -Disagreements</c> writes.</summary>
/// <param name="Country">The country's code.</param>
/// <param name="Period">The period.</param>
/// <param name="Rank">The cell's place among the disagreements, 1 for the largest.</param>
/// <param name="Indicator">The indicator.</param>
/// <param name="Group">The migrant group.</param>
/// <param name="Facet">The facet.</param>
/// <param name="Dimension">The top-level dimension, or <see langword="null"/>.</param>
/// <param name="Spread">The distance between the highest and lowest scores given (0-100), or <see langword="null"/>.</param>
/// <param name="Rater">The team.</param>
/// <param name="Answer">The level id, the value, <c>not-applicable</c>, <c>unknown</c> or <c>blank</c>.</param>
/// <param name="Score">The answer as a score of 0-100, or <see langword="null"/>.</param>
/// <param name="Evidence">The team's evidence, verbatim, or <see langword="null"/>.</param>
public sealed record DisagreementRow(
    string Country,
    string Period,
    int Rank,
    string Indicator,
    string Group,
    string Facet,
    string? Dimension,
    double? Spread,
    string Rater,
    string Answer,
    double? Score,
    string? Evidence)
{
    /// <summary>Lays the disagreements of an agreement run out as rows: per cell, largest first, one row per team.</summary>
    /// <param name="run">The agreement.</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<DisagreementRow> Of(AgreementRun run) =>
        run.Sets.SelectMany(set => set.Disagreements.SelectMany((cell, index) => cell.Answers.Select(answer => new DisagreementRow(
            set.Country.Value,
            set.Period,
            index + 1,
            cell.IndicatorId,
            cell.GroupId,
            cell.FacetId,
            cell.DimensionId,
            cell.Spread,
            answer.RaterId,
            Text(answer.Response),
            answer.Score,
            answer.Response?.Evidence)))).ToList();

    private static string Text(Response? response) => response switch
    {
        null => "blank",
        { Status: ResponseStatus.NotApplicable } => "not-applicable",
        { Status: ResponseStatus.Unknown } => "unknown",
        { Level: { } level } => level,
        { Value: { } value } => value.ToString("R", CultureInfo.InvariantCulture),
        _ => "blank",
    };
}
