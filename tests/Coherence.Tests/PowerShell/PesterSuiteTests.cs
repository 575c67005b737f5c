using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.PowerShell;

/// <summary>
/// Runs tests/module/Coherence.Tests.ps1 in pwsh under each Pester version that <c>.ci/install-powershell</c> installs,
/// against a module folder built by tests/module/build-module.sh, and checks Pester's own counts.
/// Without pwsh or that Pester the test says so, and fails under CI (<see cref="RealClients"/>).
/// </summary>
public class PesterSuiteTests : IClassFixture<PesterSuiteTests.BuiltModule>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private const string Install = ".ci/install-powershell installs PowerShell 7.6.10 and Pester 5.7.1 and 6.2.0";

    private readonly ITestOutputHelper output;
    private readonly BuiltModule module;

    public PesterSuiteTests(ITestOutputHelper output, BuiltModule module)
    {
        this.output = output;
        this.module = module;
    }

    [Theory]
    [InlineData("5.7.1")]
    [InlineData("6.2.0")]
    public void The_Pester_suite_passes_against_the_built_module(string pesterVersion)
    {
        var pwsh = FindOnPath(OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");
        if (pwsh is null)
        {
            RealClients.Skip(output, $"pwsh not on PATH, so tests/module/Coherence.Tests.ps1 did not run under Pester {pesterVersion} ({Install}; put its pwsh folder on PATH and its modules folder on PSModulePath).");
            return;
        }

        var (listCode, listOutput) = Run(pwsh, ["-NoProfile", "-NonInteractive", "-Command", $"if (-not (Get-Module -ListAvailable Pester | Where-Object Version -eq '{pesterVersion}')) {{ exit 3 }}"]);
        if (listCode == 3)
        {
            RealClients.Skip(output, $"Pester {pesterVersion} is not on PSModulePath for {pwsh}, so tests/module/Coherence.Tests.ps1 did not run under it ({Install}).");
            return;
        }

        Assert.True(listCode == 0, $"{pwsh} could not list its modules:\n{listOutput}");

        var root = TestRubrics.RepositoryRoot();
        using var dir = new TempDirectory();
        var resultFile = dir.File("pester.json");
        var (code, text) = Run(pwsh,
        [
            "-NoProfile", "-NonInteractive", "-File", Path.Combine(root, "tests", "module", "run-pester.ps1"),
            "-PesterVersion", pesterVersion, "-Module", module.Folder, "-ResultFile", resultFile,
        ]);
        output.WriteLine(text); // with run-pester.ps1's summary line: "Pester 6.2.0: Passed, 20 tests: 20 passed, 0 failed, ..."

        Assert.True(File.Exists(resultFile), $"run-pester.ps1 wrote no result (exit code {code}):\n{text}");
        var result = JsonSerializer.Deserialize<PesterResult>(File.ReadAllText(resultFile))!;

        Assert.Equal(pesterVersion, result.PesterVersion);
        Assert.True(result.Total > 0 && result.Passed > 0, $"Pester {pesterVersion} ran no test:\n{text}");
        Assert.True(result.Failed == 0 && result.FailedBlocks == 0 && result.FailedContainers == 0, $"Pester {pesterVersion} reports failures:\n{text}");
        Assert.Equal("Passed", result.Result);
        Assert.True(code == 0, $"run-pester.ps1 exited with {code}:\n{text}");
    }

    /// <summary>The counts run-pester.ps1 writes with -ResultFile.</summary>
    private sealed record PesterResult(
        string PesterVersion, string Result, int Total, int Passed, int Failed, int Skipped, int NotRun, int FailedBlocks, int FailedContainers);

    /// <summary>One module folder for both Pester versions, built when a test first asks for it and deleted afterwards.</summary>
    public sealed class BuiltModule : IDisposable
    {
        private readonly TempDirectory dir = new();
        private readonly Lazy<string> folder;

        public BuiltModule() => folder = new Lazy<string>(Build);

        public string Folder => folder.Value;

        public void Dispose() => dir.Dispose();

        private string Build()
        {
            var root = TestRubrics.RepositoryRoot();
            var target = Path.Combine(dir.Path, "Coherence");
            var (code, text) = OperatingSystem.IsWindows()
                ? Publish(root, target)
                : Run("bash", [Path.Combine(root, "tests", "module", "build-module.sh"), target]);
            Assert.True(code == 0, "The module folder could not be built:\n" + text);
            return target;
        }

        // Where bash is not at hand: what build-module.sh does, without its checks of the folder.
        private static (int Code, string Output) Publish(string root, string target)
        {
            var source = Path.Combine(root, "module", "Coherence");
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(source, file);
                if (!relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
                    File.Copy(file, Path.Combine(target, relative));
                }
            }

            return Run("dotnet", ["publish", Path.Combine(root, "src", "Coherence.PowerShell", "Coherence.PowerShell.csproj"), "-c", "Release", "-o", Path.Combine(target, "bin"), "-nologo"]);
        }
    }

    internal static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    internal static (int Code, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Plain text in the test log: no colour codes from pwsh or Pester.
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish in {Timeout.TotalMinutes} minutes.");
        }

        process.WaitForExit();
        return (process.ExitCode, Regex.Replace(stdout.Result + stderr.Result, @"\x1b\[[0-9;?]*[A-Za-z]", string.Empty));
    }
}
