using System.Collections.Generic;
using System.Globalization;
using Coherence.Scoring;

namespace Coherence.Localization;

/// <summary>The words people read around the rubric's own texts (column headers, class names, ...), in one language.</summary>
/// <remarks>
/// A typed view of the <c>label.*</c> keys of <see cref="Texts"/>: rubric texts carry their own translations, these
/// labels cover what the tool itself says. Unknown languages fall back to English.
/// </remarks>
public sealed class Labels
{
    private const string Prefix = "label.";

    /// <summary>Initializes a new instance of the <see cref="Labels"/> class.</summary>
    /// <param name="language">The language code (<c>es</c>, <c>en</c>); others fall back to English.</param>
    public Labels(string language)
        : this(Texts.For(language))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Labels"/> class.</summary>
    /// <param name="texts">The texts of the language.</param>
    public Labels(Texts texts) => Texts = texts;

    /// <summary>Gets the languages the tool itself speaks.</summary>
    public static IReadOnlyList<string> Supported => Texts.Supported;

    /// <summary>Gets the texts of the language, for words beyond the labels.</summary>
    public Texts Texts { get; }

    /// <summary>Gets the language in use.</summary>
    public string Language => Texts.Language;

    /// <summary>Gets the culture that formats numbers and dates for people in this language.</summary>
    public CultureInfo Culture => Texts.Culture;

    /// <summary>Gets a label by key.</summary>
    /// <param name="key">The key (<c>law</c>, <c>coverage</c>, <c>implementation-gap</c>, ...), without its <c>label.</c> prefix.</param>
    /// <returns>The label, or the key itself when unknown.</returns>
    public string this[string key] => Has(key) ? Texts[Prefix + key] : key;

    /// <summary>Gets a label in every language the tool speaks, for recognising what people wrote in any of them.</summary>
    /// <param name="key">The key, without its <c>label.</c> prefix.</param>
    /// <returns>The label per language, or the key itself when unknown.</returns>
    public static IEnumerable<string> InEveryLanguage(string key) => Has(key) ? Texts.InEveryLanguage(Prefix + key) : new[] { key };

    /// <summary>Gets whether a key has a label.</summary>
    /// <param name="key">The key, without its <c>label.</c> prefix.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Has(string key) => Texts.Has(Prefix + key);

    /// <summary>Gets the label of a gap class.</summary>
    /// <param name="value">The class.</param>
    /// <returns>The label.</returns>
    public string Of(GapClass value) => this[value switch
    {
        GapClass.CoherentHigh => "coherent-high",
        GapClass.CoherentLow => "coherent-low",
        GapClass.ImplementationGap => "implementation-gap",
        GapClass.PracticeAheadOfLaw => "practice-ahead-of-law",
        _ => "insufficient-data",
    }];

    /// <summary>Picks the language for people: the one asked for, else the user's interface language when supported, else English.</summary>
    /// <param name="requested">The language asked for, or <see langword="null"/>.</param>
    /// <param name="interfaceCulture">The user's interface culture, read by the caller from its host.</param>
    /// <returns>A supported code, or the requested code as given.</returns>
    public static string Choose(string? requested, CultureInfo interfaceCulture) => Texts.Choose(requested, interfaceCulture);

    /// <summary>Says in words why an aggregate has no value.</summary>
    /// <param name="score">The aggregate.</param>
    /// <param name="minCoverage">The minimum coverage of its node.</param>
    /// <returns>The reason, or <see langword="null"/> when the aggregate has a value.</returns>
    public string? Reason(Aggregate score, double minCoverage) => score.Status switch
    {
        ScoreStatus.NotApplicable => this["not-applicable"],
        ScoreStatus.InsufficientData when score.Answered == 0 => this["no-data"],
        ScoreStatus.InsufficientData => Texts.Format(Prefix + "coverage-below", Percent(score.Coverage), Percent(minCoverage)),
        _ => null,
    };

    /// <summary>Formats a score (0-100) for people, with one decimal, or a dash when missing.</summary>
    /// <param name="value">The score.</param>
    /// <returns>The text.</returns>
    public string Score(double? value) => value is { } v ? v.ToString("0.0", Culture) : "–";

    /// <summary>Formats a share (0-1) as a percentage for people.</summary>
    /// <param name="share">The share.</param>
    /// <param name="decimals">How many decimals to show.</param>
    /// <returns>The text: <c>75%</c> in English, <c>75 %</c> in Spanish.</returns>
    public string Percent(double share, int decimals = 0) =>
        Texts.Format("format.percent", (share * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Culture));
}
