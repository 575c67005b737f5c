using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>Collects a reader's diagnostics, keeping the first few of each code and file and counting the rest, so that 500,000 repeats of one mistake cost no memory.</summary>
internal sealed class DiagnosticCollector
{
    private readonly int perCode;
    private readonly List<Diagnostic> kept = new();
    private readonly Dictionary<(string? File, string Code, DiagnosticSeverity Severity), (int Count, Diagnostic First)> counts = new();
    private readonly List<(string? File, string Code, DiagnosticSeverity Severity)> order = new();

    /// <summary>Initializes a new instance of the <see cref="DiagnosticCollector"/> class.</summary>
    /// <param name="perCode">How many of one code and file to keep.</param>
    public DiagnosticCollector(int perCode) => this.perCode = perCode;

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
        var key = (diagnostic.Location.File, diagnostic.Code, diagnostic.Severity);
        if (!counts.TryGetValue(key, out var entry))
        {
            entry = (0, diagnostic);
            order.Add(key);
        }

        counts[key] = (entry.Count + 1, entry.First);
        if (entry.Count < perCode)
        {
            kept.Add(diagnostic);
        }
    }

    /// <summary>Adds what was kept to a list, then one diagnostic per code and file that went over, saying how many more there were.</summary>
    /// <param name="target">The list.</param>
    public void CopyTo(List<Diagnostic> target)
    {
        target.AddRange(kept);
        foreach (var key in order)
        {
            var (count, first) = counts[key];
            if (count > perCode)
            {
                target.Add(DiagnosticCap.More(first, count - perCode));
            }
        }
    }
}
