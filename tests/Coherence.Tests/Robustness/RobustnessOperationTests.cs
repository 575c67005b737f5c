using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Robustness;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Robustness;

/// <summary><c>coherence robustness</c> end to end: outputs, readings, reproducibility, located refusals.</summary>
public class RobustnessOperationTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    private static string Examples => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    private static string ExampleSpec => Path.Combine(Examples, "robustness.yaml");

    [Fact]
    public async Task The_command_prints_rank_intervals_with_plain_readings_and_writes_every_output()
    {
        using var dir = new TempDirectory();
        var json = dir.File("r.json");
        var csv = dir.File("r.csv");
        var draws = dir.File("draws.jsonl");

        var (code, output, error) = await CliRunner.RunAsync("robustness", Examples, "--draws", "500", "--seed", "3", "--spec", ExampleSpec, "--json", json, "--csv", csv, "--draws-out", draws, "--language", "en");

        Assert.True(code == 0, error);
        Assert.Contains("In 90% of the variations, Example country B (fictitious) ranks", output, StringComparison.Ordinal);
        Assert.Contains("leaveOneOut", output, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(json));
        var root = document.RootElement;
        Assert.Equal("RobustnessResult", root.GetProperty("kind").GetString());
        Assert.Equal(8, root.GetProperty("factors").GetArrayLength());
        var draws2026 = root.GetProperty("ranks").EnumerateArray().First(r => r.GetProperty("country").GetString() == "XMB" && r.GetProperty("group").GetString() == "*");
        Assert.StartsWith("En el 90 % de las variaciones", draws2026.GetProperty("reading").GetProperty("es").GetString(), StringComparison.Ordinal);
        Assert.Equal(1.0, draws2026.GetProperty("rankShares").EnumerateArray().Sum(s => s.GetDouble()) + draws2026.GetProperty("unrankedShare").GetDouble(), 9);
        Assert.True(root.GetProperty("classes").GetArrayLength() > 0);
        Assert.True(root.GetProperty("sensitivity").GetArrayLength() > 0);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("table,country,country_name,period,group,dimension,factor,target,statistic,value,low,high", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("sensitivity,XMB,", StringComparison.Ordinal) && l.Contains(",rank,total_order,", StringComparison.Ordinal));
        var drawLines = File.ReadAllLines(draws);
        Assert.Equal(root.GetProperty("draws").GetInt32(), drawLines.Length);
        Assert.All(drawLines, l => Assert.Equal(8, JsonDocument.Parse(l).RootElement.GetProperty("inputs").GetArrayLength()));
    }

    [Fact]
    public async Task The_reading_is_in_spanish_for_a_spanish_reader()
    {
        var (code, output, error) = await CliRunner.RunAsync("robustness", Examples, "--draws", "200", "--language", "es");

        Assert.True(code == 0, error);
        Assert.Contains("En el 90 % de las variaciones, País de ejemplo B (ficticio) queda en el 1.º puesto de 4.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seeded_runs_write_the_same_bytes_on_every_run_and_in_every_culture()
    {
        var first = await RunInCulture("en-US");
        var second = await RunInCulture("de-DE");
        var third = await RunInCulture("ar-SA");

        Assert.Equal(first, second);
        Assert.Equal(first, third);
    }

    [Fact]
    public async Task A_draw_is_reproducible_alone_from_its_line_of_the_draws_file()
    {
        using var dir = new TempDirectory();
        var draws = dir.File("draws.jsonl");
        var operation = new RobustnessOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog()));
        var result = await operation.RunAsync(new RobustnessOptions(new[] { Examples }) { SpecPath = ExampleSpec, Draws = 100, Seed = 9, DrawsPath = draws, Clock = Clock });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        // Line 57 alone: its factors' seeds give its values again, with no other draw made.
        var (rubric, assessments) = DrawEngineTests.Examples();
        var model = new RobustnessModel(rubric, assessments);
        var plan = RobustnessSpecReader.Read(File.ReadAllBytes(ExampleSpec), ExampleSpec, model).Value!;
        using var line = JsonDocument.Parse(File.ReadLines(draws).Skip(57).First());
        var state = new DrawState(model, plan.Factors.Count);
        var inputs = line.RootElement.GetProperty("inputs").EnumerateArray().ToList();
        for (var j = 0; j < plan.Factors.Count; j++)
        {
            var seed = ulong.Parse(inputs[j].GetProperty("seed").GetString()!, CultureInfo.InvariantCulture);
            var value = plan.Factors[j].Apply(seed, state);
            if (inputs[j].TryGetProperty("value", out var recorded))
            {
                if (recorded.ValueKind == JsonValueKind.Number)
                {
                    Assert.Equal(recorded.GetDouble(), value);
                }
                else
                {
                    Assert.Equal(recorded.GetString(), ((ChoiceFactor)plan.Factors[j]).Alternatives[(int)value]);
                }
            }
            else
            {
                var weights = (WeightsFactor)plan.Factors[j];
                var recordedWeights = inputs[j].GetProperty("weights").EnumerateArray().Select(e => e.GetDouble()).ToArray();
                Assert.Equal(recordedWeights, state.Weights.Skip(weights.Start).Take(weights.Count).ToArray());
            }
        }
    }

    [Theory]
    [InlineData("  weights: [{ node: rihgts, perturbation: 0.2 }]", "ROB011", 4)]
    [InlineData("  weights:\n    - { node: rights, perturbation: 1.5 }", "ROB013", 5)]
    [InlineData("  weights:\n    - { node: rights }", "ROB014", 5)]
    [InlineData("  aggregation:\n    - { level: 7, methods: [arithmetic, geometric] }", "ROB016", 5)]
    [InlineData("  aggregation:\n    - { level: 0, methods: [arithmetic, harmonic] }", "ROB004", 5)]
    [InlineData("  thresholds:\n    gap: [30, 20]", "ROB012", 5)]
    [InlineData("  minCoverage:\n    - { node: \"*\", range: [0.2, 1.4] }", "ROB012", 5)]
    [InlineData("  levels:\n    - scale: implementation\n      sets:\n        - { none: 0, incipient: 10, partial: 30, extensive: 60 }", "ROB017", 7)]
    [InlineData("  levels:\n    - scale: implementaton\n      sets: []", "ROB017", 5)]
    [InlineData("  variants: [strict, lenient]", "ROB021", 4)]
    [InlineData("  wieghts: []", "ROB002", 4)]
    public async Task A_specification_that_cannot_be_applied_is_refused_with_its_file_and_line(string body, string code, int line)
    {
        using var dir = new TempDirectory();
        var spec = dir.File("spec.yaml");
        File.WriteAllText(spec, "apiVersion: coherence/v1\nkind: Robustness\nspec:\n" + body + "\n");
        var json = dir.File("out.json");

        var (exit, _, error) = await CliRunner.RunAsync("robustness", Examples, "--spec", spec, "--json", json, "--language", "en");

        Assert.Equal(1, exit);
        Assert.Contains($"spec.yaml:{line}:", error, StringComparison.Ordinal);
        Assert.Contains(code, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
    }

    [Fact]
    public async Task An_existing_output_is_not_replaced_without_force()
    {
        using var dir = new TempDirectory();
        var json = dir.File("out.json");
        File.WriteAllText(json, "keep");

        var (exit, _, error) = await CliRunner.RunAsync("robustness", Examples, "--draws", "50", "--json", json);

        Assert.Equal(1, exit);
        Assert.Contains("OUT002", error, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(json));
    }

    private static async Task<string> RunInCulture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        using var dir = new TempDirectory();
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var options = new RobustnessOptions(new[] { Examples })
            {
                SpecPath = ExampleSpec,
                Draws = 300,
                Seed = 12345,
                JsonPath = dir.File("r.json"),
                CsvPath = dir.File("r.csv"),
                DrawsPath = dir.File("d.jsonl"),
                Clock = Clock,
            };
            var result = await new RobustnessOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())).RunAsync(options, null, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return File.ReadAllText(dir.File("r.json")) + File.ReadAllText(dir.File("r.csv")) + File.ReadAllText(dir.File("d.jsonl"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
