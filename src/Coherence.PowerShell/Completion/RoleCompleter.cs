using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Role</c> with the roles an assessing team can have.</summary>
/// <remarks>A completer rather than a fixed set of values, so that an empty cell of a CSV binds and takes the default.</remarks>
public sealed class RoleCompleter : IArgumentCompleter
{
    /// <summary>Gets the roles with what each means.</summary>
    /// <returns>The roles, in the order the workbook lists them.</returns>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => new[]
    {
        ("government", "rates on the government's behalf"),
        ("civil-society", "rates on behalf of civil society"),
        ("independent", "rates independently"),
    };

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
