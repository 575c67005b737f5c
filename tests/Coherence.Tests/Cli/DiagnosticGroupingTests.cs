using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

/// <summary>A problem found in many files of one run is one line with a count, not one line per file.</summary>
public class DiagnosticGroupingTests
{
    [Fact]
    public async Task The_same_problem_in_many_files_is_one_line_with_the_number_of_files()
    {
        using var dir = new TempDirectory();
        var example = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json"));
        var other = example.Replace("\"mesoamerica-coherence\"", "\"not-bundled\"", StringComparison.Ordinal);
        for (var i = 0; i < 4; i++)
        {
            File.WriteAllText(dir.File($"X{i}.json"), other.Replace("\"period\": \"2026\"", $"\"period\": \"20{20 + i}\"", StringComparison.Ordinal));
        }

        var (code, _, error) = await CliRunner.RunAsync("score", dir.Path, "--language", "en");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("ASM030", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.EndsWith("(4 files)", line.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("X0.json", line, StringComparison.Ordinal);
        Assert.Contains("4 errors", error, StringComparison.Ordinal);
    }
}
