using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace Coherence.PowerShell.Tests.Support;

/// <summary>The module as PowerShell imports it (manifest, format views, help and Coherence.PowerShell.dll), in a runspace of this test process.</summary>
/// <remarks>
/// The module folder is module/Coherence with bin/ published by <c>dotnet publish src/Coherence.PowerShell</c>, as build-module.sh
/// builds it: the netstandard2.0 libraries that ship, loaded from there and nowhere else.
/// </remarks>
public sealed class ImportedModule : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "coherence-module-" + Guid.NewGuid().ToString("N"));
    private readonly Runspace runspace;

    public ImportedModule()
    {
        Repository = FindRepository();
        var source = Path.Combine(Repository, "module", "Coherence");
        var module = Path.Combine(folder, "Coherence");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !Path.GetRelativePath(source, f).StartsWith("bin", StringComparison.Ordinal)))
        {
            var target = Path.Combine(module, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Publish(Path.Combine(Repository, "src", "Coherence.PowerShell", "Coherence.PowerShell.csproj"), Path.Combine(module, "bin"));
        Manifest = Path.Combine(module, "Coherence.psd1");

        var state = InitialSessionState.CreateDefault2();
        runspace = RunspaceFactory.CreateRunspace(state);
        runspace.Open();
        var imported = Invoke($"Import-Module '{Manifest}' -PassThru");
        if (imported.Errors.Count > 0 || imported.Output.Count != 1)
        {
            throw new InvalidOperationException("the module did not import: " + string.Join(Environment.NewLine, imported.Errors));
        }
    }

    /// <summary>Gets the clone's root folder.</summary>
    public string Repository { get; }

    /// <summary>Gets the bundled example assessments' folder.</summary>
    public string Examples => Path.Combine(Repository, "rubrics", "examples");

    /// <summary>Gets the manifest imported.</summary>
    public string Manifest { get; }

    /// <summary>Runs a script in the module's runspace.</summary>
    /// <param name="script">The script.</param>
    /// <param name="variables">Variables to set first.</param>
    /// <returns>What it wrote to the output, error and warning streams.</returns>
    public Invocation Invoke(string script, IDictionary<string, object?>? variables = null)
    {
        using var shell = System.Management.Automation.PowerShell.Create();
        shell.Runspace = runspace;
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
        {
            runspace.SessionStateProxy.SetVariable(name, value);
        }

        var output = shell.AddScript(script).Invoke();
        return new Invocation(output, shell.Streams.Error.ToList(), shell.Streams.Warning.Select(w => w.Message).ToList());
    }

    public void Dispose()
    {
        runspace.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // The DLL may still be mapped; the temporary folder goes with the next clean-up.
        }
    }

    private static void Publish(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", project, "-c", "Release", "-o", output, "-nologo", "-m:1" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet publish failed:\n" + stdout.Result + stderr.Result);
        }
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Coherence.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Coherence.sln not found above " + AppContext.BaseDirectory);
    }
}
