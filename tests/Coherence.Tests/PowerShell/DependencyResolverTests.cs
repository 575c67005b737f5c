using System;
using System.IO;
using System.Reflection;
using System.Reflection.Emit;
using Coherence.PowerShell.Loading;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.PowerShell;

public class DependencyResolverTests
{
    [Fact]
    public void An_assembly_not_in_the_folder_is_left_to_others()
    {
        using var dir = new TempDirectory();

        Assert.Null(new DependencyResolver(dir.Path).Resolve("Not.There, Version=1.0.0.0"));
    }

    [Fact]
    public void Satellite_resource_requests_load_nothing()
    {
        Assert.Null(new DependencyResolver(AppContext.BaseDirectory).Resolve("Coherence.resources, Version=0.1.0.0, Culture=es"));
    }

    [Fact]
    public void An_assembly_not_yet_loaded_is_loaded_from_the_folder_at_the_version_asked_for()
    {
        using var dir = new TempDirectory();
        var name = Probe(dir.Path, new Version(1, 0, 0, 0));

        var resolved = new DependencyResolver(dir.Path).Resolve(name + ", Version=1.0.0.0, Culture=neutral, PublicKeyToken=null");

        Assert.NotNull(resolved);
        Assert.Equal(name, resolved!.GetName().Name);
        Assert.Equal(Path.Combine(dir.Path, name + ".dll"), resolved.Location);
    }

    [Fact]
    public void An_older_version_is_served_only_for_the_dependencies_unified_on_purpose()
    {
        using var dir = new TempDirectory();
        var name = Probe(dir.Path, new Version(2, 0, 0, 0));
        var resolver = new DependencyResolver(dir.Path);

        Assert.Null(resolver.FileFor(new AssemblyName(name + ", Version=1.0.0.0")));
        Assert.Contains("System.Memory", DependencyResolver.Unified.Keys);
    }

    [Fact]
    public void A_newer_version_than_the_one_shipped_is_refused_clearly()
    {
        using var dir = new TempDirectory();
        var name = Probe(dir.Path, new Version(1, 0, 0, 0));

        var refused = Assert.Throws<FileLoadException>(() => new DependencyResolver(dir.Path).Resolve(name + ", Version=3.0.0.0"));

        Assert.Contains("ships 1.0.0.0", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_version_already_loaded_is_not_handed_back_but_named()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var name = "Probe" + Guid.NewGuid().ToString("N");
        Probe(first.Path, new Version(1, 0, 0, 0), name);
        Probe(second.Path, new Version(2, 0, 0, 0), name);
        var loaded = Assembly.LoadFrom(Path.Combine(first.Path, name + ".dll"));

        var refused = Assert.Throws<FileLoadException>(() => new DependencyResolver(second.Path).Resolve(name + ", Version=2.0.0.0"));

        Assert.Equal(new Version(1, 0, 0, 0), loaded.GetName().Version);
        Assert.Contains($"needs {name} 2.0.0.0", refused.Message, StringComparison.Ordinal);
        Assert.Contains($"{name} 1.0.0.0 is loaded already", refused.Message, StringComparison.Ordinal);
        Assert.Contains("new PowerShell session", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_version_already_loaded_is_the_one_returned()
    {
        var loaded = typeof(Coherence.Model.Rubric).Assembly;

        var resolved = new DependencyResolver(Path.GetDirectoryName(loaded.Location)!).Resolve(loaded.FullName!);

        Assert.Same(loaded, resolved);
    }

    private static string Probe(string folder, Version version, string? name = null)
    {
        name ??= "Probe" + Guid.NewGuid().ToString("N");
        var builder = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = version }, typeof(object).Assembly);
        builder.DefineDynamicModule(name).DefineType("Probe", TypeAttributes.Public).CreateType();
        builder.Save(Path.Combine(folder, name + ".dll"));
        return name;
    }
}
