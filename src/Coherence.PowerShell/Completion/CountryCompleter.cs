using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coherence.Model;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Country</c> with ISO 3166-1 alpha-3 codes.</summary>
public sealed class CountryCompleter : IArgumentCompleter
{
    /// <summary>Gets the assigned country codes, sorted.</summary>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => CountryCode.All.Select(c => (c.Value, c.Value));

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
