using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coherence.Operations;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Rubric</c> and <c>-Id</c> with the ids of the bundled rubrics.</summary>
public sealed class RubricCompleter : IArgumentCompleter
{
    /// <summary>Gets the bundled rubrics' ids with their titles, in catalog order.</summary>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() =>
        new RubricCatalog().Bundled().Select(r => (r.Id, $"{r.Metadata.Title} ({r.Version})"));

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
