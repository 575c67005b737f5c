using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reliability;

/// <summary>Temporary files of outputs: never left behind by a failed or cancelled run, and cleaned after a killed one.</summary>
public sealed class OutputFileTests
{
    [Fact]
    public void Orphans_of_a_killed_run_are_removed_by_the_next_run_that_writes_the_same_output()
    {
        using var dir = new TempDirectory();
        var orphan = dir.File(".results.json.85b762c6.tmp");
        var live = dir.File(".results.json.0badf00d.tmp");
        var other = dir.File(".other.json.85b762c6.tmp");
        foreach (var file in new[] { orphan, live, other })
        {
            File.WriteAllText(file, "half written");
        }

        File.SetLastWriteTimeUtc(orphan, DateTime.UtcNow.AddHours(-1));
        File.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-1));

        Assert.Null(OutputFile.Write(dir.File("results.json"), force: false, new byte[] { 1 }));

        Assert.False(File.Exists(orphan), "an old temporary file of this output stays");
        // Newer than this run: perhaps a concurrent writer's. Another output's: not ours to judge.
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(other));
    }

    [Fact]
    public void A_cancelled_write_leaves_no_temporary_file_and_the_old_output_intact()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("out.json"), "old");
        Assert.Throws<OperationCanceledException>(() => OutputFile.Write(dir.File("out.json"), force: true, stream =>
        {
            stream.WriteByte(1);
            throw new OperationCanceledException();
        }));
        Assert.Equal("old", File.ReadAllText(dir.File("out.json")));
        Assert.Equal(new[] { "out.json" }, Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_output_that_cannot_be_written_names_the_file_asked_for_and_ends_with_the_count()
    {
        if (!Directory.Exists("/sys/kernel"))
        {
            return;
        }

        var example = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json");
        var (code, _, error) = await CliRunner.RunAsync("score", example, "--json", "/sys/coherence-test.json");
        Assert.Equal(1, code);
        Assert.Contains("/sys/coherence-test.json", error);
        Assert.DoesNotContain(".tmp", error);
        Assert.Equal("1 error.", error.Trim().Split('\n')[^1].Trim());
    }
}
