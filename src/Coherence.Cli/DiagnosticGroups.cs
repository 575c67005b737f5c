using System;
using System.Collections.Generic;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Cli;

/// <summary>Folds the same problem found in many files into one line with a count: "error ASM030: ... (778 files)".</summary>
/// <remarks>
/// A run over a folder can meet one problem in every file (a rubric that is not bundled, for one). Diagnostics are the same
/// problem when they agree in everything but the file: severity, code, message and hint as the reader sees them, and the place
/// within the file. The line shows the first file; the order is that of each problem's first appearance.
/// </remarks>
internal static class DiagnosticGroups
{
    /// <summary>Groups diagnostics that differ only in their file.</summary>
    /// <param name="diagnostics">The diagnostics, in the order they were found.</param>
    /// <param name="texts">The language the lines are written in; the comparison is of the rendered texts.</param>
    /// <returns>Each distinct problem once, with its first diagnostic and how many distinct files it was found in.</returns>
    public static IReadOnlyList<(Diagnostic First, int Files)> Group(IEnumerable<Diagnostic> diagnostics, Texts texts)
    {
        var groups = new List<(Diagnostic First, HashSet<string> Files)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var location = diagnostic.Location;
            var file = location.File;
            if (file is null)
            {
                groups.Add((diagnostic, new HashSet<string>(StringComparer.Ordinal)));
                continue;
            }

            var key = string.Join(
                "\u001f",
                diagnostic.Severity.ToString(),
                diagnostic.Code,
                texts.Render(diagnostic.Message),
                diagnostic.Hint is null ? string.Empty : texts.Render(diagnostic.Hint),
                location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture),
                location.Column.ToString(System.Globalization.CultureInfo.InvariantCulture),
                location.Detail ?? string.Empty);
            if (index.TryGetValue(key, out var at) && !groups[at].Files.Contains(file))
            {
                groups[at].Files.Add(file);
                continue;
            }

            index[key] = groups.Count;
            groups.Add((diagnostic, new HashSet<string>(StringComparer.Ordinal) { file }));
        }

        var result = new List<(Diagnostic, int)>(groups.Count);
        foreach (var (first, files) in groups)
        {
            result.Add((first, Math.Max(1, files.Count)));
        }

        return result;
    }
}
