using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Scoring;

public class ScoringPropertyTests
{
    private static readonly Rubric Rubric = TestRubrics.Small();
    private static readonly ScoringEngine Engine = new(Rubric);

    [Fact]
    public void Every_score_stays_within_its_bounds()
    {
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), choices =>
        {
            var score = Engine.Score(Some.Assessment(Rubric, choices));
            return Some.Aggregates(score).Values.All(a =>
                InRange(a.Law, 0, 100) && InRange(a.Practice, 0, 100) && InRange(a.NetGap, -100, 100) &&
                InRange(a.AbsoluteGap, 0, 100) && InRange(a.Coherence, 0, 100) &&
                InRange(a.LawAllCells, 0, 100) && InRange(a.PracticeAllCells, 0, 100) &&
                a.Coverage >= 0 && a.Coverage <= 1 && a.Answered <= a.Applicable &&
                a.LawCoverage >= 0 && a.LawCoverage <= 1 && a.LawAnswered <= a.LawApplicable &&
                a.PracticeCoverage >= 0 && a.PracticeCoverage <= 1 && a.PracticeAnswered <= a.PracticeApplicable &&
                (a.Applicable > 0
                    ? (a.Status == ScoreStatus.Scored) == (a.AbsoluteGap is not null)
                    : a.AbsoluteGap is null && (a.Status == ScoreStatus.Scored) == (a.LawAllCells is not null || a.PracticeAllCells is not null)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_order_of_responses_never_matters()
    {
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), ArbMap.Default.ArbFor<int>(), (choices, seed) =>
        {
            var assessment = Some.Assessment(Rubric, choices);
            var shuffled = assessment with { Responses = Some.Shuffled(assessment.Responses, seed) };
            var a = Engine.Score(assessment);
            var b = Engine.Score(shuffled);

            // A diagnostic names its response by position, which a shuffle moves; its message must not change.
            static string Messages(AssessmentScore s) => string.Join("\n", s.Diagnostics.Select(d => d.Code + " " + d.Message).OrderBy(m => m, StringComparer.Ordinal));
            return Some.Canonical(a with { Diagnostics = [] }, Rubric) == Some.Canonical(b with { Diagnostics = [] }, Rubric) && Messages(a) == Messages(b);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Scaling_all_sibling_weights_by_the_same_factor_changes_nothing()
    {
        var factors = Gen.Elements(0.5, 2.0, 3.0, 10.0, 0.1).ToArbitrary();
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), factors, (choices, k) =>
        {
            var scaled = WithScaledWeights(Rubric, k);
            var assessment = Some.Assessment(Rubric, choices);
            var before = Some.Aggregates(Engine.Score(assessment));
            var after = Some.Aggregates(new ScoringEngine(scaled).Score(assessment));
            return before.Keys.All(key => Same(before[key], after[key]));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Raising_a_practice_level_never_lowers_a_practice_aggregate()
    {
        var practiceCells = Some.Cells(Rubric).Select((cell, index) => (cell, index)).Where(c => c.cell.FacetId == Facet.Practice).Select(c => c.index).ToArray();
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), Gen.Elements(practiceCells).ToArbitrary(), (choices, cell) =>
        {
            var levels = Rubric.FindScale("implementation")!.Levels.Count;
            if (choices[cell] < 0 || choices[cell] == levels - 1)
            {
                choices[cell] = 0;
            }

            var raised = (int[])choices.Clone();
            raised[cell] = choices[cell] + 1;
            var before = Some.Aggregates(Engine.Score(Some.Assessment(Rubric, choices)));
            var after = Some.Aggregates(Engine.Score(Some.Assessment(Rubric, raised)));
            return before.Keys.All(key => before[key].Practice is not { } p || (after[key].Practice is { } q && q >= p - 1e-9));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Adding_a_not_applicable_response_changes_no_value_and_never_lowers_coverage()
    {
        // Without a minimum coverage, values depend on the answered cells only, so they must not move at all;
        // with one, marking a cell not applicable may raise coverage above the minimum, which the second check allows.
        var cells = Some.Cells(Rubric);
        var noMinimum = WithMinCoverage(Rubric, 0);
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), Gen.Choose(0, cells.Count - 1).ToArbitrary(), (choices, index) =>
        {
            var cell = cells[index];
            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].IndicatorId == cell.IndicatorId && cells[i].GroupId == cell.GroupId)
                {
                    choices[i] = Some.Missing;
                }
            }

            var assessment = Some.Assessment(Rubric, choices);
            var marked = assessment with { Responses = assessment.Responses.Append(new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.NotApplicable)).ToList() };
            var engine = new ScoringEngine(noMinimum);
            var before = Some.Aggregates(engine.Score(assessment));
            var after = Some.Aggregates(engine.Score(marked));
            var withMinimumBefore = Some.Aggregates(Engine.Score(assessment));
            var withMinimumAfter = Some.Aggregates(Engine.Score(marked));
            return before.Keys.All(key =>
                Close(before[key].Law, after[key].Law) && Close(before[key].Practice, after[key].Practice) &&
                Close(before[key].NetGap, after[key].NetGap) && Close(before[key].AbsoluteGap, after[key].AbsoluteGap) &&
                (before[key].Status == after[key].Status || after[key].Status == ScoreStatus.NotApplicable || after[key].Applicable == 0) &&
                after[key].Coverage >= before[key].Coverage - 1e-12 &&
                (withMinimumAfter[key].Coverage >= withMinimumBefore[key].Coverage - 1e-12 || withMinimumAfter[key].Status == ScoreStatus.NotApplicable));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Scores_do_not_depend_on_the_current_culture()
    {
        var assessment = Some.Assessment(Rubric, Enumerable.Range(0, Some.Cells(Rubric).Count).Select(i => i % 4).ToArray());
        var invariant = Some.Canonical(Engine.Score(assessment), Rubric);
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("es-MX");
            Assert.Equal(invariant, Some.Canonical(Engine.Score(assessment), Rubric));
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(invariant, Some.Canonical(Engine.Score(assessment), Rubric));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    private static bool InRange(double? value, double min, double max) => value is not { } v || (v >= min - 1e-9 && v <= max + 1e-9);

    private static bool Same(Aggregate a, Aggregate b) =>
        a.Status == b.Status && Close(a.Law, b.Law) && Close(a.Practice, b.Practice) && Close(a.NetGap, b.NetGap) &&
        Close(a.AbsoluteGap, b.AbsoluteGap) && Math.Abs(a.Coverage - b.Coverage) < 1e-9;

    private static bool Close(double? a, double? b) => a is null ? b is null : b is not null && Math.Abs(a.Value - b.Value) < 1e-9;

    private static Rubric WithMinCoverage(Rubric rubric, double minCoverage)
    {
        Dimension Change(Dimension d) => d with
        {
            MinCoverage = minCoverage,
            Children = d.Children.Select(c => c is Dimension sub ? (RubricNode)Change(sub) : c).ToList(),
        };
        return new Rubric(rubric.Metadata, rubric.Facets, rubric.Scales, rubric.Groups, rubric.Thresholds, Change(rubric.Root), rubric.References, rubric.ContentHash);
    }

    private static Rubric WithScaledWeights(Rubric rubric, double k)
    {
        Dimension Scale(Dimension d) => d with
        {
            Weight = d.Weight * k,
            Children = d.Children.Select(c => c is Dimension sub ? (RubricNode)Scale(sub) : c with { Weight = c.Weight * k }).ToList(),
        };
        var groups = rubric.Groups.Select(g => g with { Weight = g.Weight * k }).ToList();
        return new Rubric(rubric.Metadata, rubric.Facets, rubric.Scales, groups, rubric.Thresholds, Scale(rubric.Root), rubric.References, rubric.ContentHash);
    }
}
