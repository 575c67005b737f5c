using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace Coherence.PowerShell.Loading;

/// <summary>Runs when the module is imported and removed: hooks dependency resolution to the module's bin folder (see about_Coherence).</summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    private static readonly DependencyResolver Resolver = new(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".");

    /// <summary>Hooks dependency resolution when the module is imported.</summary>
    public void OnImport() => AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;

    /// <summary>Unhooks dependency resolution when the module is removed.</summary>
    /// <param name="psModuleInfo">The module removed.</param>
    public void OnRemove(PSModuleInfo psModuleInfo) => AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;

    private static Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args) => Resolver.Resolve(args.Name);
}
