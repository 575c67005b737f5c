using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>One roll-up of agreement as a flat row: what <c>Measure-CoherenceAgreement</c> writes, one per country, period and part of the rubric.</summary>
/// <param name="Country">The country's code.</param>
/// <param name="CountryName">The country's name: the one the assessments give, else its ISO name in the language asked for; <see langword="null"/> for a code no list names.</param>
/// <param name="Period">The period.</param>
/// <param name="Scope">overall, dimension, group, facet or indicator.</param>
/// <param name="Part">The dimension, group, facet or indicator id; <c>*</c> for overall.</param>
/// <param name="Raters">The teams compared, by id, separated by semicolons.</param>
/// <param name="Compared">The cells on which two or more teams took a stand.</param>
/// <param name="ExactAgreement">The share (0-1) of compared cells with the same answer, or <see langword="null"/>.</param>
/// <param name="MeanDifference">The mean distance between two teams' scores, in points of 0-100, or <see langword="null"/>.</param>
/// <param name="Metric">ordinal or interval.</param>
/// <param name="Alpha">Krippendorff's alpha, or <see langword="null"/> when not defined.</param>
/// <param name="AlphaLower">The lower bound of alpha's bootstrap interval, or <see langword="null"/>.</param>
/// <param name="AlphaUpper">The upper bound of alpha's bootstrap interval, or <see langword="null"/>.</param>
/// <param name="LinearKappa">Weighted kappa with linear weights (two teams, levels), or <see langword="null"/>.</param>
/// <param name="QuadraticKappa">Weighted kappa with quadratic weights (two teams, levels), or <see langword="null"/>.</param>
public sealed record AgreementRow(
    string Country,
    string? CountryName,
    string Period,
    string Scope,
    string Part,
    string Raters,
    int Compared,
    double? ExactAgreement,
    double? MeanDifference,
    string Metric,
    double? Alpha,
    double? AlphaLower,
    double? AlphaUpper,
    double? LinearKappa,
    double? QuadraticKappa)
{
    /// <summary>Lays an agreement run out as rows: per set, overall first, then per dimension, group, facet and indicator.</summary>
    /// <param name="run">The agreement.</param>
    /// <param name="language">The language of country names the assessments do not give (es, en).</param>
    /// <returns>The rows.</returns>
    public static IReadOnlyList<AgreementRow> Of(AgreementRun run, string language = "en") =>
        run.Sets.SelectMany(set => set.Summaries.Select(s => new AgreementRow(
            set.Country.Value,
            AgreementCsv.NameOf(set)?.For(language) ?? CountryNames.Of(set.Country)?.Get(language),
            set.Period,
            AgreementJson.ScopeName(s.Scope),
            s.Key ?? "*",
            string.Join(";", set.Raters.Select(r => r.Id)),
            s.Compared,
            s.ExactAgreement,
            s.MeanDifference,
            AgreementJson.MetricName(s.Metric),
            s.Alpha.Value,
            s.Alpha.Lower,
            s.Alpha.Upper,
            s.LinearKappa,
            s.QuadraticKappa))).ToList();
}
