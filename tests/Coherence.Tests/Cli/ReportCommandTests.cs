using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Tests.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

public class ReportCommandTests
{
    [Fact]
    public async Task Report_writes_the_profiles_into_the_folder_and_says_which()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var output = temp.File("reports");

        var (code, stdout, stderr) = await CliRunner.RunAsync("report", inputs, "--rubric", rubric, "--language", "en", "--out-dir", output);

        Assert.True(code == 0, stderr);
        Assert.Equal(4, Directory.GetFiles(output, "*.html").Length);
        Assert.Contains("wrote " + Path.Combine(output, "XMA-2026.html"), stdout, StringComparison.Ordinal);
        Assert.Contains("Country profile", File.ReadAllText(Path.Combine(output, "XMC-2026.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_writes_one_Markdown_comparison_for_a_period()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var file = temp.File("region.md");

        var (code, _, stderr) = await CliRunner.RunAsync("report", inputs, "-r", rubric, "-t", "regional-comparison", "-l", "es", "--period", "2026", "-o", file);

        Assert.True(code == 0, stderr);
        Assert.StartsWith("# Comparación regional", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_without_an_output_fails_with_a_located_message()
    {
        var (code, _, stderr) = await CliRunner.RunAsync("report", "anything.json");

        Assert.Equal(1, code);
        Assert.Contains("error REP001: no output given", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_with_reports_writes_the_HTML_profiles_and_comparisons_too()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var output = temp.File("reports");

        var (code, _, stderr) = await CliRunner.RunAsync("score", inputs, "--rubric", rubric, "--language", "es", "--reports", output, "--quiet");

        Assert.True(code == 0, stderr);
        Assert.Equal(
            new[] { "XMA-2025.html", "XMA-2026.html", "XMB-2026.html", "XMC-2026.html", "regional-2025.html", "regional-2026.html" },
            Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("<html lang=\"es\">", File.ReadAllText(Path.Combine(output, "regional-2026.html")), StringComparison.Ordinal);
    }
}
