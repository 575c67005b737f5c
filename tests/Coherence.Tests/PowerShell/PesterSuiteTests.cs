using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.PowerShell;

/// <summary>Runs tests/module/Coherence.Tests.ps1 (Pester 5) against a freshly built module when PowerShell is on the PATH.</summary>
public class PesterSuiteTests
{
    private readonly ITestOutputHelper output;

    public PesterSuiteTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_Pester_suite_passes_against_the_built_module()
    {
        var pwsh = FindOnPath(OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");
        if (pwsh is null)
        {
            output.WriteLine("Skipped: pwsh not on PATH (the Pester suite tests/module/Coherence.Tests.ps1 runs where PowerShell is installed).");
            return;
        }

        var (pesterCode, pesterOutput) = Run(pwsh, "-NoProfile -NonInteractive -Command \"if (-not (Get-Module -ListAvailable Pester | Where-Object { $_.Version -ge [version]'5.0' })) { exit 3 }\"", null);
        if (pesterCode == 3)
        {
            output.WriteLine("Skipped: Pester 5 is not installed for pwsh (Install-Module Pester -MinimumVersion 5.0).");
            return;
        }

        Assert.True(pesterCode == 0, pesterOutput);
        var root = TestRubrics.RepositoryRoot();
        using var dir = new TempDirectory();
        var module = Path.Combine(dir.Path, "Coherence");
        CopyFolder(Path.Combine(root, "module", "Coherence"), module);
        var (publishCode, publishOutput) = Run("dotnet", $"publish \"{Path.Combine(root, "src", "Coherence.PowerShell", "Coherence.PowerShell.csproj")}\" -c Release -o \"{Path.Combine(module, "bin")}\" -nologo", null);
        Assert.True(publishCode == 0, publishOutput);

        var script = Path.Combine(root, "tests", "module", "Coherence.Tests.ps1");
        var command = $"$c = New-PesterConfiguration; $c.Run.Path = '{script}'; $c.Run.Exit = $true; $c.Output.Verbosity = 'Detailed'; Invoke-Pester -Configuration $c";
        var (code, text) = Run(pwsh, $"-NoProfile -NonInteractive -Command \"{command}\"", module);
        output.WriteLine(text);
        Assert.True(code == 0, text);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);

    private static (int Code, string Output) Run(string file, string arguments, string? modulePath)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (modulePath is not null)
        {
            start.Environment["COHERENCE_MODULE"] = modulePath;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
