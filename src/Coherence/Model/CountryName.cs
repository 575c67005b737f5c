using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Model;

/// <summary>The name an assessment gives its country: one name for every language, or one per language.</summary>
/// <remarks>
/// A user-assigned code (<c>XMA</c>) has no ISO 3166-1 name, so the assessment names it; <c>countryName</c> in the file is
/// a plain string (<see cref="Plain"/>) or a map of language tags to names (<see cref="PerLanguage(IEnumerable{KeyValuePair{string, string}})"/>), whose order is
/// kept. <see cref="For"/> picks the name a reader of a language sees.
/// </remarks>
public sealed class CountryName : IEquatable<CountryName>
{
    private readonly KeyValuePair<string, string>[] names;

    private CountryName(string? plain, KeyValuePair<string, string>[] names)
    {
        Neutral = plain;
        this.names = names;
    }

    /// <summary>Gets the one name for every language, or <see langword="null"/> when the name is given per language.</summary>
    public string? Neutral { get; }

    /// <summary>Gets the names per language tag, in the order given; empty for a plain name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ByLanguage => names;

    /// <summary>Creates a name used for every language.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static CountryName Plain(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A country name is not blank.", nameof(name));
        }

        return new CountryName(name, Array.Empty<KeyValuePair<string, string>>());
    }

    /// <summary>Creates a name given per language.</summary>
    /// <param name="names">Language tag (<c>es</c>, <c>en</c>, <c>es-GT</c>) and name, in the order given.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">No name is given, a tag or a name is blank, or a tag comes twice.</exception>
    public static CountryName PerLanguage(IEnumerable<KeyValuePair<string, string>> names)
    {
        var list = (names ?? throw new ArgumentNullException(nameof(names))).ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A country name per language names at least one language.", nameof(names));
        }

        if (list.Any(p => string.IsNullOrWhiteSpace(p.Key) || string.IsNullOrWhiteSpace(p.Value)))
        {
            throw new ArgumentException("Every language tag and name is not blank.", nameof(names));
        }

        if (list.Select(p => p.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Length)
        {
            throw new ArgumentException("Each language tag comes once.", nameof(names));
        }

        return new CountryName(null, list);
    }

    /// <summary>Creates a name given per language from language/name pairs.</summary>
    /// <param name="pairs">Language tag and name, alternating.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentException">The pairs are odd in number, or <see cref="PerLanguage(IEnumerable{KeyValuePair{string, string}})"/> refuses them.</exception>
    public static CountryName PerLanguage(params string[] pairs)
    {
        if (pairs is null || pairs.Length % 2 != 0)
        {
            throw new ArgumentException("Language tags and names alternate.", nameof(pairs));
        }

        return PerLanguage(Enumerable.Range(0, pairs.Length / 2).Select(i => new KeyValuePair<string, string>(pairs[2 * i], pairs[(2 * i) + 1])));
    }

    /// <summary>Gets the name a reader of a language sees.</summary>
    /// <remarks>
    /// A plain name serves every language. Per language: the exact tag (ignoring case), then its neutral part (<c>es</c> for
    /// <c>es-GT</c>), then <c>en</c>, then the first name given.
    /// </remarks>
    /// <param name="language">The reader's language tag.</param>
    /// <returns>The name.</returns>
    public string For(string language)
    {
        if (Neutral is not null)
        {
            return Neutral;
        }

        language ??= string.Empty;
        if (Find(language) is { } exact)
        {
            return exact;
        }

        var dash = language.IndexOfAny(new[] { '-', '_' });
        if (dash > 0 && Find(language.Substring(0, dash)) is { } neutral)
        {
            return neutral;
        }

        return Find("en") ?? names[0].Value;
    }

    /// <summary>Gets whether the name was given for a language tag itself (ignoring case), without falling back.</summary>
    /// <param name="language">The language tag.</param>
    /// <returns><see langword="true"/> for a plain name or a name given for that tag.</returns>
    public bool Has(string language) => Neutral is not null || Find(language) is not null;

    /// <inheritdoc/>
    public bool Equals(CountryName? other) =>
        other is not null && Neutral == other.Neutral && names.Length == other.names.Length &&
        names.Zip(other.names, (a, b) => a.Key == b.Key && a.Value == b.Value).All(same => same);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CountryName);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = Neutral is null ? 17 : StringComparer.Ordinal.GetHashCode(Neutral);
        foreach (var pair in names)
        {
            hash = unchecked((hash * 31) + StringComparer.Ordinal.GetHashCode(pair.Key) + StringComparer.Ordinal.GetHashCode(pair.Value));
        }

        return hash;
    }

    /// <summary>Gets the name in English, by <see cref="For"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => For("en");

    private string? Find(string language)
    {
        foreach (var pair in names)
        {
            if (string.Equals(pair.Key, language, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }
}
