using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using Coherence.Rubrics;
using Coherence.Operations;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Template</c> with the report templates bundled in the library, read from its embedded resources.</summary>
public sealed class TemplateCompleter : IArgumentCompleter
{
    private const string Prefix = "Coherence.Templates.";

    /// <summary>Gets the bundled template names: resource names without prefix, format and <c>.sbn</c> (<c>country-profile.html.sbn</c> gives <c>country-profile</c>), leaving out partials.</summary>
    /// <param name="resourceNames">The library's embedded resource names.</param>
    /// <returns>The names, sorted.</returns>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates(IEnumerable<string> resourceNames) =>
        resourceNames
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Substring(Prefix.Length, n.Length - Prefix.Length - ".sbn".Length))
            .Where(n => !n.Split('.', '/', '\\').Any(part => part.StartsWith("_", StringComparison.Ordinal) || part.Equals("partials", StringComparison.OrdinalIgnoreCase)))
            .Select(n => n.IndexOf('.') is var dot && dot > 0 ? n.Substring(0, dot) : n)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .Select(n => (n, n));

    /// <summary>Gets the bundled template names of the library.</summary>
    /// <returns>The names, sorted.</returns>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => Candidates(typeof(Coherence.Reports.TemplateFolder).Assembly.GetManifestResourceNames());

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Completions.Of(Candidates(), wordToComplete);
}
