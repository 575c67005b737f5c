using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Scoring;

/// <summary>An integrity-style rubric: some questions in law only, some in practice only, some in both; both readings reported.</summary>
public class FacetReadingTests
{
    /// <summary>Two facets on one continuous 0-100 scale; 'cat' mixes law-only (L1, L2), practice-only (P1, P2) and paired (B1, B2) questions; 'rules' asks in law only.</summary>
    public const string IntegrityYaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata:
          id: integrity
          version: 1.0.0
          languages: [en]
          title: { en: "Integrity" }
        spec:
          facets:
            - { id: law, name: { en: In law }, scale: score }
            - { id: practice, name: { en: In practice }, scale: score }
          scales:
            - { id: score, type: continuous, min: 0, max: 100 }
          groups:
            - { id: all, name: { en: Everyone } }
          thresholds: { gap: 25, high: 50 }
          minCoverage: 0
          dimensions:
            - id: cat
              name: { en: Category }
              indicators:
                - { id: L1, name: { en: L1 }, facets: { law: { question: { en: "?" } } } }
                - { id: L2, name: { en: L2 }, facets: { law: { question: { en: "?" } } } }
                - { id: P1, name: { en: P1 }, facets: { practice: { question: { en: "?" } } } }
                - { id: P2, name: { en: P2 }, facets: { practice: { question: { en: "?" } } } }
                - { id: B1, name: { en: B1 }, facets: { law: { question: { en: "?" } }, practice: { question: { en: "?" } } } }
                - { id: B2, name: { en: B2 }, facets: { law: { question: { en: "?" } }, practice: { question: { en: "?" } } } }
            - id: rules
              name: { en: Rules }
              indicators:
                - { id: L3, name: { en: L3 }, facets: { law: { question: { en: "?" } } } }
        """;

    private static readonly Rubric Rubric = TestRubrics.Load(IntegrityYaml);
    private static readonly ScoringEngine Engine = new(Rubric);

    private static Response Law(string indicator, double value) => new(indicator, "all", Facet.Law, ResponseStatus.Answered, Value: value);

    private static Response Practice(string indicator, double value) => new(indicator, "all", Facet.Practice, ResponseStatus.Answered, Value: value);

    private static Response NotApplicable(string indicator, string facet) => new(indicator, "all", facet, ResponseStatus.NotApplicable);

    private static AssessmentScore Score(params Response[] responses) => Engine.Score(TestRubrics.Assess(Rubric, responses));

    private static Aggregate Node(AssessmentScore score, string id) => score.Root.Children.Single(c => c.NodeId == id).ByGroup["all"];

    [Fact]
    public void An_indicator_of_a_two_facet_rubric_may_rate_one_facet()
    {
        Assert.Equal(new[] { Facet.Law }, Rubric.FindIndicator("L1")!.Facets.Select(f => f.FacetId));
        Assert.Equal(new[] { Facet.Practice }, Rubric.FindIndicator("P1")!.Facets.Select(f => f.FacetId));
        Assert.Equal(2, Rubric.FindIndicator("B1")!.Facets.Count);
    }

    [Fact]
    public void Each_facet_is_meaned_over_all_its_cells_and_the_gap_over_the_paired_cells()
    {
        var score = Score(Law("L1", 100), Law("L2", 80), Practice("P1", 20), Law("B1", 60), Practice("B1", 40), Law("B2", 40), Practice("B2", 40), Law("L3", 30));
        var cat = Node(score, "cat");

        // Paired reading: B1 and B2 only.
        Assert.Equal(ScoreStatus.Scored, cat.Status);
        Assert.Equal(50, cat.Law!.Value, 9);
        Assert.Equal(40, cat.Practice!.Value, 9);
        Assert.Equal(10, cat.NetGap!.Value, 9);
        Assert.Equal(10, cat.AbsoluteGap!.Value, 9);
        Assert.Equal((1.0, 2, 2), (cat.Coverage, cat.Answered, cat.Applicable));

        // Facet reading: every law question, every practice question; P2 is unanswered and lowers practice coverage.
        Assert.Equal(70, cat.LawAllCells!.Value, 9);
        Assert.Equal(100 / 3.0, cat.PracticeAllCells!.Value, 9);
        Assert.Equal((1.0, 4, 4), (cat.LawCoverage, cat.LawAnswered, cat.LawApplicable));
        Assert.Equal((0.75, 3, 4), (cat.PracticeCoverage, cat.PracticeAnswered, cat.PracticeApplicable));
    }

    [Fact]
    public void A_node_of_law_only_questions_has_a_law_reading_and_no_pair_no_gap_and_no_class()
    {
        var score = Score(Law("L3", 30));
        var rules = Node(score, "rules");

        Assert.Equal(ScoreStatus.Scored, rules.Status);
        Assert.Equal(30, rules.LawAllCells);
        Assert.Null(rules.PracticeAllCells);
        Assert.Null(rules.Law);
        Assert.Null(rules.AbsoluteGap);
        Assert.Equal((0, 0.0), (rules.Applicable, rules.Coverage));
        Assert.Null(score.Matrix.Single(m => m.DimensionId == "rules").Class);
        var cell = Assert.Single(score.Indicators, i => i.IndicatorId == "L3");
        Assert.Null(cell.Class);
        Assert.Equal(30, cell.Score.Law);
    }

    [Fact]
    public void Both_readings_reach_the_root_and_the_rows()
    {
        var score = Score(Law("L1", 100), Law("B1", 60), Practice("B1", 40), Law("L3", 30));
        var rows = Engine.Rows(score);
        var root = rows.Single(r => r.Kind == NodeKind.Rubric && r.Group == ScoreRow.AllGroups);

        // Root: cat's law over all cells is (100 + 60) / 2 = 80, rules' 30; the paired law is cat's alone, 60.
        Assert.Equal(55, root.LawAllCells!.Value, 9);
        Assert.Equal(60, root.Law!.Value, 9);
        Assert.Equal(20, root.NetGap!.Value, 9);
        Assert.Equal(40, root.PracticeAllCells!.Value, 9);
    }

    [Fact]
    public void Not_applicable_on_one_facet_beside_an_answer_keeps_the_answer_and_warns_at_the_response()
    {
        var score = Score(Law("B1", 60), Practice("B1", 40), Law("B2", 90), NotApplicable("B2", Facet.Practice));

        var d = Assert.Single(score.Diagnostics);
        Assert.Equal(("ASM043", Coherence.Diagnostics.DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal("responses[3]", d.Location.Detail);
        Assert.Contains("'law' answer is kept", d.Message.ToString(), System.StringComparison.Ordinal);
        var b2 = Assert.Single(score.Indicators, i => i.IndicatorId == "B2").Score;
        Assert.Equal((ScoreStatus.Scored, 90.0, 0), (b2.Status, b2.Law!.Value, b2.Applicable));
        var cat = Node(score, "cat");
        Assert.Equal(75, cat.LawAllCells!.Value, 9);
        Assert.Equal(60, cat.Law!.Value, 9);
    }

    [Fact]
    public void Not_applicable_on_both_facets_or_beside_no_answer_takes_the_cell_out_without_a_word()
    {
        var score = Score(NotApplicable("B2", Facet.Law), NotApplicable("B2", Facet.Practice), NotApplicable("B1", Facet.Law));

        Assert.Empty(score.Diagnostics);
        Assert.All(score.Indicators.Where(i => i.IndicatorId is "B1" or "B2"), i => Assert.Equal(ScoreStatus.NotApplicable, i.Score.Status));
    }

    [Fact]
    public void An_indicator_with_no_facet_is_an_error_whose_hint_fits_continuous_scales()
    {
        var yaml = IntegrityYaml.Replace("- { id: L3, name: { en: L3 }, facets: { law: { question: { en: \"?\" } } } }", "- { id: L3, name: { en: L3 }, facets: {} }", System.StringComparison.Ordinal);
        var result = Coherence.Serialization.RubricReader.Read(yaml, "integrity.yaml");

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RUB011", d.Code);
        Assert.Equal("indicator 'L3' rates no facet", d.Message.ToString());
        Assert.Equal("add facets.law | facets.practice with a question, and level descriptors for an ordinal scale (a continuous scale has none)", d.Hint!.ToString());
    }
}
