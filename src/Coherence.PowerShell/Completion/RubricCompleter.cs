using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coherence.Rubrics;
using Coherence.Operations;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Rubric</c> and <c>-Id</c> with the ids of the bundled rubrics.</summary>
public sealed class RubricCompleter : IArgumentCompleter
{
    // The bundled rubrics are embedded in the library and never change: read them once, not on every Tab.
    private static readonly Lazy<IReadOnlyList<(string Value, string Tooltip)>> Bundled = new(() =>
        new RubricCatalog().Bundled().Select(r => (r.Id, $"{r.Metadata.Title} ({r.Version})")).ToList());

    /// <summary>Gets the bundled rubrics' ids with their titles, in catalog order.</summary>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => Bundled.Value;

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
