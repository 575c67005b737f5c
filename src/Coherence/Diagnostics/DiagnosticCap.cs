using System;
using System.Collections.Generic;
using System.Globalization;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>Keeps the first few diagnostics of each code in each file and counts the rest, so that one systematic mistake neither floods the screen nor buries the others.</summary>
internal static class DiagnosticCap
{
    /// <summary>The variable that changes how many diagnostics of one code are shown per file.</summary>
    public const string Variable = "COHERENCE_MAX_DIAGNOSTICS";

    /// <summary>How many diagnostics of one code are shown per file unless <see cref="Variable"/> says otherwise.</summary>
    public const int DefaultPerCode = 20;

    /// <summary>Gets how many diagnostics of one code are shown per file in this run.</summary>
    /// <returns>The limit, from <see cref="Variable"/> when it holds a positive whole number.</returns>
    public static int PerCodeFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : DefaultPerCode;

    /// <summary>Makes the diagnostic that stands for the ones left out.</summary>
    /// <param name="first">The first of its kind.</param>
    /// <param name="more">How many were left out.</param>
    /// <returns>A diagnostic of the same code and file: "and N more like this".</returns>
    public static Diagnostic More(Diagnostic first, int more) =>
        new(first.Severity, first.Code, Phrase.Of("diag.and-more", more), new SourceLocation(first.Location.File), Phrase.Of("hint.and-more", Variable));

    /// <summary>Gets whether a diagnostic stands for others left out.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool IsMore(Diagnostic diagnostic) => diagnostic.Message.Key == "diag.and-more";

    /// <summary>Passes on the first <paramref name="perCode"/> diagnostics of each file, code and severity, in order, then one more of each that went over, saying how many were left out.</summary>
    /// <param name="diagnostics">The diagnostics, in the order found.</param>
    /// <param name="perCode">How many of one kind to pass on per file.</param>
    /// <returns>The diagnostics to show.</returns>
    public static IEnumerable<Diagnostic> Limit(IEnumerable<Diagnostic> diagnostics, int perCode)
    {
        var tally = new DiagnosticTally<(string? File, string Code, DiagnosticSeverity Severity)>(perCode);
        foreach (var diagnostic in diagnostics)
        {
            if (IsMore(diagnostic))
            {
                // A reader counted these already.
                yield return diagnostic;
                continue;
            }

            if (tally.Keep((diagnostic.Location.File, diagnostic.Code, diagnostic.Severity), diagnostic))
            {
                yield return diagnostic;
            }
        }

        foreach (var (_, first, more) in tally.Over())
        {
            yield return More(first, more);
        }
    }
}
