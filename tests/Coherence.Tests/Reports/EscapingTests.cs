using System;
using Coherence.Reports;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>User text (evidence, notes, sources, names, even the rubric's text) is shown as text, never run as markup.</summary>
public class EscapingTests
{
    [Theory]
    [InlineData("country-profile.html")]
    [InlineData("regional-comparison.html")]
    public void Script_and_image_payloads_in_user_text_are_escaped_in_HTML(string template)
    {
        var html = TemplateRenderingTests.Render(template, PayloadModel(template));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Xm", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;document.title&#x3D;&#x27;pwned&#x27;&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src&#x3D;x onerror&#x3D;&quot;document.body.dataset.pwned&#x3D;1&quot;&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("country-profile.md")]
    [InlineData("regional-comparison.md")]
    public void Script_and_image_payloads_in_user_text_are_escaped_in_Markdown(string template)
    {
        var markdown = TemplateRenderingTests.Render(template, PayloadModel(template));

        Assert.DoesNotContain("<", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=&quot;document.body.dataset.pwned=1&quot;&gt;", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rubric_text_is_escaped_too()
    {
        var run = ReportSamples.Run(ReportSamples.RubricWithPayloads());
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var html = TemplateRenderingTests.Render("country-profile.html", model);

        Assert.Contains("<img src=x onerror=\"document.body.dataset.pwned=1\">", model.Groups[0].Name, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Markdown_links_and_emphasis_in_user_text_stay_text()
    {
        var run = ReportSamples.Run(edit: a => a with { Notes = "[click](javascript:alert(1)) ![x](http://evil/x.png) **bold** `code`" });
        var model = ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "en", ReportSamples.Time);

        var markdown = TemplateRenderingTests.Render("country-profile.md", model);

        Assert.Contains(@"\[click\](javascript:alert(1)) !\[x\](http://evil/x.png) \*\*bold\*\* \`code\`", markdown, StringComparison.Ordinal);
    }

    internal static ReportModel PayloadModel(string template)
    {
        var run = ReportSamples.Run(ReportSamples.RubricWithPayloads(), ReportSamples.WithPayloads);
        return template.StartsWith("country", StringComparison.Ordinal)
            ? ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, "es", ReportSamples.Time)
            : ReportModels.Comparison(ReportSamples.Period(run), run, "es", ReportSamples.Time);
    }
}
