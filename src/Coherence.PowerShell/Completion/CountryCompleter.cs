using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.PowerShell.Completion;

/// <summary>Completes <c>-Country</c> with ISO 3166-1 alpha-3 codes, found by code or by the country's name in Spanish or English.</summary>
/// <remarks>
/// <c>-Country gua</c> offers GTM (Guatemala), GLP (Guadeloupe, Guadalupe) and GUM (Guam); <c>-Country mexi</c> and <c>-Country méxi</c>
/// offer MEX. Any word of a name counts (<c>salv</c> finds El Salvador), letter case and accents do not. Codes that start with what was
/// typed come first, then names, the countries of Mesoamerica before the others. The value completed is always the code.
/// </remarks>
public sealed class CountryCompleter : IArgumentCompleter
{
    // The region of the bundled rubric: its countries come first among name matches.
    private static readonly HashSet<string> Region = new(StringComparer.Ordinal) { "BLZ", "CRI", "GTM", "HND", "MEX", "NIC", "PAN", "SLV" };

    /// <summary>Gets the assigned country codes, sorted, with their names as tooltips.</summary>
    /// <returns>Every code and its name in both languages.</returns>
    internal static IEnumerable<(string Value, string Tooltip)> Candidates() => CountryCode.All.Select(c => (c.Value, Tooltip(c.Value)));

    /// <summary>Finds the codes whose code or name matches what was typed.</summary>
    /// <param name="typed">What was typed: part of a code or of a name in Spanish or English.</param>
    /// <param name="language">The language of the names shown (es, en).</param>
    /// <returns>The codes with the text to list and the tooltip, best first.</returns>
    internal static IReadOnlyList<(string Value, string ListItem, string Tooltip)> Matching(string typed, string language)
    {
        var wanted = Fold(typed.Trim());
        var byCode = CountryCode.All
            .Where(c => c.Value.StartsWith(typed.Trim(), StringComparison.OrdinalIgnoreCase))
            .Select(c => c.Value)
            .ToList();
        var byName = wanted.Length == 0
            ? new List<string>()
            : CountryNames.ByCode
                .Where(p => !byCode.Contains(p.Key) && p.Value.Translations.Values.Any(name => NameMatches(Fold(name), wanted)))
                .OrderBy(p => Region.Contains(p.Key) ? 0 : 1)
                .ThenBy(p => p.Value.Get(language), StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))
                .Select(p => p.Key)
                .ToList();
        return byCode.Concat(byName).Select(code => (code, ListItem(code, language), Tooltip(code))).ToList();
    }

    /// <inheritdoc/>
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters) =>
        Matching((wordToComplete ?? string.Empty).Trim('\'', '"'), Labels.Choose(null, CultureInfo.CurrentUICulture))
            .Select(c => new CompletionResult(c.Value, c.ListItem, CompletionResultType.ParameterValue, c.Tooltip));

    private static bool NameMatches(string name, string wanted) =>
        name.StartsWith(wanted, StringComparison.Ordinal) ||
        name.Split(new[] { ' ', '-', '(', ',', '\'' }, StringSplitOptions.RemoveEmptyEntries).Any(word => word.StartsWith(wanted, StringComparison.Ordinal));

    private static string ListItem(string code, string language) =>
        CountryNames.ByCode.TryGetValue(code, out var name) ? code + " " + name.Get(language) : code;

    private static string Tooltip(string code) =>
        CountryNames.ByCode.TryGetValue(code, out var name)
            ? (name.Get("es") == name.Get("en") ? code + ": " + name.Get("en") : code + ": " + name.Get("es") + " / " + name.Get("en"))
            : code;

    // Lower case without accents, so that "mexico" finds México and "peru" Perú.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
