using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.ComparisonFixture;

namespace Coherence.Tests.Cli;

public class CompareCommandTests
{
    [Fact]
    public async Task Compare_prints_each_assessment_against_the_reference_and_the_classes_that_changed()
    {
        using var dir = new TempDirectory();
        var rubric = WriteRubric(dir);
        Write(dir, Assessment("XMA", "2025", "partial"));
        Write(dir, Assessment("XMA", "2026", "full"));

        var (code, output, error) = await CliRunner.RunAsync("compare", dir.Path, "--rubric", rubric, "--language", "en");

        Assert.True(code == 0, error);
        Assert.Contains("XMA:2026", output, StringComparison.Ordinal);
        Assert.Contains("XMA:2025", output, StringComparison.Ordinal);
        Assert.Contains("+66.7", output, StringComparison.Ordinal);
        Assert.Contains("Implementation gap → Coherent (high)", output, StringComparison.Ordinal);
        Assert.Contains("Immigrants / Rights", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_writes_json_and_takes_the_reference_given()
    {
        using var dir = new TempDirectory();
        var rubric = WriteRubric(dir);
        var a = Write(dir, Assessment("XMA", "2025", "partial"));
        var b = Write(dir, Assessment("XMA", "2026", "full"));
        var json = dir.File("out.json");

        var (code, _, error) = await CliRunner.RunAsync("compare", a, b, "--rubric", rubric, "--reference", "XMA:2026", "--json", json, "--quiet");

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(File.ReadAllBytes(json));
        Assert.Equal("XMA:2026", document.RootElement.GetProperty("reference").GetString());
    }

    [Fact]
    public async Task An_unknown_reference_exits_1_with_a_located_hint()
    {
        using var dir = new TempDirectory();
        var rubric = WriteRubric(dir);
        Write(dir, Assessment("XMA", "2025", "partial"));
        Write(dir, Assessment("XMA", "2026", "full"));

        var (code, _, error) = await CliRunner.RunAsync("compare", dir.Path, "--rubric", rubric, "--reference", "XMB:2026");

        Assert.Equal(1, code);
        Assert.Contains("error CMP003", error, StringComparison.Ordinal);
        Assert.Contains("did you mean", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_assessment_alone_exits_1()
    {
        using var dir = new TempDirectory();
        var rubric = WriteRubric(dir);
        var a = Write(dir, Assessment("XMA", "2025", "partial"));

        var (code, _, error) = await CliRunner.RunAsync("compare", a, "--rubric", rubric);

        Assert.Equal(1, code);
        Assert.Contains("CMP002", error, StringComparison.Ordinal);
    }
}
