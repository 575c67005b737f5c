using System.Reflection;

namespace Coherence.Operations;

/// <summary>The library's name and version, recorded in every output for provenance.</summary>
public static class ToolInfo
{
    /// <summary>Gets the version, such as <c>0.1.0</c>, without source-control suffix.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Gets the name and version, such as <c>Coherence 0.1.0</c>.</summary>
    public static string NameAndVersion => "Coherence " + Version;

    private static string ReadVersion()
    {
        var informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+');
        return plus > 0 ? informational.Substring(0, plus) : informational;
    }
}
