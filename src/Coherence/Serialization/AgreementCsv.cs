using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Writes agreement as one tidy table: a row per set of cells (overall, dimension, group, facet, indicator, and each cell), for R, pandas and spreadsheets.</summary>
/// <remarks>
/// Columns: <c>country, country_name, period, rubric, scope, dimension, group, facet, indicator, raters, cells, compared, exact_agreement,
/// mean_difference, metric, alpha, alpha_lower, alpha_upper, kappa_linear, kappa_quadratic</c>. A cell row has
/// <c>scope = cell</c>, its indicator, group and facet, and an exact agreement of 0 or 1; alpha and kappa are left empty there. <c>country_name</c> is the name the assessments give, in the
/// language asked for when they give it per language, empty when they give none, as in the scores' CSV.
/// Numbers are invariant (a point for decimals); empty means not defined. UTF-8 without byte-order mark, comma-separated, RFC 4180 quoting.
/// </remarks>
public static class AgreementCsv
{
    private static readonly string[] Header =
    {
        "country", "country_name", "period", "rubric", "scope", "dimension", "group", "facet", "indicator", "raters", "cells", "compared",
        "exact_agreement", "mean_difference", "metric", "alpha", "alpha_lower", "alpha_upper", "kappa_linear", "kappa_quadratic",
    };

    /// <summary>Writes an agreement run as CSV bytes.</summary>
    /// <param name="run">The agreement.</param>
    /// <param name="language">The language of <c>country_name</c> when the assessments name the country per language.</param>
    /// <returns>The CSV, UTF-8.</returns>
    public static byte[] ToUtf8(AgreementRun run, string language = "en")
    {
        if (run is null)
        {
            throw new System.ArgumentNullException(nameof(run));
        }

        var text = new StringBuilder();
        Line(text, Header);
        foreach (var set in run.Sets)
        {
            var raters = string.Join(";", set.Raters.Select(r => r.Id));
            var name = NameOf(set)?.For(language);
            var rubric = set.Rubric.Id + "@" + set.Rubric.Version;
            foreach (var summary in set.Summaries)
            {
                string? dimension = null, group = null, facet = null, indicator = null;
                switch (summary.Scope)
                {
                    case AgreementScope.Dimension: dimension = summary.Key; break;
                    case AgreementScope.Group: group = summary.Key; break;
                    case AgreementScope.Facet: facet = summary.Key; break;
                    case AgreementScope.Indicator: indicator = summary.Key; break;
                }

                if (summary.Scope == AgreementScope.Indicator && summary.Key is { } id)
                {
                    dimension = set.Cells.FirstOrDefault(c => c.IndicatorId == id)?.DimensionId;
                }

                Line(text, new[]
                {
                    set.Country.Value, name, set.Period, rubric, AgreementJson.ScopeName(summary.Scope), dimension, group, facet, indicator, raters,
                    Integer(summary.Cells), Integer(summary.Compared), Number(summary.ExactAgreement), Number(summary.MeanDifference),
                    AgreementJson.MetricName(summary.Metric), Number(summary.Alpha.Value), Number(summary.Alpha.Lower), Number(summary.Alpha.Upper),
                    Number(summary.LinearKappa), Number(summary.QuadraticKappa),
                });
            }

            foreach (var cell in set.Cells)
            {
                var scores = cell.Answers.Where(a => a.Score is not null).Select(a => a.Score!.Value).ToList();
                double? difference = null;
                if (scores.Count >= 2)
                {
                    var pairs = 0;
                    double total = 0;
                    for (var i = 0; i < scores.Count; i++)
                    {
                        for (var j = i + 1; j < scores.Count; j++)
                        {
                            total += System.Math.Abs(scores[i] - scores[j]);
                            pairs++;
                        }
                    }

                    difference = total / pairs;
                }

                Line(text, new[]
                {
                    set.Country.Value, name, set.Period, rubric, "cell", cell.DimensionId, cell.GroupId, cell.FacetId, cell.IndicatorId, raters,
                    "1", cell.Agrees is null ? "0" : "1", cell.Agrees is { } agrees ? (agrees ? "1" : "0") : null, Number(difference),
                    null, null, null, null, null, null,
                });
            }
        }

        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>Gets the country's name as the teams' assessments give it (the first that gives one), or <see langword="null"/>.</summary>
    /// <param name="set">The teams' assessments of one country and period.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    internal static CountryName? NameOf(AssessorAgreement set) => set.Raters.Select(r => r.Assessment.CountryName).FirstOrDefault(n => n is not null);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Number(double? value) => value?.ToString("0.##########", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append('\n');
    }
}
