using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>The country's name in a rubric workbook's metadata sheet: <c>countryName</c>, and for a name given per language its languages in order and one key per language.</summary>
/// <remarks>
/// <c>countryName</c> holds the name in the workbook's language, so that a reader that knows only that key still names the
/// country; <c>countryName.languages</c> (<c>es,en</c>) and <c>countryName.es</c>, <c>countryName.en</c> keep every name, and
/// win when present.
/// </remarks>
internal static class CountryNameMetadata
{
    private const string Key = "countryName";

    private const string LanguagesKey = "countryName.languages";

    /// <summary>Gets the metadata pairs for a name; a plain name or none is the single <c>countryName</c> key.</summary>
    public static IEnumerable<(string Key, string? Value)> Pairs(CountryName? name, string language)
    {
        yield return (Key, name?.For(language));
        if (name is null || name.Neutral is not null)
        {
            yield break;
        }

        yield return (LanguagesKey, string.Join(",", name.ByLanguage.Select(p => p.Key)));
        foreach (var pair in name.ByLanguage)
        {
            yield return (Key + "." + pair.Key, pair.Value);
        }
    }

    /// <summary>Gets the shape of a name's metadata (which keys it writes): none, one plain name, or its languages in order.</summary>
    public static string Shape(CountryName? name) =>
        name is null ? string.Empty : name.Neutral is not null ? "=" : string.Join(",", name.ByLanguage.Select(p => p.Key));

    /// <summary>Reads the name back from the metadata pairs, or <see langword="null"/> when none is given.</summary>
    public static CountryName? Read(IReadOnlyDictionary<string, string> pairs)
    {
        if (pairs.TryGetValue(LanguagesKey, out var languages) && languages.Length > 0)
        {
            var names = new List<KeyValuePair<string, string>>();
            foreach (var tag in languages.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()))
            {
                if (pairs.TryGetValue(Key + "." + tag, out var text) && !string.IsNullOrWhiteSpace(text)
                    && !names.Any(n => string.Equals(n.Key, tag, StringComparison.OrdinalIgnoreCase)))
                {
                    names.Add(new KeyValuePair<string, string>(tag, text.Trim()));
                }
            }

            if (names.Count > 0)
            {
                return CountryName.PerLanguage(names);
            }
        }

        return pairs.TryGetValue(Key, out var plain) && !string.IsNullOrWhiteSpace(plain) ? CountryName.Plain(plain.Trim()) : null;
    }
}
