using System.Collections.Generic;
using System.Globalization;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Tables;

/// <summary>Passes on the first few diagnostics of each kind and column, then counts the rest, so that one systematic mistake does not bury the others.</summary>
internal sealed class DiagnosticBudget
{
    private readonly List<Diagnostic> target;
    private readonly int limit;
    private readonly Dictionary<(string Code, string Group), (int Count, Diagnostic First)> seen = new();
    private readonly List<(string Code, string Group)> order = new();

    public DiagnosticBudget(List<Diagnostic> target, int limit)
    {
        this.target = target;
        this.limit = limit;
    }

    public void Add(Diagnostic diagnostic, string group)
    {
        var key = (diagnostic.Code, group);
        if (!seen.TryGetValue(key, out var entry))
        {
            entry = (0, diagnostic);
            order.Add(key);
        }

        seen[key] = (entry.Count + 1, entry.First);
        if (entry.Count < limit)
        {
            target.Add(diagnostic);
        }
    }

    /// <summary>Adds one diagnostic per kind and column that went over the limit, saying how many more there were.</summary>
    public void Flush()
    {
        foreach (var key in order)
        {
            var (count, first) = seen[key];
            if (count <= limit)
            {
                continue;
            }

            var more = count - limit;
            var message = key.Group.Length > 0 ? Phrase.Of("diag.more-in-column", more, key.Group) : Phrase.Of("diag.more", more);
            target.Add(new Diagnostic(first.Severity, first.Code, message, new SourceLocation(first.Location.File)));
        }

        seen.Clear();
        order.Clear();
    }
}
