using System;
using System.IO;
using System.Threading.Tasks;
using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Reports;

/// <summary>
/// The HTML reports in a real browser: the key figures are in the rendered page, no script from user text ran,
/// and a screenshot is kept in tests/Coherence.Tests/TestResults/artifacts (or $COHERENCE_ARTIFACTS) for people to look at.
/// </summary>
public class ChromiumTests
{
    private readonly ITestOutputHelper output;

    public ChromiumTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task The_detector_sees_a_script_that_does_run()
    {
        // A control: if this failed, the checks below could not tell a script that ran from one that did not.
        if (Chromium.Find() is not { } browser)
        {
            RealClients.Skip(output, "chromium not on PATH (apt-get install -y chromium)");
            return;
        }

        using var temp = new TempDirectory();
        var page = temp.File("control.html");
        await File.WriteAllTextAsync(page, "<!DOCTYPE html><html><head><title>t</title></head><body>" + ReportSamples.ScriptPayload + ReportSamples.ImagePayload + "</body></html>");

        var dom = await Chromium.DumpDomAsync(browser, page);

        Assert.Contains("<title>pwned</title>", dom, StringComparison.Ordinal);
        Assert.Contains("data-pwned=\"1\"", dom, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task The_country_profile_shows_its_figures_in_Chromium_and_no_script_from_user_text_runs(string language)
    {
        if (Chromium.Find() is not { } browser)
        {
            RealClients.Skip(output, "chromium not on PATH (apt-get install -y chromium)");
            return;
        }

        var run = ReportSamples.Run(ReportSamples.RubricWithPayloads(), ReportSamples.WithPayloads);
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, language, ReportSamples.Time);
        using var temp = new TempDirectory();
        var page = temp.File("profile.html");
        await File.WriteAllTextAsync(page, TemplateRenderingTests.Render("country-profile.html", model));

        var dom = await Chromium.DumpDomAsync(browser, page);

        AssertNoScriptRan(dom);
        var labels = new Coherence.Localization.Labels(language);
        Assert.Contains("<div class=\"figure\">" + labels.Score(model.Overall.Level) + "</div>", dom, StringComparison.Ordinal);
        foreach (var group in model.Groups)
        {
            Assert.Contains("<strong>" + labels.Score(group.Scores.Level) + "</strong>", dom, StringComparison.Ordinal);
        }

        Assert.Contains(model.Labels["largestGaps"], dom, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);
        await Screenshot(browser, page, $"country-profile.{language}.png");
    }

    [Fact]
    public async Task The_regional_comparison_shows_its_ranking_in_Chromium_and_no_script_from_user_text_runs()
    {
        if (Chromium.Find() is not { } browser)
        {
            RealClients.Skip(output, "chromium not on PATH (apt-get install -y chromium)");
            return;
        }

        var run = ReportSamples.Run(ReportSamples.RubricWithPayloads(), ReportSamples.WithPayloads);
        var model = ReportModels.Comparison(ReportSamples.Period(run), run, "es", ReportSamples.Time);
        using var temp = new TempDirectory();
        var page = temp.File("comparison.html");
        await File.WriteAllTextAsync(page, TemplateRenderingTests.Render("regional-comparison.html", model));

        var dom = await Chromium.DumpDomAsync(browser, page);

        AssertNoScriptRan(dom);
        Assert.Contains("<div class=\"figure\">" + new Coherence.Localization.Labels("es").Score(model.Levels.Mean) + "</div>", dom, StringComparison.Ordinal);
        foreach (var country in model.Countries)
        {
            Assert.Contains(">" + country.Overall.Text + "<", dom, StringComparison.Ordinal);
        }

        Assert.Contains("No evaluado", dom, StringComparison.Ordinal);
        await Screenshot(browser, page, "regional-comparison.es.png");
    }

    private static void AssertNoScriptRan(string dom)
    {
        Assert.DoesNotContain("<title>pwned</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", dom, StringComparison.OrdinalIgnoreCase);
    }

    private async Task Screenshot(string browser, string page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("COHERENCE_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(TestRubrics.RepositoryRoot(), "tests", "Coherence.Tests", "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        var png = Path.Combine(folder, name);
        await Chromium.ScreenshotAsync(browser, page, png);
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is too small to show a report");
        output.WriteLine("Screenshot: " + png);
    }
}
