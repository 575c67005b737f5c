using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Model;

/// <summary>A text in several languages, keyed by language code (<c>es</c>, <c>en</c>, ...).</summary>
public sealed class LocalizedText : IEquatable<LocalizedText>
{
    private readonly SortedDictionary<string, string> translations;

    /// <summary>Initializes a new instance of the <see cref="LocalizedText"/> class.</summary>
    /// <param name="translations">The text per language code.</param>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> translations)
    {
        this.translations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in translations)
        {
            this.translations[pair.Key] = pair.Value;
        }
    }

    /// <summary>Gets an empty text.</summary>
    public static LocalizedText Empty { get; } = new(Array.Empty<KeyValuePair<string, string>>());

    /// <summary>Gets the text per language, ordered by language code.</summary>
    public IReadOnlyDictionary<string, string> Translations => translations;

    /// <summary>Gets a value indicating whether no language has a text.</summary>
    public bool IsEmpty => translations.Count == 0;

    /// <summary>Creates a text from language/text pairs.</summary>
    /// <param name="pairs">Language code and text, alternating.</param>
    /// <returns>The text.</returns>
    public static LocalizedText Of(params string[] pairs)
    {
        var list = new List<KeyValuePair<string, string>>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            list.Add(new KeyValuePair<string, string>(pairs[i], pairs[i + 1]));
        }

        return new LocalizedText(list);
    }

    /// <summary>Gets the text in a language, falling back to English, then to any language, then to the empty string.</summary>
    /// <param name="language">The wanted language code.</param>
    /// <returns>The best available text.</returns>
    public string Get(string language)
    {
        if (translations.TryGetValue(language, out var text))
        {
            return text;
        }

        if (translations.TryGetValue("en", out text))
        {
            return text;
        }

        return translations.Values.FirstOrDefault() ?? string.Empty;
    }

    /// <summary>Gets whether the text exists in a language.</summary>
    /// <param name="language">The language code.</param>
    /// <returns><see langword="true"/> when a non-empty text exists in that language.</returns>
    public bool Has(string language) => translations.TryGetValue(language, out var text) && !string.IsNullOrWhiteSpace(text);

    /// <inheritdoc/>
    public bool Equals(LocalizedText? other) =>
        other is not null && translations.Count == other.translations.Count &&
        translations.All(p => other.translations.TryGetValue(p.Key, out var v) && v == p.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocalizedText);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = 17;
        foreach (var pair in translations)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key) + StringComparer.Ordinal.GetHashCode(pair.Value));
        }

        return hash;
    }

    /// <inheritdoc/>
    public override string ToString() => Get("en");
}
