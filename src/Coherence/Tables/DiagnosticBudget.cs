using System.Collections.Generic;
using System.Globalization;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Tables;

/// <summary>Passes on the first few diagnostics of each kind and column, then counts the rest, so that one systematic mistake does not bury the others.</summary>
internal sealed class DiagnosticBudget
{
    private readonly List<Diagnostic> target;
    private readonly DiagnosticTally<(string Code, string Group)> tally;

    public DiagnosticBudget(List<Diagnostic> target, int limit)
    {
        this.target = target;
        tally = new(limit);
    }

    public void Add(Diagnostic diagnostic, string group)
    {
        if (tally.Keep((diagnostic.Code, group), diagnostic))
        {
            target.Add(diagnostic);
        }
    }

    /// <summary>Adds one diagnostic per kind and column that went over the limit, saying how many more there were.</summary>
    public void Flush()
    {
        foreach (var (key, first, more) in tally.Over())
        {
            var message = key.Group.Length > 0 ? Phrase.Of("diag.more-in-column", more, key.Group) : Phrase.Of("diag.more", more);
            target.Add(new Diagnostic(first.Severity, first.Code, message, new SourceLocation(first.Location.File)));
        }

        tally.Clear();
    }
}
