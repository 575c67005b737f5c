using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coherence.Localization;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Language</c> with the languages the tool speaks (es, en).</summary>
public sealed class LanguageCompleter : IArgumentCompleter
{
    /// <summary>Gets the supported languages with their names.</summary>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() =>
        Texts.Supported.Select(l => (l, Texts.For(l).Name));

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
