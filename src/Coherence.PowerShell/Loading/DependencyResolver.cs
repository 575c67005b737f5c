using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace Coherence.PowerShell.Loading;

/// <summary>Finds the module's dependencies in its own folder by simple name, whatever version was asked for.</summary>
/// <remarks>
/// Windows PowerShell 5.1 has no binding redirects for modules: when System.Text.Json asks for one version of
/// System.Memory and the folder holds another, loading fails. Answering by simple name (an assembly already
/// loaded first, else the file beside the module) unifies the versions the way an application's redirects would.
/// </remarks>
internal static class DependencyResolver
{
    /// <summary>Resolves an assembly: one already loaded with that simple name, else the file of that name in the folder.</summary>
    /// <param name="folder">The module's bin folder.</param>
    /// <param name="requested">The full name asked for.</param>
    /// <returns>The assembly, or <see langword="null"/> to let others try.</returns>
    public static Assembly? Resolve(string folder, string requested)
    {
        string? simpleName;
        try
        {
            simpleName = new AssemblyName(requested).Name;
        }
        catch (Exception e) when (e is ArgumentException or FileLoadException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(simpleName) || simpleName!.EndsWith(".resources", StringComparison.OrdinalIgnoreCase))
        {
            // Satellite resources are optional: asking for them must not load anything.
            return null;
        }

        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null)
        {
            return loaded;
        }

        var path = Path.Combine(folder, simpleName + ".dll");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return Assembly.LoadFrom(path);
        }
        catch (Exception e) when (e is FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
