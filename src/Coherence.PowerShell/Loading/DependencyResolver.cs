using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Coherence.PowerShell.Loading;

/// <summary>Loads the module's dependencies from its own folder, at the versions shipped there, and says clearly when PowerShell already holds another version.</summary>
/// <remarks>
/// Windows PowerShell 5.1 has no binding redirects for modules: when a library asks for one version of a dependency and the folder
/// holds another, loading fails. This resolver serves a request with the file of that name in the folder when the file has the
/// version asked for, or when the name is one of <see cref="Unified"/>: dependencies whose older versions the module's libraries
/// ask for and that the shipped version serves on purpose, as an application's binding redirects would. A request for a version
/// newer than the shipped one is refused. When another version of a shipped assembly is already loaded (by PowerShell or another
/// module), the resolver does not hand that one back: it throws a <see cref="FileLoadException"/> that names both versions and
/// what to do.
/// </remarks>
internal sealed class DependencyResolver
{
    /// <summary>Gets the dependencies whose older versions are served by the version shipped in the folder, and why.</summary>
    /// <remarks>The test of the built module checks that every other reference in the folder asks for the version shipped.</remarks>
    public static IReadOnlyDictionary<string, string> Unified { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.CSharp"] = "Scriban.Signed 7.6.1 is built against 4.0.0.0",
        ["System.Memory"] = "System.IO.Packaging is built against an older 4.0.1.x",
    };

    /// <summary>Gets the assemblies PowerShell itself provides, which the folder must not ship.</summary>
    public static IReadOnlyCollection<string> ProvidedByPowerShell { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "netstandard", "mscorlib", "System", "System.Core", "System.Management.Automation",
    };

    private readonly string folder;
    private readonly Lazy<Dictionary<string, AssemblyName>> shipped;

    /// <summary>Initializes a new instance of the <see cref="DependencyResolver"/> class.</summary>
    /// <param name="folder">The module's bin folder.</param>
    public DependencyResolver(string folder)
    {
        this.folder = folder;
        shipped = new Lazy<Dictionary<string, AssemblyName>>(ReadFolder);
    }

    /// <summary>Finds the file of the folder that serves a request.</summary>
    /// <param name="requested">The assembly asked for.</param>
    /// <returns>The file's path, or <see langword="null"/> when the folder has no file for it or the version asked for does not match and is not unified.</returns>
    /// <exception cref="FileLoadException">A version newer than the one shipped was asked for.</exception>
    public string? FileFor(AssemblyName requested)
    {
        if (requested.Name is not { Length: > 0 } name || !shipped.Value.TryGetValue(name, out var file))
        {
            return null;
        }

        var wanted = requested.Version;
        if (wanted is null || wanted == file.Version)
        {
            return PathOf(name);
        }

        if (wanted > file.Version!)
        {
            throw new FileLoadException($"Coherence was asked for {name} {wanted}, but ships {file.Version} in {folder}; reinstall the module.", requested.FullName);
        }

        return Unified.ContainsKey(name) ? PathOf(name) : null;
    }

    /// <summary>Resolves an assembly from the folder.</summary>
    /// <param name="requested">The full name asked for.</param>
    /// <returns>The assembly, or <see langword="null"/> to let others try.</returns>
    /// <exception cref="FileLoadException">Another version of the shipped assembly is loaded already, or a newer version was asked for.</exception>
    public Assembly? Resolve(string requested)
    {
        AssemblyName name;
        try
        {
            name = new AssemblyName(requested);
        }
        catch (Exception e) when (e is ArgumentException or FileLoadException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(name.Name) || name.Name!.EndsWith(".resources", StringComparison.OrdinalIgnoreCase))
        {
            // Satellite resources are optional: asking for them must not load anything.
            return null;
        }

        var path = FileFor(name);
        if (path is null)
        {
            return null;
        }

        var version = shipped.Value[name.Name].Version;
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => string.Equals(a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        if (loaded.FirstOrDefault(a => a.GetName().Version == version) is { } same)
        {
            return same;
        }

        if (loaded.FirstOrDefault() is { } other)
        {
            throw new FileLoadException(
                $"Coherence needs {name.Name} {version} (from {path}), but {name.Name} {other.GetName().Version} is loaded already{Where(other)} by PowerShell or another module. Start a new PowerShell session and import Coherence before that module.",
                requested);
        }

        try
        {
            return Assembly.LoadFrom(path);
        }
        catch (BadImageFormatException)
        {
            return null;
        }
    }

    private static string Where(Assembly assembly)
    {
        try
        {
            return string.IsNullOrEmpty(assembly.Location) ? string.Empty : " from " + assembly.Location;
        }
        catch (NotSupportedException)
        {
            return string.Empty;
        }
    }

    private string PathOf(string name) => Path.Combine(folder, name + ".dll");

    private Dictionary<string, AssemblyName> ReadFolder()
    {
        var names = new Dictionary<string, AssemblyName>(StringComparer.OrdinalIgnoreCase);
        if (!Directory.Exists(folder))
        {
            return names;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.dll"))
        {
            try
            {
                var name = AssemblyName.GetAssemblyName(file);
                if (name.Name is { } simple && string.Equals(simple + ".dll", Path.GetFileName(file), StringComparison.OrdinalIgnoreCase))
                {
                    names[simple] = name;
                }
            }
            catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException)
            {
                // Not a managed assembly: nothing to resolve to.
            }
        }

        return names;
    }
}
