using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary><c>coherence report -t regional-comparison --robustness result.json</c>: the rank intervals of a robustness result in the regional report.</summary>
public class RobustnessReportTests : IClassFixture<RobustnessReportTests.Result>
{
    private readonly Result result;

    public RobustnessReportTests(Result result) => this.result = result;

    private static string Examples => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task The_html_report_shows_each_countrys_interval_with_its_reading_and_bar()
    {
        using var dir = new TempDirectory();
        var html = dir.File("regional.html");

        var (code, _, error) = await CliRunner.RunAsync("report", Examples, "-t", "regional-comparison", "--period", "2026", "--robustness", result.Path, "-o", html, "--language", "en");

        Assert.True(code == 0, error);
        var text = File.ReadAllText(html);
        Assert.Contains("id=\"rank-intervals\"", text, StringComparison.Ordinal);
        var rows = result.Overall2026();
        Assert.True(rows.Count >= 3, "too few countries in the result");
        foreach (var (country, low, high, reading) in rows)
        {
            Assert.Contains(reading, text, StringComparison.Ordinal);
            Assert.Contains(low == high ? ">" + low + " / " : ">" + low + "\u2013" + high + " / ", text, StringComparison.Ordinal);
        }

        Assert.Equal(rows.Count, CountOf(text, "<svg class=\"rank-interval\""));
    }

    [Fact]
    public async Task The_markdown_report_in_spanish_has_a_table_of_the_intervals()
    {
        using var dir = new TempDirectory();
        var md = dir.File("regional.md");

        var (code, _, error) = await CliRunner.RunAsync("report", Examples, "-t", "regional-comparison.md", "--period", "2026", "--robustness", result.Path, "-o", md, "--language", "es");

        Assert.True(code == 0, error);
        var text = File.ReadAllText(md);
        Assert.Contains("## ¿Qué tan firme es la clasificación?", text, StringComparison.Ordinal);
        foreach (var (_, low, high, _) in result.Overall2026())
        {
            Assert.Contains("| " + low + "–" + high + " | En el 90 % de las variaciones,", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_a_robustness_result_the_section_is_absent()
    {
        using var dir = new TempDirectory();
        var html = dir.File("regional.html");

        var (code, _, error) = await CliRunner.RunAsync("report", Examples, "-t", "regional-comparison", "--period", "2026", "-o", html, "--language", "en");

        Assert.True(code == 0, error);
        var text = File.ReadAllText(html);
        Assert.DoesNotContain("id=\"rank-intervals\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg class=\"rank-interval\"", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"id\": \"mesoamerica-coherence\"", "\"id\": \"another-rubric\"", "REP014", "another-rubric")]
    [InlineData("\"period\": \"2026\"", "\"period\": \"2031\"", "REP015", "2031")]
    [InlineData("\"kind\": \"RobustnessResult\"", "\"kind\": \"Assessment\"", "REP013", "kind")]
    [InlineData("\"ranks\": [", "\"ranks\": [,", "REP013", "@line")]
    public async Task A_mismatched_or_broken_result_is_refused_with_a_located_error(string from, string to, string code, string said)
    {
        using var dir = new TempDirectory();
        var original = File.ReadAllText(result.Path);
        Assert.Contains(from, original, StringComparison.Ordinal);
        var bad = dir.File("bad.json");
        File.WriteAllText(bad, original.Replace(from, to, StringComparison.Ordinal));
        var html = dir.File("regional.html");

        var (exit, _, error) = await CliRunner.RunAsync("report", Examples, "-t", "regional-comparison", "--period", "2026", "--robustness", bad, "-o", html, "--language", "en");

        Assert.Equal(1, exit);
        Assert.Contains(bad, error, StringComparison.Ordinal);
        Assert.Contains(code, error, StringComparison.Ordinal);
        if (said == "@line")
        {
            var line = original.Substring(0, original.IndexOf(from, StringComparison.Ordinal)).Count(c => c == '\n') + 1;
            said = bad + ":" + line + ":";
        }

        Assert.Contains(said, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public async Task A_missing_result_is_refused_before_anything_is_scored()
    {
        using var dir = new TempDirectory();
        var missing = dir.File("none.json");

        var (exit, _, error) = await CliRunner.RunAsync("report", Examples, "-t", "regional-comparison", "--period", "2026", "--robustness", missing, "-o", dir.File("r.html"), "--language", "en");

        Assert.Equal(1, exit);
        Assert.Contains(missing + ": error REP012", error, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>One robustness result of the bundled examples, shared by the tests.</summary>
    public sealed class Result : IDisposable
    {
        private readonly TempDirectory dir = new();

        public Result()
        {
            Path = dir.File("robustness.json");
            var (code, _, error) = CliRunner.RunAsync("robustness", Examples, "--draws", "400", "--seed", "2", "--spec", System.IO.Path.Combine(Examples, "robustness.yaml"), "--json", Path).GetAwaiter().GetResult();
            Assert.True(code == 0, error);
        }

        public string Path { get; }

        public System.Collections.Generic.List<(string Country, int Low, int High, string Reading)> Overall2026()
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path));
            return document.RootElement.GetProperty("ranks").EnumerateArray()
                .Where(r => r.GetProperty("group").GetString() == "*" && r.GetProperty("period").GetString() == "2026")
                .Select(r => (r.GetProperty("country").GetString()!, r.GetProperty("rankLow").GetInt32(), r.GetProperty("rankHigh").GetInt32(), r.GetProperty("reading").GetProperty("en").GetString()!))
                .ToList();
        }

        public void Dispose() => dir.Dispose();
    }
}
