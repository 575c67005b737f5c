using System.Linq;
using Coherence.Reports;
using Xunit;

namespace Coherence.Tests.Reports;

public class ReportModelsTests
{
    [Fact]
    public void A_profile_lists_the_largest_implementation_gap_with_its_evidence()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var gap = Assert.Single(model.ImplementationGaps);
        Assert.Equal(("H1", "immigrants"), (gap.IndicatorId, gap.Group.Id));
        Assert.Equal(66.67, gap.Scores.NetGap!.Value, 2);
        Assert.Equal("implementation-gap", gap.Scores.Class);
        Assert.Equal("Comprehensive", gap.Law.LevelName);
        Assert.StartsWith("Ley General de Migración", gap.Law.Evidence, System.StringComparison.Ordinal);
        Assert.Equal("Partial", gap.Practice.LevelName);
        Assert.Equal("medium", gap.Practice.Confidence);
        Assert.Equal(1, model.ImplementationGapCount);
    }

    [Fact]
    public void Practice_ahead_of_law_is_listed_apart_with_a_negative_gap()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var ahead = Assert.Single(model.PracticeAhead);
        Assert.Equal("D1", ahead.IndicatorId);
        Assert.True(ahead.Scores.NetGap < 0);
        Assert.Equal("P>L", ahead.Scores.Mark);
    }

    [Fact]
    public void A_group_without_any_answer_is_not_assessed_and_has_no_value_rather_than_zero()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMB"), run, "es", ReportSamples.Time);

        var returnees = model.Groups.Single(g => g.Id == "returnees").Scores;
        Assert.Equal("not-assessed", returnees.Status);
        Assert.True(returnees.IsNotAssessed);
        Assert.Null(returnees.Value);
        Assert.Equal("No evaluado", returnees.Text);
        Assert.Equal("returnees", Assert.Single(model.DataGaps.NotAssessedGroups).Id);
        Assert.DoesNotContain(model.DataGaps.Unanswered, a => a.Group.Id == "returnees");
    }

    [Fact]
    public void Unanswered_indicators_say_which_facet_is_missing_and_which_were_marked_unknown()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "es", ReportSamples.Time);

        var missing = model.DataGaps.Unanswered.Where(a => a.Group.Id == "returnees").SelectMany(a => a.Indicators).ToDictionary(i => i.Id, i => i.Missing);
        Assert.Equal("practice", missing["H1"]);
        Assert.Equal("unknown", missing["H2"]);
        Assert.Equal("both", missing["D1"]);
        Assert.Equal(4, model.DataGaps.UnansweredCount);
        Assert.Equal("falta la práctica", model.DataGaps.Unanswered.SelectMany(a => a.Indicators).Single(i => i.Id == "H1").MissingName);
    }

    [Fact]
    public void A_cell_with_too_few_answers_gives_its_reason_in_the_report_language()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMB"), run, "es", ReportSamples.Time);

        var rights = model.Dimensions.Single(d => d.Id == "rights").Scores;
        Assert.Equal("insufficient-data", rights.Status);
        Assert.Equal("cobertura de 33 %, por debajo del mínimo de 50 %", rights.Reason);
        Assert.Equal(model.HeatMap.Rows.Single(r => r.Id == "rights").Total, rights);
    }

    [Fact]
    public void Only_http_and_https_sources_become_links()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var sources = model.ImplementationGaps[0].Law.Sources;
        Assert.Equal("https://example.org/ley-migracion", sources[0].Url);
        Assert.Null(sources[1].Url);
        Assert.Equal("javascript:alert(1)", sources[1].Text);
        Assert.Null(sources[2].Url);
    }

    [Fact]
    public void The_heat_map_has_a_row_per_dimension_a_column_per_group_and_keeps_high_colours_for_high_law_and_practice()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        Assert.Equal(new[] { "immigrants", "returnees" }, model.HeatMap.Columns.Select(c => c.Id));
        Assert.Equal(new[] { "rights", "data" }, model.HeatMap.Rows.Select(r => r.Id));
        var cell = model.HeatMap.Rows[0].Cells[0];
        Assert.Equal("66.7", cell.Text);

        // Coherence 66.7 is in the "high" band, but the law is ahead of practice: the cell gets the middle colour.
        Assert.Equal("implementation-gap", cell.Class);
        Assert.Equal("#ffffbf", cell.Fill);
        Assert.Equal("L>P", cell.Mark);
        Assert.Equal("not-assessed", model.HeatMap.Rows[1].Cells[1].Status);
        Assert.Equal(model.Groups.Select(g => g.Scores), model.HeatMap.Footer.Cells);
        Assert.Equal(model.Dimensions[0].Scores, model.HeatMap.Rows[0].Total);
        Assert.Equal(("Dimension", "Overall"), (model.HeatMap.Corner, model.HeatMap.TotalHeader));
        Assert.Equal(5, model.HeatMap.Legend.Count);
    }

    [Fact]
    public void The_comparison_ranks_countries_by_joint_level_never_by_coherence_and_ties_share_a_rank()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Comparison(ReportSamples.Period(run), run, "en", ReportSamples.Time);

        var levels = model.Countries.Select(c => System.Math.Min(c.Overall.Law!.Value, c.Overall.Practice!.Value)).ToList();
        Assert.Equal(levels, model.Countries.Select(c => c.Overall.Level!.Value));
        Assert.Equal(levels.OrderByDescending(l => l), levels);
        Assert.Equal(1, model.Countries[0].Rank);
        Assert.Equal(model.Countries.Select(c => 1 + levels.Count(l => System.Math.Round(l, 1) > System.Math.Round(c.Overall.Level!.Value, 1))), model.Countries.Select(c => c.Rank!.Value));
        Assert.Equal(3, model.Levels.Count);
        Assert.Equal(levels.Average(), model.Levels.Mean!.Value, 9);
        Assert.Equal(model.Countries.Average(c => c.Overall.Value!.Value), model.Regional.Mean!.Value, 9);
    }

    [Fact]
    public void A_country_that_did_not_assess_a_group_is_shown_as_such_and_left_out_of_the_mean_and_ranking()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Comparison(ReportSamples.Period(run), run, "en", ReportSamples.Time);

        var returnees = model.Groups.Single(g => g.Id == "returnees");
        var xmb = returnees.Entries.Single(e => e.Country.Code == "XMB");
        Assert.Equal("not-assessed", xmb.Scores.Status);
        Assert.Null(xmb.Rank);
        Assert.Same(xmb, returnees.Entries[^1]);
        Assert.Equal(2, returnees.Stats.Count);
        var assessed = returnees.Entries.Where(e => e.Scores.Value is not null).Select(e => e.Scores.Value!.Value).ToList();
        Assert.Equal(assessed.Average(), returnees.Stats.Mean!.Value, 9);
        var column = model.GroupMatrix.Columns.Select(c => c.Id).ToList().IndexOf("XMB");
        Assert.Equal("Not assessed", model.GroupMatrix.Rows.Single(r => r.Id == "returnees").Cells[column].Text);
        Assert.Equal(returnees.Stats.Mean, model.GroupMatrix.Rows.Single(r => r.Id == "returnees").Total.Value);
        Assert.Equal(model.Countries.Select(c => c.Country.Code), model.GroupMatrix.Columns.Select(c => c.Header));
    }

    [Fact]
    public void The_leader_of_a_dimension_is_the_country_with_the_highest_value()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Comparison(ReportSamples.Period(run), run, "en", ReportSamples.Time);

        foreach (var series in model.Dimensions)
        {
            var best = series.Entries.Where(e => e.Scores.Value is not null).Max(e => System.Math.Round(e.Scores.Value!.Value, 1));
            Assert.Equal(series.Entries.Where(e => e.Scores.Value is { } v && System.Math.Round(v, 1) == best).Select(e => e.Country.Code), series.Leaders.Select(l => l.Code));
        }
    }

    [Fact]
    public void Words_follow_the_report_language()
    {
        var run = ReportSamples.Run();

        var es = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "es", ReportSamples.Time);
        var en = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        Assert.Equal("Inmigrantes", es.Groups[0].Name);
        Assert.Equal("Immigrants", en.Groups[0].Name);
        Assert.Equal("Brecha de implementación", es.Groups[0].Scores.ClassName);
        Assert.Equal("Perfil de país", es.Labels["countryProfile"]);
        Assert.Equal("Country profile", en.Labels["countryProfile"]);
        Assert.Equal(es.Labels.Keys.OrderBy(k => k), en.Labels.Keys.OrderBy(k => k));
    }
}
