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
    public void A_request_for_another_version_gets_the_assembly_already_loaded_with_that_name()
    {
        var loaded = typeof(Coherence.Model.Rubric).Assembly;

        var resolved = DependencyResolver.Resolve(AppContext.BaseDirectory, "Coherence, Version=99.0.0.0, Culture=neutral, PublicKeyToken=null");

        Assert.Same(loaded, resolved);
    }

    [Fact]
    public void An_assembly_not_in_the_folder_is_left_to_others()
    {
        using var dir = new TempDirectory();

        Assert.Null(DependencyResolver.Resolve(dir.Path, "Not.There, Version=1.0.0.0"));
    }

    [Fact]
    public void Satellite_resource_requests_load_nothing()
    {
        Assert.Null(DependencyResolver.Resolve(AppContext.BaseDirectory, "Coherence.resources, Version=0.1.0.0, Culture=es"));
    }

    [Fact]
    public void An_assembly_not_yet_loaded_is_loaded_from_the_module_folder_whatever_version_was_asked_for()
    {
        using var dir = new TempDirectory();
        var name = "Probe" + Guid.NewGuid().ToString("N");
        var builder = new PersistedAssemblyBuilder(new AssemblyName(name) { Version = new Version(1, 0, 0, 0) }, typeof(object).Assembly);
        builder.DefineDynamicModule(name).DefineType("Probe", TypeAttributes.Public).CreateType();
        builder.Save(Path.Combine(dir.Path, name + ".dll"));

        var resolved = DependencyResolver.Resolve(dir.Path, name + ", Version=2.0.0.0, Culture=neutral, PublicKeyToken=null");

        Assert.NotNull(resolved);
        Assert.Equal(name, resolved!.GetName().Name);
        Assert.Equal(new Version(1, 0, 0, 0), resolved.GetName().Version);
    }
}
