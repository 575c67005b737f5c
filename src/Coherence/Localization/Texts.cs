using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;

namespace Coherence.Localization;

/// <summary>Every word the tool says to people, in one language, read from the one resource set (<c>Texts.resx</c>, <c>Texts.es.resx</c>, ...).</summary>
/// <remarks>
/// The language is always passed in: nothing here reads the thread's culture. English is the neutral language and the
/// fallback for a key that a language lacks. A new language is one more <c>Texts.xx.resx</c> file beside the others:
/// the build lists it in <see cref="Supported"/>.
/// </remarks>
public sealed class Texts
{
    /// <summary>The base name of the resource set.</summary>
    internal const string ResourceName = "Coherence.Localization.Texts";

    private static readonly ResourceManager Resources = new(ResourceName, typeof(Texts).Assembly);

    private static readonly Lazy<IReadOnlyList<string>> Languages = new(ReadLanguages);

    private static readonly Dictionary<string, Texts> Cache = new(StringComparer.Ordinal);

    private readonly CultureInfo resourceCulture;

    private Texts(string language)
    {
        Language = language;
        resourceCulture = language == "en" ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(language);
        Culture = CultureInfo.GetCultureInfo(Resources.GetString("language.format-culture", resourceCulture) ?? "en-US");
    }

    /// <summary>Gets the languages the tool speaks, one per resource file: the translations, then English.</summary>
    public static IReadOnlyList<string> Supported => Languages.Value;

    /// <summary>Gets the texts in English, the neutral language.</summary>
    public static Texts English { get; } = new("en");

    /// <summary>Gets the two-letter code of the language, such as <c>es</c>.</summary>
    public string Language { get; }

    /// <summary>Gets the culture that formats numbers and dates for people in this language (<c>es-MX</c>, <c>en-US</c>).</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the language's own name for itself (<c>Español</c>, <c>English</c>).</summary>
    public string Name => this["language.name"];

    /// <summary>Gets a text by key.</summary>
    /// <param name="key">The key, such as <c>label.law</c> or <c>diag.RUB002</c>.</param>
    /// <returns>The text, in English when this language lacks it, or the key itself when no language has it.</returns>
    public string this[string key] => Resources.GetString(key, resourceCulture) ?? key;

    /// <summary>Gets the texts of a language.</summary>
    /// <param name="language">A language code (<c>es</c>, <c>es-GT</c>, <c>en</c>); unsupported ones get English.</param>
    /// <returns>The texts, shared.</returns>
    public static Texts For(string? language)
    {
        var code = Normalize(language);
        if (code is null || !Supported.Contains(code))
        {
            return English;
        }

        lock (Cache)
        {
            if (!Cache.TryGetValue(code, out var texts))
            {
                texts = new Texts(code);
                Cache.Add(code, texts);
            }

            return texts;
        }
    }

    /// <summary>Gets the texts of a culture, such as the user's interface culture.</summary>
    /// <param name="culture">The culture; its language decides.</param>
    /// <returns>The texts, English when the language is not supported.</returns>
    public static Texts For(CultureInfo culture) => For(culture.TwoLetterISOLanguageName);

