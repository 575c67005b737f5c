using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>Collects a reader's diagnostics, keeping the first few of each code and file and counting the rest, so that 500,000 repeats of one mistake cost no memory.</summary>
internal sealed class DiagnosticCollector
{
    private readonly List<Diagnostic> kept = new();
    private readonly DiagnosticTally<(string? File, string Code, DiagnosticSeverity Severity)> tally;

    /// <summary>Initializes a new instance of the <see cref="DiagnosticCollector"/> class.</summary>
    /// <param name="perCode">How many of one code and file to keep.</param>
    public DiagnosticCollector(int perCode) => tally = new(perCode);

    /// <summary>Initializes a new instance of the <see cref="DiagnosticCollector"/> class with this run's limit (<see cref="DiagnosticCap.PerCodeFromEnvironment"/>).</summary>
    public DiagnosticCollector()
        : this(DiagnosticCap.PerCodeFromEnvironment())
    {
    }

    /// <summary>Gets whether an error was added, kept or counted.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Adds a diagnostic: kept when among the first of its code and file, else counted.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    public void Add(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.IsError;
        if (tally.Keep((diagnostic.Location.File, diagnostic.Code, diagnostic.Severity), diagnostic))
        {
            kept.Add(diagnostic);
        }
    }

    /// <summary>Adds what was kept to a list, then one diagnostic per code and file that went over, saying how many more there were.</summary>
    /// <param name="target">The list.</param>
    public void CopyTo(List<Diagnostic> target)
    {
        target.AddRange(kept);
        foreach (var (_, first, more) in tally.Over())
        {
            target.Add(DiagnosticCap.More(first, more));
        }
    }
}
