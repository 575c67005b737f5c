using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>
/// The regional comparison of the bundled examples, read as a regional consultant would: Example C (coherence 83.4 with
/// law 21.4 and practice 25.0, neither law nor practice) must not come first nor lead, as it did when coherence ranked alone.
/// </summary>
public class RegionalMethodTests
{

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task On_the_bundled_examples_Example_C_is_neither_ranked_first_nor_called_a_leader(string language)
    {
        var exampleC = language == "es" ? "País de ejemplo C (ficticio)" : "Example country C (fictitious)";
        using var temp = new TempDirectory();
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var html = temp.File("regional.html");
        var markdown = temp.File("regional.md");
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())));

        foreach (var output in new[] { html, markdown })
        {
            var result = await operation.RunAsync(new ReportOptions(new[] { examples }) { Language = language, Template = "regional-comparison", Period = "2026", OutputPath = output, Clock = new FixedClock(ReportSamples.Time) });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        }

        var page = File.ReadAllText(html);
        var ranking = Section(page, "ranking");
        var firstRow = Regex.Match(ranking, "<tbody>\\s*<tr>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(language == "es" ? "País de ejemplo" : "Example country", firstRow, StringComparison.Ordinal);
        Assert.DoesNotContain(exampleC, firstRow, StringComparison.Ordinal);
        Assert.Contains(exampleC, ranking, StringComparison.Ordinal);

        // The "leads" column of the series tables, in both sections, never names Example C.
        foreach (var id in new[] { "by-group", "by-dimension" })
        {
            var leaders = Regex.Matches(Section(page, id), "<tr><th scope=\"row\">[^<]*</th><td>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(leaders);
            Assert.DoesNotContain(leaders, l => l.Contains(exampleC, StringComparison.Ordinal));
        }

        var lines = File.ReadAllLines(markdown);
        var firstMarkdownRow = lines.SkipWhile(l => !l.StartsWith("|---:", StringComparison.Ordinal)).Skip(1).First();
        Assert.StartsWith("| 1 |", firstMarkdownRow, StringComparison.Ordinal);
        Assert.DoesNotContain(exampleC, firstMarkdownRow, StringComparison.Ordinal);
    }

    private static string Section(string page, string id)
    {
        var start = page.IndexOf("<section id=\"" + id + "\">", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section " + id);
        return page.Substring(start, page.IndexOf("</section>", start, StringComparison.Ordinal) - start);
    }
}