    /// <summary>Picks the language for people: the one asked for when given, else the interface culture's when supported, else English.</summary>
    /// <param name="requested">The language asked for, or <see langword="null"/>.</param>
    /// <param name="interfaceCulture">The user's interface culture, which the caller reads from its host.</param>
    /// <returns>The requested code as given (for the caller to refuse when unsupported), or a supported one.</returns>
    public static string Choose(string? requested, CultureInfo interfaceCulture)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            return requested!.Trim().ToLowerInvariant();
        }

        var ui = interfaceCulture.TwoLetterISOLanguageName;
        return Supported.Contains(ui) ? ui : "en";
    }

    /// <summary>Gets whether a language is one the tool speaks.</summary>
    /// <param name="language">The code.</param>
    /// <returns><see langword="true"/> when it is.</returns>
    public static bool IsSupported(string? language) => Normalize(language) is { } code && Supported.Contains(code);

    /// <summary>Gets a text in every language the tool speaks, for recognising what people wrote in any of them.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The distinct texts.</returns>
    public static IEnumerable<string> InEveryLanguage(string key) => Supported.Select(l => For(l)[key]).Distinct(StringComparer.Ordinal);

    /// <summary>Gets whether a key has a text.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when the neutral language has it.</returns>
    public static bool Has(string key) => Resources.GetString(key, CultureInfo.InvariantCulture) is not null;

    /// <summary>Gets every key of the resource set.</summary>
    /// <returns>The keys, in no particular order.</returns>
    public static IEnumerable<string> Keys()
    {
        var set = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        if (set is null)
        {
            yield break;
        }

        var e = set.GetEnumerator();
        while (e.MoveNext())
        {
            yield return (string)e.Key;
        }
    }

    /// <summary>Formats a text with arguments, numbers in this language's culture; phrases among them are put into words too.</summary>
    /// <param name="key">The key.</param>
    /// <param name="arguments">The values of the placeholders <c>{0}</c>, <c>{1:0.0}</c>, ...</param>
    /// <returns>The text.</returns>
    public string Format(string key, params object?[] arguments) => Format(this[key], (IReadOnlyList<object?>)arguments, quote: false);

    /// <summary>Puts a phrase into words in this language.</summary>
    /// <param name="phrase">The phrase.</param>
    /// <returns>The text.</returns>
    public string Render(Phrase phrase) => Format(this[phrase.Key], phrase.Arguments, quote: false);

    /// <summary>Puts a phrase about an input into words, quoting at most <see cref="MaxQuoted"/> characters of each text it names.</summary>
    /// <param name="phrase">The phrase, such as a diagnostic's message.</param>
    /// <returns>The text, on one line.</returns>
    internal string RenderQuoting(Phrase phrase) => Format(this[phrase.Key], phrase.Arguments, quote: true);

    private string Format(string template, IReadOnlyList<object?> arguments, bool quote)
    {
        // Always formatted, so that a text reads the same ({{ for a brace) whether it has placeholders or not.
        var values = new object?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i] switch
            {
                Phrase phrase => quote ? RenderQuoting(phrase) : Render(phrase),
                string text => quote ? Quote(text) : text,
                IEnumerable items => Join(items, quote),
                var other => other,
            };
        }

        return string.Format(Culture, template, values);
    }

    /// <summary>The most characters of one value a text quotes: what a user wrote may be a whole 50 MB cell.</summary>
    internal const int MaxQuoted = 80;

    /// <summary>Shortens a quoted value to at most <see cref="MaxQuoted"/> characters, ending in an ellipsis when cut, on one line.</summary>
    /// <param name="text">The value.</param>
    /// <returns>The value as a text quotes it.</returns>
    internal static string Quote(string text)
    {
        var cut = text.Length > MaxQuoted;
        var length = cut ? MaxQuoted - 1 : text.Length;
        if (cut && char.IsHighSurrogate(text[length - 1]))
        {
            // Never split a character in two.
            length--;
        }

        var needsCleaning = false;
        for (var i = 0; i < length && !needsCleaning; i++)
        {
            needsCleaning = text[i] < ' ';
        }

        if (!cut && !needsCleaning)
        {
            return text;
        }

        var quoted = new System.Text.StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            // A line break or a control character in a value would break the one-line message.
            quoted.Append(text[i] < ' ' ? ' ' : text[i]);
        }

        return cut ? quoted.Append('…').ToString() : quoted.ToString();
    }

    /// <summary>The most items of one list a text about an input names.</summary>
    internal const int MaxQuotedItems = 10;

    private string Join(IEnumerable items, bool quote)
    {
        var all = items.Cast<object?>();
        if (!quote)
        {
            return string.Join(", ", all.Select(item => RenderItem(item, quote)));
        }

        var shown = all.Take(MaxQuotedItems + 1).ToList();
        var text = string.Join(", ", shown.Take(MaxQuotedItems).Select(item => RenderItem(item, quote)));
        return shown.Count > MaxQuotedItems ? text + ", …" : text;
    }

    private string RenderItem(object? item, bool quote) => item switch
    {
        string text => quote ? Quote(text) : text,
        Phrase phrase => quote ? RenderQuoting(phrase) : Render(phrase),
        IFormattable formattable => formattable.ToString(null, Culture),
        _ => item?.ToString() ?? string.Empty,
    };

    private static string? Normalize(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
        {
            return null;
        }

        var code = language!.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(new[] { '-', '_' });
        return dash > 0 ? code.Substring(0, dash) : code;
    }

    private static IReadOnlyList<string> ReadLanguages()
    {
        // The build writes the languages of the resource files into the assembly (see Coherence.csproj).
        var listed = typeof(Texts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Coherence.Languages")?.Value ?? string.Empty;
        // The translations first (the people this tool is for mostly read Spanish), the neutral English last.
        var languages = listed.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().ToLowerInvariant()).Where(l => l != "en").ToList();
        languages.Add("en");
        return languages.Distinct(StringComparer.Ordinal).ToList();
    }
}
