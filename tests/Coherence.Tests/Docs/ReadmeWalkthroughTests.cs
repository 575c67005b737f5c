using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Docs;

/// <summary>Runs the README's shell blocks as written, in order, so that the walkthrough cannot rot.</summary>
/// <remarks>
/// The blocks run in a fresh folder holding what a clone holds that they read (<c>rubrics/</c>, <c>templates/</c>, the
/// IMPIC table), with <c>coherence</c> on the PATH as the command built beside these tests. The opening block's
/// <c>dotnet run --project src/Coherence.Cli --</c> is that same command, and its <c>dotnet test</c> is this suite itself,
/// so it is left out.
/// </remarks>
public sealed class ReadmeWalkthroughTests
{
    private readonly ITestOutputHelper output;

    public ReadmeWalkthroughTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_readme_opens_with_the_two_commands_that_run_the_example_and_the_tests()
    {
        var first = Blocks()[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, first.Length);
        Assert.StartsWith("dotnet run --project src/Coherence.Cli -- score rubrics/examples ", first[0]);
        Assert.Equal("dotnet test", first[1].Trim());
    }

    [Fact]
    public void Every_shell_block_of_the_readme_runs_as_written_in_order()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            RealClients.Skip(output, "bash is not installed");
            return;
        }

        var root = TestRubrics.RepositoryRoot();
        using var dir = new TempDirectory();
        CopyFolder(Path.Combine(root, "rubrics"), Path.Combine(dir.Path, "rubrics"));
        CopyFolder(Path.Combine(root, "templates"), Path.Combine(dir.Path, "templates"));
        var table = Path.Combine("tests", "Coherence.Tests", "TestData", "impic2016.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(dir.File(table))!);
        File.Copy(Path.Combine(root, table), dir.File(table));

        var bin = Directory.CreateDirectory(dir.File("bin")).FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "Coherence.Cli.dll");
        File.WriteAllText(Path.Combine(bin, "coherence"), $"#!/bin/sh\nexec dotnet \"{cli}\" \"$@\"\n");
        File.SetUnixFileMode(Path.Combine(bin, "coherence"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var blocks = Blocks();
        blocks[0] = string.Join("\n", blocks[0].Split('\n')
            .Where(line => line.Trim() != "dotnet test")
            .Select(line => line.Replace("dotnet run --project src/Coherence.Cli --", "coherence", StringComparison.Ordinal)));
        for (var i = 0; i < blocks.Count; i++)
        {
            var (code, stdout, stderr) = Bash(blocks[i], dir.Path, bin);
            Assert.True(code == 0, $"README shell block {i + 1} failed with exit code {code}:\n{blocks[i]}\n--- stderr ---\n{stderr}\n--- stdout (end) ---\n{Tail(stdout)}");
        }

        // What the walkthrough promises exists afterwards.
        foreach (var made in new[] { "out/results.xlsx", "GTM-2027.xlsx", "assessments/GTM-2026.json", "results.json", "rows.csv", "region.html", "xma.md", "reports/XMA-2026.html", "my-reports/XMA-2026.html" })
        {
            Assert.True(File.Exists(dir.File(made)), made + " was not written");
        }
    }

    private static List<string> Blocks()
    {
        var readme = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        return Regex.Matches(readme, "^```(?:sh|bash|shell)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToList();
    }

    private static (int Code, string Output, string Error) Bash(string script, string folder, string bin)
    {
        var start = new ProcessStartInfo("/bin/bash", new[] { "-e", "-o", "pipefail", "-c", script })
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, stdout.Result, stderr + "\n(timed out)");
        }

        return (process.ExitCode, stdout.Result, stderr);
    }

    private static string Tail(string text) => text.Length <= 2000 ? text : text.Substring(text.Length - 2000);

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
