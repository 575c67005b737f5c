using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Localization;

/// <summary>Something to say to people, kept as data until a language is chosen: a key of the resource set and the values of its placeholders.</summary>
/// <remarks>
/// Arguments are kept as given: texts (such as what the user wrote, which the text quotes), numbers (formatted in the
/// reader's culture), lists of texts (joined with commas) and other phrases (put into words in the same language).
/// </remarks>
public sealed class Phrase : IEquatable<Phrase>
{
    private readonly object?[] arguments;

    /// <summary>Initializes a new instance of the <see cref="Phrase"/> class.</summary>
    /// <param name="key">The key of the text in the resource set, such as <c>diag.RUB002</c>.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    public Phrase(string key, params object?[] arguments)
    {
        Key = key ?? throw new ArgumentNullException(nameof(key));
        this.arguments = arguments ?? Array.Empty<object?>();
    }

    /// <summary>Gets the key of the text in the resource set.</summary>
    public string Key { get; }

    /// <summary>Gets the values of the placeholders, in order.</summary>
    public IReadOnlyList<object?> Arguments => arguments;

    /// <summary>Makes a phrase.</summary>
    /// <param name="key">The key of the text.</param>
    /// <param name="arguments">The values of its placeholders.</param>
    /// <returns>The phrase.</returns>
    public static Phrase Of(string key, params object?[] arguments) => new(key, arguments);

    /// <summary>Puts the phrase into words in a language.</summary>
    /// <param name="texts">The language's texts.</param>
    /// <returns>The text.</returns>
    public string ToString(Texts texts) => texts.Render(this);

    /// <summary>Puts the phrase into words in English.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => Texts.English.Render(this);

    /// <inheritdoc/>
    public bool Equals(Phrase? other) =>
        other is not null && Key == other.Key && arguments.Length == other.arguments.Length &&
        arguments.Zip(other.arguments, (a, b) => Equals(a, b) || (a is IEnumerable<string> x && b is IEnumerable<string> y && x.SequenceEqual(y))).All(same => same);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Phrase);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key) ^ arguments.Length;
}
