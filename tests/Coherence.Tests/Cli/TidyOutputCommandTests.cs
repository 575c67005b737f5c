using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Scoring;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

/// <summary><c>coherence score --csv</c> and <c>--jsonl</c> write the tidy rows of every assessment.</summary>
public class TidyOutputCommandTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task Score_with_csv_on_the_examples_writes_the_header_and_one_line_per_row()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = await CliRunner.RunAsync("score", Examples, "--csv", dir.File("rows.csv"), "--jsonl", dir.File("rows.jsonl"), "--quiet");

        Assert.True(code == 0, error);
        var expected = ExpectedRows();
        var lines = File.ReadAllText(dir.File("rows.csv")).Split("\r\n");
        Assert.Equal(string.Join(",", ScoreRowColumns.Names), lines[0]);
        Assert.Equal(string.Empty, lines[^1]);
        Assert.Equal(expected, lines.Length - 2);
        Assert.Equal(expected, File.ReadAllLines(dir.File("rows.jsonl")).Length);
    }

    [Fact]
    public async Task Help_offers_the_tidy_outputs()
    {
        var (_, output, _) = await CliRunner.RunAsync("score", "--help");

        Assert.Contains("--csv", output);
        Assert.Contains("--jsonl", output);
    }

    private static int ExpectedRows()
    {
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        var engine = new ScoringEngine(rubric);
        // Country E, assessed by two teams, is left out of the scores unless told how to combine them (ASM032).
        return Directory.GetFiles(Examples, "*.json")
            .Where(f => !Path.GetFileName(f).StartsWith("XME-", StringComparison.Ordinal))
            .Select(f => AssessmentJson.ReadFile(f).Value!)
            .Sum(a => engine.Rows(engine.Score(a)).Count);
    }
}
