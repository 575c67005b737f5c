using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static Coherence.Tests.Support.Teams;

namespace Coherence.Tests.Agreement;

public class AgreementEngineTests
{
    private static readonly Rubric Rubric = TestRubrics.Small();
    private static readonly AgreementEngine Engine = new(Rubric);

    private static AssessorAgreement Measure(params Assessment[] assessments) =>
        Engine.Measure(Assert.Single(AssessorSet.Gather(assessments, new List<Diagnostic>())), new AgreementSettings { Resamples = 200 }, new List<Diagnostic>());

    [Fact]
    public void Identical_answers_agree_exactly_with_alpha_and_kappa_of_one()
    {
        var agreement = Measure(By(Ministry, Everywhere(1).Concat(new[] { Level("H1", "immigrants", Facet.Law, "full") }).Skip(1).ToArray()), By(Network, Everywhere(1).Concat(new[] { Level("H1", "immigrants", Facet.Law, "full") }).Skip(1).ToArray()));

        Assert.Equal(1.0, agreement.Overall.ExactAgreement);
        Assert.Equal(1.0, agreement.Overall.Alpha.Value!.Value, 12);
        Assert.Equal(1.0, agreement.Overall.LinearKappa!.Value, 12);
        Assert.Equal(0.0, agreement.Overall.MeanDifference);
        Assert.Empty(agreement.Disagreements);
    }

    [Fact]
    public void Cells_are_compared_only_where_two_teams_took_a_stand_and_not_applicable_counts_as_one()
    {
        var agreement = Measure(
            By(Ministry, Level("H1", "immigrants", Facet.Law, "full"), Status("H2", "immigrants", Facet.Law, ResponseStatus.NotApplicable), Level("D1", "immigrants", Facet.Law, "partial"), Status("D2", "immigrants", Facet.Law, ResponseStatus.Unknown)),
            By(Network, Level("H1", "immigrants", Facet.Law, "partial"), Status("H2", "immigrants", Facet.Law, ResponseStatus.NotApplicable), Status("D1", "immigrants", Facet.Law, ResponseStatus.NotApplicable), Level("D2", "immigrants", Facet.Law, "full")));

        var law = agreement.Find(AgreementScope.Facet, Facet.Law)!;
        Assert.Equal(3, law.Compared);
        Assert.Equal(1.0 / 3, law.ExactAgreement!.Value, 12);
        var h1 = agreement.Cells.Single(c => c.IndicatorId == "H1" && c.GroupId == "immigrants" && c.FacetId == Facet.Law);
        Assert.Equal(66.66666666666666, h1.Spread!.Value, 9);
        Assert.Equal(2, h1.LevelSpread);
        var d1 = agreement.Cells.Single(c => c.IndicatorId == "D1" && c.GroupId == "immigrants" && c.FacetId == Facet.Law);
        Assert.True(d1.StatusConflict);
        Assert.Null(d1.Spread);
        Assert.Equal(new[] { "H1", "D1" }, agreement.Disagreements.Select(c => c.IndicatorId));
    }

    [Fact]
    public void A_team_that_rates_practice_lower_leans_lower_by_as_much()
    {
        var agreement = Measure(By(Ministry, Everywhere(2)), By(Network, Everywhere(2).Select(r => r.FacetId == Facet.Practice ? r with { Level = "partial" } : r).ToArray()));

        var leaning = agreement.Leanings.Single(l => l.RaterId == "civil-society" && l.FacetId == Facet.Practice);
        Assert.Equal(-100.0 / 3, leaning.MeanDeviation!.Value, 9);
        Assert.Equal(0.0, agreement.Leanings.Single(l => l.RaterId == "civil-society" && l.FacetId == Facet.Law).MeanDeviation!.Value, 12);
    }

    [Fact]
    public void Kappa_is_given_for_two_teams_only()
    {
        var three = Measure(By(Ministry, Everywhere(1)), By(Network, Everywhere(2)), By(Expert, Everywhere(1)));

        Assert.Null(three.Overall.LinearKappa);
        Assert.NotNull(three.Overall.Alpha.Value);
        Assert.Equal(AlphaMetric.Ordinal, three.Overall.Metric);
    }

    [Fact]
    public void Summaries_cover_overall_then_each_dimension_group_facet_and_indicator()
    {
        var agreement = Measure(By(Ministry, Everywhere(1)), By(Network, Everywhere(2)));

        Assert.Equal(AgreementScope.Overall, agreement.Summaries[0].Scope);
        Assert.Equal(new[] { "rights", "data" }, agreement.Summaries.Where(s => s.Scope == AgreementScope.Dimension).Select(s => s.Key));
        Assert.Equal(new[] { "immigrants", "returnees" }, agreement.Summaries.Where(s => s.Scope == AgreementScope.Group).Select(s => s.Key));
        Assert.Equal(new[] { "law", "practice" }, agreement.Summaries.Where(s => s.Scope == AgreementScope.Facet).Select(s => s.Key));
        Assert.Equal(new[] { "H1", "H2", "R1", "D1", "D2" }, agreement.Summaries.Where(s => s.Scope == AgreementScope.Indicator).Select(s => s.Key));
        Assert.Equal(Some.Cells(Rubric).Count, agreement.Overall.Cells);
    }

    [Fact]
    public void Exact_agreement_and_alpha_stay_within_bounds_and_do_not_depend_on_the_order_of_teams()
    {
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), Some.Choices(Rubric).ToArbitrary(), (a, b) =>
        {
            var first = Some.Assessment(Rubric, a) with { Assessors = new[] { Ministry } };
            var second = Some.Assessment(Rubric, b) with { Assessors = new[] { Network } };
            var one = Measure(first, second);
            var other = Measure(second with { Assessors = new[] { Ministry } }, first with { Assessors = new[] { Network } });
            var inBounds = one.Summaries.All(s => (s.ExactAgreement is null || (s.ExactAgreement >= 0 && s.ExactAgreement <= 1)) && (s.Alpha.Value is null || s.Alpha.Value <= 1 + 1e-12));
            return inBounds && one.Summaries.Zip(other.Summaries, (x, y) => Same(x.Alpha.Value, y.Alpha.Value) && Same(x.ExactAgreement, y.ExactAgreement) && Same(x.QuadraticKappa, y.QuadraticKappa)).All(ok => ok);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_bootstrap_is_reproducible_with_its_seed()
    {
        var first = Measure(By(Ministry, Everywhere(1)), By(Network, Everywhere(2).Take(10).Concat(Everywhere(1).Skip(10)).ToArray()));
        var again = Measure(By(Ministry, Everywhere(1)), By(Network, Everywhere(2).Take(10).Concat(Everywhere(1).Skip(10)).ToArray()));

        Assert.Equal(first.Summaries.Select(s => s.Alpha), again.Summaries.Select(s => s.Alpha));
    }

    private static bool Same(double? x, double? y) => (x is null && y is null) || (x is { } a && y is { } b && Math.Abs(a - b) < 1e-9);
}
