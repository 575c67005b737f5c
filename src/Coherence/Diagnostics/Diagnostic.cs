using System.Globalization;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>A problem found in a user's input, located and explained.</summary>
/// <remarks>The message and hint are kept as data (a key of the resource set and its arguments) and put into words in the reader's language when shown; English by default.</remarks>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code such as <c>RUB002</c>, for tests and documentation.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Hint">How to fix it, or <see langword="null"/>.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, Phrase Message, SourceLocation Location, Phrase? Hint = null)
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="hint">How to fix it.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, Phrase message, SourceLocation location, Phrase? hint = null) =>
        new(DiagnosticSeverity.Error, code, message, location, hint);

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What looks wrong.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="hint">How to fix it.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, Phrase message, SourceLocation location, Phrase? hint = null) =>
        new(DiagnosticSeverity.Warning, code, message, location, hint);

    /// <summary>Gets a value indicating whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>file:line:col: error CODE: message (hint)</c>, in English.</summary>
    /// <returns>The diagnostic as a compiler-style line.</returns>
    public override string ToString() => ToString(Texts.English);

    /// <summary>Formats as <c>file:line:col: error CODE: message (hint)</c> in a culture's language.</summary>
    /// <param name="culture">The reader's culture; unsupported languages get English.</param>
    /// <returns>The diagnostic as a compiler-style line.</returns>
    public string ToString(CultureInfo culture) => ToString(Texts.For(culture));

    /// <summary>Formats as <c>file:line:col: error CODE: message (hint)</c> in a language.</summary>
    /// <param name="texts">The language's texts.</param>
    /// <returns>The diagnostic as a compiler-style line.</returns>
    public string ToString(Texts texts)
    {
        var where = Location.ToString(texts);
        var severity = texts[Severity switch
        {
            DiagnosticSeverity.Error => "diag.severity.error",
            DiagnosticSeverity.Warning => "diag.severity.warning",
            _ => "diag.severity.info",
        }];
        var message = texts.RenderQuoting(Message);
        var line = where.Length > 0 ? $"{where}: {severity} {Code}: {message}" : $"{severity} {Code}: {message}";
        return Hint is null ? line : $"{line} ({texts.RenderQuoting(Hint)})";
    }
}
