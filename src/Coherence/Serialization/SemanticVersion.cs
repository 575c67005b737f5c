using System.Text.RegularExpressions;

namespace Coherence.Serialization;

/// <summary>Checks semantic versions (<c>MAJOR.MINOR.PATCH</c>, with optional pre-release and build parts).</summary>
internal static class SemanticVersion
{
    private static readonly Regex Pattern = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$",
        RegexOptions.CultureInvariant);

    /// <summary>Whether a text is a semantic version.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsValid(string text) => Pattern.IsMatch(text);
}
