using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Agreement;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>Builds the "who says what" section of a profile from the teams' scores and their agreement.</summary>
internal static class WhoSaysWhatBuilder
{
    /// <summary>The most cells two teams answered differently a profile lists.</summary>
    public const int MaxDisagreements = 10;

    public static WhoSaysWhat Build(AssessorPanel panel, Rubric rubric, ScoreViews views, int maxDisagreements)
    {
        var language = views.Language;
        var engine = new ScoringEngine(rubric);
        var teams = panel.Teams
            .Select(t => new TeamScore(
                t.Rater.Role is { } role ? AssessorRoleNames.Of(role) : string.Empty,
                RoleName(t.Rater, views),
                t.Rater.Label,
                views.Node(t.Score.Overall, engine.Classify(t.Score.Overall), rubric.Root.MinCoverage, t.Score.Assessment.Responses.Count > 0)))
            .ToList();

        // Government against civil society where both took part; otherwise the first two teams.
        var raters = panel.Agreement.Raters;
        var first = raters.FirstOrDefault(r => r.Role == AssessorRole.Government) ?? raters[0];
        var second = raters.FirstOrDefault(r => r.Role == AssessorRole.CivilSociety && r != first) ?? raters.First(r => r != first);
        var a = IndexOf(raters, first);
        var b = IndexOf(raters, second);
        var differing = panel.Agreement.Cells
            .Select(c => (Cell: c, First: c.Answers[a], Second: c.Answers[b]))
            .Where(p => Differ(p.First, p.Second))
            .ToList();
        var order = rubric.Indicators.Select((indicator, i) => (indicator.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var listed = differing
            .OrderByDescending(p => p.First.Score is { } x && p.Second.Score is { } y ? Math.Abs(y - x) : -1)
            .ThenBy(p => order.TryGetValue(p.Cell.IndicatorId, out var i) ? i : int.MaxValue)
            .Take(maxDisagreements)
            .Select(p => Row(p.Cell, p.First, p.Second, rubric, views))
            .ToList();

        var names = string.Join(", ", raters.Select(r => RoleName(r, views)));
        var overall = View(string.Empty, views.Words["overall"], names, panel.Agreement.Overall, views.Culture);
        var dimensions = rubric.Dimensions
            .Select(d => panel.Agreement.Find(AgreementScope.Dimension, d.Id) is { } s ? View(d.Id, d.Name.Get(language), names, s, views.Culture) : null)
            .OfType<AgreementView>()
            .ToList();
        return new WhoSaysWhat(teams, RoleName(first, views), RoleName(second, views), listed, differing.Count, overall, dimensions);
    }

    /// <summary>Makes the view of a roll-up of agreement.</summary>
    public static AgreementView View(string id, string name, string teams, AgreementSummary summary, CultureInfo culture) =>
        new(id, name, teams, summary.Compared, summary.ExactAgreement, summary.Alpha.Value is { } alpha && !double.IsNaN(alpha) ? alpha.ToString("0.00", culture) : "–");

    /// <summary>Names a team by its role in the report's language, numbered when the role recurs.</summary>
    public static string RoleName(Rater rater, ScoreViews views)
    {
        if (rater.Role is not { } role)
        {
            return rater.Label;
        }

        var name = AssessorRoleNames.Of(role);
        var number = rater.Id.Length > name.Length ? " " + rater.Id.Substring(name.Length + 1) : string.Empty;
        return views.Labels["role." + name] + number;
    }

    private static int IndexOf(IReadOnlyList<Rater> raters, Rater rater)
    {
        for (var i = 0; i < raters.Count; i++)
        {
            if (ReferenceEquals(raters[i], rater))
            {
                return i;
            }
        }

        return 0;
    }

    // Two answers differ when both took a stand and they are not the same level, value or status.
    private static bool Differ(RaterAnswer x, RaterAnswer y)
    {
        if (!x.TookStand || !y.TookStand)
        {
            return false;
        }

        if (x.Response!.Status != y.Response!.Status)
        {
            return true;
        }

        return x.Score is { } s && y.Score is { } t && Math.Abs(s - t) > 1e-9;
    }

    private static TeamDisagreement Row(CellAgreement cell, RaterAnswer first, RaterAnswer second, Rubric rubric, ScoreViews views)
    {
        var language = views.Language;
        var indicator = rubric.FindIndicator(cell.IndicatorId);
        var group = cell.GroupId == Response.WholeCountry ? views.Labels["whole-country"] : rubric.FindGroup(cell.GroupId)?.Name.Get(language) ?? cell.GroupId;
        var facet = rubric.Facets.FirstOrDefault(f => f.Id == cell.FacetId)?.Name.Get(language) ?? cell.FacetId;
        var scale = indicator is null ? null : rubric.ScaleOf(indicator, cell.FacetId);
        double? difference = first.Score is { } x && second.Score is { } y ? y - x : null;
        return new TeamDisagreement(cell.IndicatorId, indicator?.Name.Get(language) ?? cell.IndicatorId, group, facet, Answer(first, scale, views), Answer(second, scale, views), difference);
    }

    private static string Answer(RaterAnswer answer, Scale? scale, ScoreViews views) => answer.Response switch
    {
        { Status: ResponseStatus.NotApplicable } => views.Labels["not-applicable"],
        { Status: ResponseStatus.Unknown } => views.Labels["unknown"],
        { Level: { } level } => scale?.FindLevel(level)?.Label.Get(views.Language) ?? level,
        { Value: { } value } => value.ToString("0.###", views.Culture),
        _ => "–",
    };
}
