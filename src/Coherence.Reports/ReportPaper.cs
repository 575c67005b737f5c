using System;
using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The paper sizes reports print on, and the default for each language.</summary>
/// <remarks>
/// Spanish reports default to US Letter: it is the paper of government offices in Mexico, Central America and the
/// Caribbean, the readers of Spanish reports; English reports default to A4, the paper of most international
/// organizations and donors. Either can be chosen (<c>--paper letter|a4</c>).
/// </remarks>
public static class ReportPaper
{
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    public const string Letter = "letter";

    /// <summary>ISO A4, 210 × 297 mm.</summary>
    public const string A4 = "a4";

    /// <summary>Gets the paper sizes, as the option takes them.</summary>
    public static IReadOnlyList<string> All { get; } = new[] { Letter, A4 };

    /// <summary>Gets the paper a report in a language prints on unless another is chosen.</summary>
    /// <param name="language">The report's language.</param>
    /// <returns><see cref="Letter"/> for Spanish, <see cref="A4"/> otherwise.</returns>
    public static string DefaultFor(string language) => string.Equals(language, "es", StringComparison.OrdinalIgnoreCase) ? Letter : A4;

    /// <summary>Reads a paper size as a user writes it.</summary>
    /// <param name="value">The value, such as <c>Letter</c> or <c>A4</c>.</param>
    /// <returns>The size, or <see langword="null"/> when it is neither.</returns>
    public static string? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        Letter => Letter,
        A4 => A4,
        _ => null,
    };
}
