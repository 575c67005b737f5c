using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Scoring;

public class CountryScopeTests
{
    private static readonly Rubric Rubric = CountryScoped();
    private static readonly ScoringEngine Engine = new(Rubric);

    private static Response WholeCountry(string indicator, string facet, string level) => new(indicator, Response.WholeCountry, facet, ResponseStatus.Answered, level);

    [Fact]
    public void An_answer_for_the_whole_country_counts_for_every_group_the_indicator_applies_to()
    {
        var score = Engine.Score(Assess(Rubric, WholeCountry("D1", Facet.Law, "full"), WholeCountry("D1", Facet.Practice, "partial")));

        Assert.Empty(score.Diagnostics);
        var cells = score.Indicators.Where(i => i.IndicatorId == "D1").ToList();
        Assert.Equal(new[] { "immigrants", "returnees" }, cells.Select(c => c.GroupId));
        Assert.All(cells, c => Assert.Equal((100.0, 100 / 3.0), (c.Score.Law!.Value, c.Score.Practice!.Value)));
        Assert.All(cells, c => Assert.Equal(c.GroupId, c.LawResponse!.GroupId));
    }

    [Fact]
    public void A_country_scope_indicator_may_still_be_answered_per_group()
    {
        var score = Engine.Score(Assess(Rubric, Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "full"), Law("D1", "returnees", "absent"), Practice("D1", "returnees", "none")));

        Assert.Empty(score.Diagnostics);
        Assert.Equal(new double?[] { 100, 0 }, score.Indicators.Where(i => i.IndicatorId == "D1").Select(c => c.Score.Law));
    }

    [Fact]
    public void An_indicator_asked_per_group_cannot_be_answered_for_the_whole_country()
    {
        var score = Engine.Score(Assess(Rubric, WholeCountry("H1", Facet.Law, "full")));

        var d = Assert.Single(score.Diagnostics);
        Assert.Equal("ASM027", d.Code);
        Assert.Equal("give one response per group: immigrants, returnees", d.Hint!.ToString());
        Assert.All(score.Indicators.Where(i => i.IndicatorId == "H1"), c => Assert.Null(c.Score.Law));
    }

    [Fact]
    public void Answering_a_cell_both_for_the_whole_country_and_for_its_group_is_an_error_whatever_the_order()
    {
        var both = new[] { WholeCountry("D1", Facet.Law, "full"), Law("D1", "returnees", "absent") };

        foreach (var responses in new[] { both, both.Reverse().ToArray() })
        {
            var d = Assert.Single(Engine.Score(Assess(Rubric, responses)).Diagnostics);
            Assert.Equal("ASM028", d.Code);
            Assert.Equal("indicator 'D1' (law) is answered for the whole country ('*') and for group 'returnees'", d.Message.ToString());
        }
    }

    [Fact]
    public void Two_answers_for_the_whole_country_are_a_cell_answered_twice()
    {
        var d = Assert.Single(Engine.Score(Assess(Rubric, WholeCountry("D2", Facet.Practice, "full"), WholeCountry("D2", Facet.Practice, "none"))).Diagnostics);

        Assert.Equal("ASM026", d.Code);
    }

    [Fact]
    public void Answering_a_country_scope_indicator_once_equals_answering_the_same_on_every_group()
    {
        var cells = Some.Cells(Rubric);
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), choices =>
        {
            // Every group of a country-scope indicator gets the answer of its first group...
            for (var i = 0; i < cells.Count; i++)
            {
                var indicator = Rubric.FindIndicator(cells[i].IndicatorId)!;
                if (indicator.Scope == IndicatorScope.Country)
                {
                    var first = cells.Select((c, index) => (c, index)).First(x => x.c.IndicatorId == indicator.Id && x.c.FacetId == cells[i].FacetId).index;
                    choices[i] = choices[first];
                }
            }

            var perGroup = Some.Assessment(Rubric, choices);

            // ...and the same answers given once for the whole country score the same.
            var once = new List<Response>();
            for (var i = 0; i < cells.Count; i++)
            {
                var indicator = Rubric.FindIndicator(cells[i].IndicatorId)!;
                if (indicator.Scope == IndicatorScope.Group)
                {
                    once.AddRange(new[] { Some.ToResponse(Rubric, cells[i], choices[i]) }.OfType<Response>());
                }
                else if (cells[i].GroupId == indicator.Groups[0] && Some.ToResponse(Rubric, cells[i], choices[i]) is { } response)
                {
                    once.Add(response with { GroupId = Response.WholeCountry });
                }
            }

            var wholeCountry = perGroup with { Responses = once };
            var a = Engine.Score(perGroup);
            var b = Engine.Score(wholeCountry);
            // "Not applicable" on one facet beside an answer warns (ASM043) once per response: per group, or once for "*".
            return a.Diagnostics.All(d => d.Code == "ASM043") && b.Diagnostics.All(d => d.Code == "ASM043") &&
                Some.Canonical(a with { Diagnostics = [] }, Rubric) == Some.Canonical(b with { Diagnostics = [] }, Rubric);
        }).QuickCheckThrowOnFailure();
    }
}
