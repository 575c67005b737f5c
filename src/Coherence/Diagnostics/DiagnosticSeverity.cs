namespace Coherence.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Informational: nothing to fix.</summary>
    Info,

    /// <summary>Something looks wrong but the input can still be used.</summary>
    Warning,

    /// <summary>The input cannot be used as it is.</summary>
    Error,
}
