using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Coherence.PowerShell.Loading;
using Xunit;

namespace Coherence.Tests.PowerShell;

/// <summary>Checks the module folder that build-module.sh builds: what Windows PowerShell 5.1 will have to load from bin/.</summary>
public class BuiltModuleTests : IClassFixture<PesterSuiteTests.BuiltModule>
{
    private readonly PesterSuiteTests.BuiltModule module;

    public BuiltModuleTests(PesterSuiteTests.BuiltModule module) => this.module = module;

    [Fact]
    public void Every_reference_in_bin_resolves_to_a_file_in_bin_at_the_version_asked_for_or_one_unified_on_purpose()
    {
        var bin = Path.Combine(module.Folder, "bin");
        var resolver = new DependencyResolver(bin);
        var shipped = Directory.EnumerateFiles(bin, "*.dll").ToDictionary(f => AssemblyName.GetAssemblyName(f).Name!, f => AssemblyName.GetAssemblyName(f).Version!, StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        var unifiedUsed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(bin, "*.dll"))
        {
            foreach (var reference in References(file))
            {
                if (DependencyResolver.ProvidedByPowerShell.Contains(reference.Name!))
                {
                    continue;
                }

                if (!shipped.TryGetValue(reference.Name!, out var version))
                {
                    problems.Add($"{Path.GetFileName(file)} needs {reference.FullName}, which bin lacks");
                    continue;
                }

                var served = resolver.FileFor(reference);
                if (served is null)
                {
                    problems.Add($"{Path.GetFileName(file)} needs {reference.Name} {reference.Version}; bin has {version} and the resolver does not unify it");
                }
                else if (reference.Version != version)
                {
                    unifiedUsed.Add(reference.Name!);
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.True(unifiedUsed.SetEquals(DependencyResolver.Unified.Keys), "unified on purpose but not needed: " + string.Join(", ", DependencyResolver.Unified.Keys.Except(unifiedUsed)));
    }

    [Fact]
    public void Bin_ships_nothing_PowerShell_provides()
    {
        var bin = Path.Combine(module.Folder, "bin");

        Assert.All(DependencyResolver.ProvidedByPowerShell, name => Assert.False(File.Exists(Path.Combine(bin, name + ".dll")), name));
    }

    private static List<AssemblyName> References(string file)
    {
        using var stream = File.OpenRead(file);
        using var pe = new PEReader(stream);
        if (!pe.HasMetadata)
        {
            return new List<AssemblyName>();
        }

        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetAssemblyReference(h).GetAssemblyName()).ToList();
    }
}
