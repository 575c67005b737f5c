using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Rule</c> with the reconciliation rules: a role that wins, the median level, answers within a level.</summary>
public sealed class RuleCompleter : IArgumentCompleter
{
    /// <summary>Gets the rules with what they do.</summary>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => new[]
    {
        ("within:1", "Answers at most one level apart take the median level"),
        ("median", "The median level; with two teams, the lower one"),
        ("role:government", "The government's answer wins"),
        ("role:civil-society", "Civil society's answer wins"),
        ("role:independent", "The independent experts' answer wins"),
    };

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
