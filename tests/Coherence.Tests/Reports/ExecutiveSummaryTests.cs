using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>
/// The executive summary on page 1 of the country profile, on the bundled examples, compared with approved files in
/// Reports/Approved (COHERENCE_APPROVE=1 accepts a change). Example C has low law and low practice: it must be called low, never praised.
/// </summary>
public class ExecutiveSummaryTests
{
    private const string Folder = "tests/Coherence.Tests/Reports/Approved";

    [Theory]
    [InlineData("XMA-2026", "es")]
    [InlineData("XMA-2026", "en")]
    [InlineData("XMC-2026", "es")]
    [InlineData("XMC-2026", "en")]
    public async Task The_summary_of_a_bundled_example_matches_the_approved_file_and_opens_the_profile(string example, string language)
    {
        var (markdown, html) = await Render(example, language);

        var heading = language == "es" ? "## Resumen ejecutivo" : "## Executive summary";
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, heading);
        Assert.True(start > 0, "the Markdown profile has no executive summary");
        Assert.DoesNotContain(lines.Take(start), l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = lines.Skip(start).TakeWhile((l, i) => i == 0 || !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        var bullets = section.Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.InRange(bullets.Count, 4, 6);
        Approvals.Verify(Folder, $"summary.{example}.{language}.md", string.Join("\n", section).TrimEnd() + "\n");

        // In the HTML the summary comes right under the heading, before the headline figures.
        var summary = html.IndexOf("<section id=\"summary\"", StringComparison.Ordinal);
        Assert.InRange(summary, html.IndexOf("</header>", StringComparison.Ordinal), html.IndexOf("<section id=\"headline\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("es", "ambas son bajas", "van de la mano")]
    [InlineData("en", "both are low", "go together")]
    public async Task Example_C_with_low_law_and_low_practice_is_described_as_low_not_praised(string language, string low, string praise)
    {
        var (markdown, _) = await Render("XMC-2026", language);

        var position = markdown.Split('\n').First(l => l.StartsWith("- ", StringComparison.Ordinal));
        Assert.Contains(low, position, StringComparison.Ordinal);
        Assert.DoesNotContain(praise, markdown, StringComparison.Ordinal);
        Assert.Contains(language == "es" ? "Coherente (bajo)" : "Coherent (low)", position, StringComparison.Ordinal);
    }

    private static async Task<(string Markdown, string Html)> Render(string example, string language)
    {
        using var temp = new TempDirectory();
        var input = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", example + ".json");
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())));
        var texts = new string[2];
        var names = new[] { "profile.md", "profile.html" };
        for (var i = 0; i < names.Length; i++)
        {
            var output = temp.File(names[i]);
            var result = await operation.RunAsync(new ReportOptions(new[] { input }) { Language = language, OutputPath = output, Clock = new FixedClock(ReportSamples.Time) });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            texts[i] = File.ReadAllText(output);
        }

        return (texts[0], texts[1]);
    }
}
