using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>The Markdown reports, compared with approved files in Reports/Approved (COHERENCE_APPROVE=1 accepts a change).</summary>
public class GoldenMarkdownTests
{
    private const string Folder = "tests/Coherence.Tests/Reports/Approved";
    private static readonly ReportRenderer Renderer = new(strict: true);

    [Theory]
    [InlineData("XMA", "es")]
    [InlineData("XMA", "en")]
    [InlineData("XMB", "es")]
    public void The_Markdown_country_profile_matches_the_approved_file(string country, string language)
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(ReportSamples.Score(run, country), run, language, ReportSamples.Time);

        Approvals.Verify(Folder, $"country-profile.{country}.{language}.md", Render("country-profile.md", model));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void The_Markdown_regional_comparison_matches_the_approved_file(string language)
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Comparison(ReportSamples.Period(run), run, language, ReportSamples.Time);

        Approvals.Verify(Folder, $"regional-comparison.{language}.md", Render("regional-comparison.md", model));
    }

    private static string Render(string template, ReportModel model)
    {
        var result = Renderer.Render(new TemplateCatalog().Resolve(template).Value!, model);
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
