using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.PowerShell;

/// <summary>
/// Publishes the built module to a local folder repository as a .nupkg, installs it with Install-PSResource into a fresh
/// PSModulePath, imports it by name and runs a pipeline (tests/module/test-package.ps1), offline.
/// Without pwsh the test says so, and fails under CI (<see cref="RealClients"/>).
/// </summary>
public class ModulePackageTests : IClassFixture<PesterSuiteTests.BuiltModule>
{
    private readonly ITestOutputHelper output;
    private readonly PesterSuiteTests.BuiltModule module;

    public ModulePackageTests(ITestOutputHelper output, PesterSuiteTests.BuiltModule module)
    {
        this.output = output;
        this.module = module;
    }

    [Fact]
    public void The_module_installs_from_a_gallery_package_into_a_fresh_module_path_and_runs_a_pipeline()
    {
        if (OperatingSystem.IsWindows())
        {
            output.WriteLine("test-package.ps1 isolates the user's folders through HOME and XDG_*, which Windows does not read.");
            return;
        }

        var pwsh = PesterSuiteTests.FindOnPath("pwsh");
        if (pwsh is null)
        {
            RealClients.Skip(output, "pwsh not on PATH, so the module was not published and installed (.ci/install-powershell installs PowerShell 7.6.10).");
            return;
        }

        using var work = new TempDirectory();
        var script = Path.Combine(TestRubrics.RepositoryRoot(), "tests", "module", "test-package.ps1");
        var (code, text) = PesterSuiteTests.Run(pwsh, ["-NoProfile", "-NonInteractive", "-File", script, "-Module", module.Folder, "-Work", work.Path]);
        output.WriteLine(text);
        Assert.True(code == 0, $"test-package.ps1 exited with {code}:\n{text}");

        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last(l => l.TrimStart().StartsWith('{'));
        using var result = JsonDocument.Parse(line);
        var root = result.RootElement;
        Assert.Equal(0, root.GetProperty("VisibleBefore").GetInt32());
        Assert.True(root.GetProperty("InstalledUnderUserModules").GetBoolean(), line);
        Assert.Equal(ModuleManifest.Load().Scalar("ModuleVersion"), root.GetProperty("Version").GetString());
        Assert.StartsWith(work.Path, root.GetProperty("Imported").GetString(), StringComparison.Ordinal);
        Assert.Equal(24, root.GetProperty("Groups").GetInt32());
        Assert.Equal(10, root.GetProperty("Below60").GetInt32());
        Assert.EndsWith($"Coherence.{ModuleManifest.Load().Scalar("ModuleVersion")}.nupkg", root.GetProperty("Package").GetString(), StringComparison.Ordinal);
    }
}
