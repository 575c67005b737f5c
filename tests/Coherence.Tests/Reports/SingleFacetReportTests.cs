using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Scoring;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>Rubrics that rate the law only (the bundled IMPIC 2016 rubric) have scores but no gaps; reports say so.</summary>
public class SingleFacetReportTests
{
    [Theory]
    [InlineData("country-profile.html")]
    [InlineData("country-profile.md")]
    [InlineData("regional-comparison.html")]
    [InlineData("regional-comparison.md")]
    public void A_law_only_rubric_renders_its_scores_without_gap_sections(string template)
    {
        var run = Run();
        ReportModel model = template.StartsWith("country", StringComparison.Ordinal)
            ? ReportModels.Profile(run.Scores[0], run, "en", ReportSamples.Time)
            : ReportModels.Comparison(run.Scores, run, "en", ReportSamples.Time);

        var text = System.Net.WebUtility.HtmlDecode(TemplateRenderingTests.Render(template, model));

        Assert.False(model.Rubric.HasGap);
        Assert.DoesNotContain(model.Labels["largestGaps"], text, StringComparison.Ordinal);
        Assert.Contains(model.Labels["singleFacetText"], text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_law_only_score_is_the_value_shown_and_has_no_class()
    {
        var run = Run();

        var model = ReportModels.Profile(run.Scores[0], run, "en", ReportSamples.Time);

        Assert.True(model.Overall.IsScored);
        Assert.Equal(model.Overall.Law, model.Overall.Value);
        Assert.Null(model.Overall.Coherence);
        Assert.Null(model.Overall.Class);
        Assert.Empty(model.ImplementationGaps);
    }

    private static ScoreRun Run()
    {
        var rubric = new RubricCatalog().Resolve("impic-2016").Value!;
        var engine = new ScoringEngine(rubric);
        var random = new Random(7);
        var scores = new[] { "XMA", "XMB" }
            .Select(code => new Assessment(
                CountryCode.Parse(code),
                "2016",
                RubricReference.Of(rubric),
                rubric.Indicators.Select(i => new Response(i.Id, "immigrants", Facet.Law, ResponseStatus.Answered, null, random.NextDouble())).ToList()))
            .Select(engine.Score)
            .ToList();
        return new ScoreRun(scores, new Dictionary<string, Rubric> { [rubric.Id] = rubric }, ReportSamples.Time, "0.0.0-test");
    }
}
