using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace Coherence.PowerShell.Completion;

/// <summary>Turns candidate values into tab completions: those that start with what was typed, quoted when needed.</summary>
internal static class Completions
{
    /// <summary>Filters candidates by what was typed (ignoring case and any opening quote) and makes completion results.</summary>
    /// <param name="candidates">Values and their tooltips.</param>
    /// <param name="wordToComplete">What was typed so far.</param>
    /// <returns>The completions, in the candidates' order.</returns>
    public static IEnumerable<CompletionResult> Of(IEnumerable<(string Value, string Tooltip)> candidates, string? wordToComplete)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return Matching(candidates, typed).Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Tooltip) ? c.Value : c.Tooltip));
    }

    /// <summary>Filters candidates by prefix, ignoring case.</summary>
    /// <param name="candidates">Values and their tooltips.</param>
    /// <param name="typed">What was typed.</param>
    /// <returns>The matching candidates.</returns>
    public static IEnumerable<(string Value, string Tooltip)> Matching(IEnumerable<(string Value, string Tooltip)> candidates, string typed) =>
        candidates.Where(c => c.Value.StartsWith(typed, StringComparison.OrdinalIgnoreCase));

    /// <summary>Quotes a value when PowerShell would otherwise split or interpret it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The value, in single quotes when it holds spaces or special characters.</returns>
    public static string Quote(string value) =>
        value.IndexOfAny(new[] { ' ', '\t', '$', '`', '\'', '"', '(', ')', '{', '}', ';', ',', '&', '|', '@', '#', '<', '>' }) >= 0
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}
