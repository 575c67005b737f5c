using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>
/// A profile shows where the country stands against the other countries of its period (median, range, rank per group for
/// law, practice and the joint level) and what changed since its previous round, when the run holds them; golden files
/// of the bundled examples in Reports/Approved (COHERENCE_APPROVE=1 accepts a change).
/// </summary>
public class BenchmarkAndTrendTests
{
    private const string Folder = "tests/Coherence.Tests/Reports/Approved";

    [Theory]
    [InlineData("es", "Desde 2025:", "## Frente a la región", "## Cambios desde la ronda anterior (2025 → 2026)")]
    [InlineData("en", "Since 2025:", "## Against the region", "## Change since the previous round (2025 → 2026)")]
    public async Task On_the_bundled_examples_XMA_2026_is_set_against_the_region_and_its_2025_round(string language, string since, string benchmark, string trend)
    {
        using var temp = new TempDirectory();
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())));

        var result = await operation.RunAsync(new ReportOptions(new[] { examples }) { Language = language, Template = "country-profile.md", Period = "2026", OutputDirectory = temp.Path, Clock = new FixedClock(ReportSamples.Time) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var xma = File.ReadAllText(Path.Combine(temp.Path, "XMA-2026.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = xma.Split('\n');
        var summary = Section(lines, language == "es" ? "## Resumen ejecutivo" : "## Executive summary");
        Assert.Contains(summary, l => l.StartsWith("- " + since, StringComparison.Ordinal));
        var region = Section(lines, benchmark);
        var (b, c, a) = language == "es"
            ? ("País de ejemplo B (ficticio)", "País de ejemplo C (ficticio)", "País de ejemplo A")
            : ("Example country B (fictitious)", "Example country C (fictitious)", "Example country A");
        Assert.Contains(region, l => l.Contains(b, StringComparison.Ordinal) && l.Contains(c, StringComparison.Ordinal));
        Assert.DoesNotContain(region, l => l.Contains(a, StringComparison.Ordinal));
        var change = Section(lines, trend);
        Assert.NotEmpty(change);
        Approvals.Verify(Folder, $"region-and-trend.XMA-2026.{language}.md", string.Join("\n", summary.Concat(region).Concat(change)).TrimEnd() + "\n");

        // Example C has no earlier round: it is set against the region, with no trend.
        var xmc = File.ReadAllText(Path.Combine(temp.Path, "XMC-2026.md"));
        Assert.Contains(benchmark, xmc, StringComparison.Ordinal);
        Assert.DoesNotContain(trend.Substring(0, trend.IndexOf('(', StringComparison.Ordinal)), xmc, StringComparison.Ordinal);
    }

    [Fact]
    public void The_benchmark_ranks_and_bounds_each_score_among_the_countries_of_the_period()
    {
        var run = ReportSamples.Run();

        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var benchmark = Assert.IsType<ProfileBenchmark>(model.Benchmark);
        Assert.Equal(3, benchmark.Countries);
        Assert.Equal(model.Groups.Count + 1, benchmark.Rows.Count);
        var overall = benchmark.Rows[^1];
        Assert.Equal("overall", overall.Group.Id);
        Assert.Equal(model.Overall.Level, overall.Level.Value);
        foreach (var figure in benchmark.Rows.SelectMany(r => new[] { r.Law, r.Practice, r.Level }).Where(f => f.Value is not null))
        {
            Assert.InRange(figure.Value!.Value, figure.Min!.Value, figure.Max!.Value);
            Assert.InRange(figure.Median!.Value, figure.Min!.Value, figure.Max!.Value);
            Assert.InRange(figure.Rank!.Value, 1, figure.Count);
        }

        // The peers are the other countries of 2026, never the country's own earlier round.
        var others = ReportSamples.Period(run).Where(s => s.Assessment.Country.Value != "XMA").Select(s => s.Assessment.CountryName!.For("en")).ToList();
        Assert.Equal(others, benchmark.Peers);
    }

    [Fact]
    public void The_trend_gives_each_change_as_now_minus_before_and_the_largest_moves_first()
    {
        var run = ReportSamples.Run();

        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var trend = Assert.IsType<ProfileTrend>(model.Trend);
        Assert.Equal("2025", trend.PreviousPeriod);
        Assert.True(trend.SameRubricVersion);
        foreach (var change in trend.Rows.SelectMany(r => new[] { r.Law, r.Practice, r.Level }).Where(c => c.Before is not null && c.Now is not null))
        {
            Assert.Equal(change.Now!.Value - change.Before!.Value, change.Change!.Value, 9);
        }

        var sizes = trend.Moves.Select(m => Math.Max(Math.Abs(m.Law.Change ?? 0), Math.Abs(m.Practice.Change ?? 0))).ToList();
        Assert.NotEmpty(sizes);
        Assert.Equal(sizes.OrderByDescending(s => s), sizes);
        Assert.Contains(model.Summary, s => s.StartsWith("Since 2025:", StringComparison.Ordinal));
        Assert.Null(ReportModels.Profile(ReportSamples.Score(run, "XMB"), run, "en", ReportSamples.Time).Trend);
    }

    [Theory]
    [InlineData("es", "versiones distintas de la rúbrica")]
    [InlineData("en", "different versions of the rubric")]
    public void Rounds_answered_to_different_rubric_versions_are_compared_with_a_warning(string language, string warning)
    {
        var run = ReportSamples.Run(edit: a => a.Period == "2025" ? a with { Rubric = a.Rubric with { Version = "0.9.0" } } : a);

        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, language, ReportSamples.Time);

        Assert.False(Assert.IsType<ProfileTrend>(model.Trend).SameRubricVersion);
        Assert.Contains(model.Summary, s => s.Contains(warning, StringComparison.Ordinal));
        Assert.Contains(warning, TemplateRenderingTests.Render("country-profile.html", model), StringComparison.Ordinal);
    }

    private static string[] Section(string[] lines, string heading)
    {
        var start = Array.IndexOf(lines, heading);
        Assert.True(start >= 0, "no section " + heading);
        return lines.Skip(start).TakeWhile((l, i) => i == 0 || !l.StartsWith("## ", StringComparison.Ordinal)).ToArray();
    }
}
