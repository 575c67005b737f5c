namespace Coherence.Diagnostics;

/// <summary>A problem found in a user's input, located and explained.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Code">A stable code such as <c>RUB002</c>, for tests and documentation.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Hint">How to fix it, or <see langword="null"/>.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Code, string Message, SourceLocation Location, string? Hint = null)
{
    /// <summary>Creates an error.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="hint">How to fix it.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Error(string code, string message, SourceLocation location, string? hint = null) =>
        new(DiagnosticSeverity.Error, code, message, location, hint);

    /// <summary>Creates a warning.</summary>
    /// <param name="code">The diagnostic code.</param>
    /// <param name="message">What looks wrong.</param>
    /// <param name="location">Where it is.</param>
    /// <param name="hint">How to fix it.</param>
    /// <returns>The diagnostic.</returns>
    public static Diagnostic Warning(string code, string message, SourceLocation location, string? hint = null) =>
        new(DiagnosticSeverity.Warning, code, message, location, hint);

    /// <summary>Whether this diagnostic is an error.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>Formats as <c>file:line:col: error CODE: message (hint)</c>.</summary>
    /// <returns>The diagnostic as a compiler-style line.</returns>
    public override string ToString()
    {
        var where = Location.ToString();
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var line = where.Length > 0 ? $"{where}: {severity} {Code}: {Message}" : $"{severity} {Code}: {Message}";
        return Hint is null ? line : $"{line} ({Hint})";
    }
}
