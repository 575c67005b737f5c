using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Tests.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

public class ReportOperationTests
{
    private static ReportOperation Operation()
    {
        var catalog = new RubricCatalog();
        return new ReportOperation(new ScoreOperation(catalog, new AssessmentLoader(catalog)));
    }

    private static ReportOptions Options(string inputs, string rubric) =>
        new(new[] { inputs }) { Rubric = rubric, Language = "es", Clock = new FixedClock(ReportSamples.Time) };

    [Fact]
    public async Task With_an_output_folder_it_writes_one_profile_per_country_and_period()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var output = temp.File("out");

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = output });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "XMA-2025.html", "XMA-2026.html", "XMB-2026.html", "XMC-2026.html" }, Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(4, result.Value!.Files.Count);
        var html = File.ReadAllText(Path.Combine(output, "XMA-2026.html"));
        Assert.Contains("Perfil de país", html, StringComparison.Ordinal);
        Assert.Contains("xma-2026.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_output_folder_it_writes_one_comparison_per_period()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var output = temp.File("out");

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = output, Template = "regional-comparison.md" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "regional-2025.md", "regional-2026.md" }, Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.StartsWith("# Comparación regional", File.ReadAllText(Path.Combine(output, "regional-2026.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_comparison_file_from_several_periods_needs_a_period()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var file = temp.File("region.html");

        var refused = await Operation().RunAsync(Options(inputs, rubric) with { OutputPath = file, Template = "regional-comparison" });
        var chosen = await Operation().RunAsync(Options(inputs, rubric) with { OutputPath = file, Template = "regional-comparison", Period = "2026" });

        var error = Assert.Single(refused.Diagnostics, d => d.IsError);
        Assert.Equal("REP003", error.Code);
        Assert.Contains("2025, 2026", error.Message.ToString(), StringComparison.Ordinal);
        Assert.Contains("--period", error.Hint?.ToString(), StringComparison.Ordinal);
        Assert.True(chosen.Succeeded, string.Join("\n", chosen.Diagnostics));
        Assert.Contains("XMC", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_period_is_refused_with_the_periods_there_are()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = temp.File("out"), Period = "2030" });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("REP004", error.Code);
        Assert.Contains("2025, 2026", error.Hint?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_profile_file_for_several_assessments_is_refused()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputPath = temp.File("one.html") });

        Assert.Equal("REP002", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.False(File.Exists(temp.File("one.html")));
    }

    [Fact]
    public async Task The_output_format_follows_the_file_extension()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var file = temp.File("xma.md");

        var result = await Operation().RunAsync(Options(Path.Combine(inputs, "xma-2026.json"), rubric) with { OutputPath = file, Language = "en" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("# Xmalandia (XMA), 2026", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_names_its_format_wins_over_the_extension_with_a_warning()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var file = temp.File("xma.html");

        var result = await Operation().RunAsync(Options(Path.Combine(inputs, "xma-2026.json"), rubric) with { OutputPath = file, Template = "country-profile.md" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "REP008");
        Assert.StartsWith("# Xmalandia", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_output_file_that_is_neither_HTML_nor_Markdown_is_refused()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);

        var result = await Operation().RunAsync(Options(Path.Combine(inputs, "xma-2026.json"), rubric) with { OutputPath = temp.File("xma.pdf") });

        Assert.Equal("REP005", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public async Task Existing_reports_are_not_overwritten_without_force_and_nothing_is_half_written()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        var output = Directory.CreateDirectory(temp.File("out")).FullName;
        File.WriteAllText(Path.Combine(output, "XMB-2026.html"), "mine");

        var refused = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = output });

        Assert.Equal("OUT002", Assert.Single(refused.Diagnostics, d => d.IsError).Code);
        Assert.Equal(new[] { "XMB-2026.html" }, Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "XMB-2026.html")));

        var forced = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = output, Force = true });

        Assert.True(forced.Succeeded);
        Assert.Contains("<!DOCTYPE html>", File.ReadAllText(Path.Combine(output, "XMB-2026.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scores_computed_already_can_be_reported_without_inputs()
    {
        using var temp = new TempDirectory();
        var run = ReportSamples.Run();

        var result = await Operation().RunAsync(new ReportOptions(Array.Empty<string>()) { Run = run, Language = "en", OutputDirectory = temp.Path, Template = "regional-comparison" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(run.Scores.Count, result.Value!.Assessments);
        Assert.Equal(new[] { "regional-2025.html", "regional-2026.html" }, result.Value.Files.Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public async Task The_same_country_and_period_twice_is_refused()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);
        File.Copy(Path.Combine(inputs, "xmb-2026.json"), Path.Combine(inputs, "xmb-2026-copy.json"));

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = temp.File("out") });

        // Scoring leaves the second one out (ASM031), so no report counts a country twice.
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("ASM031", error.Code);
        // Folders are read in name order, so the copy comes first and the original is the one left out.
        Assert.EndsWith("xmb-2026.json", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("xmb-2026-copy.json", error.Hint?.ToString(), StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(null, null, "REP001")]
    [InlineData("a.html", "out", "REP001")]
    public async Task Exactly_one_output_is_needed(string? file, string? folder, string code)
    {
        var result = await Operation().RunAsync(new ReportOptions(new[] { "x" }) { OutputPath = file, OutputDirectory = folder });

        Assert.Equal(code, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_language_other_than_Spanish_or_English_is_refused()
    {
        var result = await Operation().RunAsync(new ReportOptions(new[] { "x" }) { OutputDirectory = "out", Language = "fr" });

        Assert.Equal("REP009", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task A_broken_template_stops_before_anything_is_read_or_written()
    {
        using var temp = new TempDirectory();
        var template = temp.File("country-profile.html.sbn");
        File.WriteAllText(template, "{{ for group in groups }}");

        var result = await Operation().RunAsync(new ReportOptions(new[] { temp.File("missing-input") }) { OutputDirectory = temp.File("out"), Template = template });

        Assert.Equal("TPL004", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public async Task A_paper_size_other_than_letter_or_a4_is_refused_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var (inputs, rubric) = ReportInputs.Write(temp);

        var result = await Operation().RunAsync(Options(inputs, rubric) with { OutputDirectory = temp.File("out"), Paper = "legal" });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("REP011", error.Code);
        Assert.Contains("a4", error.Hint?.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void Period_labels_that_files_cannot_hold_are_made_safe_in_file_names()
    {
        Assert.Equal("XMA-2025-26.html", ReportOperation.ProfileFileName("XMA", "2025/26", ".html"));
        Assert.Equal("regional-2025-S2.md", ReportOperation.ComparisonFileName("2025-S2", ".md"));
    }
}
