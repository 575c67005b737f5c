using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Scoring;

namespace Coherence.Localization;

/// <summary>The words people read around the rubric's own texts (column headers, class names, ...), in Spanish and English.</summary>
/// <remarks>Rubric texts carry their own translations; these labels cover what the tool itself says. Unknown languages fall back to English.</remarks>
public sealed class Labels
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.Ordinal)
    {
        // key: { en, es }
        ["law"] = new[] { "Law", "Ley" },
        ["practice"] = new[] { "Practice", "Práctica" },
        ["gap"] = new[] { "Gap", "Brecha" },
        ["net-gap"] = new[] { "Net gap", "Brecha neta" },
        ["absolute-gap"] = new[] { "Absolute gap", "Brecha absoluta" },
        ["coherence"] = new[] { "Coherence", "Coherencia" },
        ["coverage"] = new[] { "Coverage", "Cobertura" },
        ["group"] = new[] { "Group", "Grupo" },
        ["groups"] = new[] { "Migrant groups", "Grupos de personas migrantes" },
        ["dimension"] = new[] { "Dimension", "Dimensión" },
        ["indicator"] = new[] { "Indicator", "Indicador" },
        ["country"] = new[] { "Country", "País" },
        ["period"] = new[] { "Period", "Periodo" },
        ["overall"] = new[] { "Overall", "General" },
        ["class"] = new[] { "Class", "Clase" },
        ["evidence"] = new[] { "Evidence", "Evidencia" },
        ["notes"] = new[] { "Notes", "Notas" },
        ["confidence"] = new[] { "Confidence", "Confianza" },
        ["question"] = new[] { "Question", "Pregunta" },
        ["level"] = new[] { "Level", "Nivel" },
        ["answered"] = new[] { "Answered", "Respondidos" },
        ["applicable"] = new[] { "Applicable", "Aplicables" },
        ["not-applicable"] = new[] { "Not applicable", "No aplica" },
        ["unknown"] = new[] { "Unknown", "Se desconoce" },
        ["insufficient-data"] = new[] { "Insufficient data", "Datos insuficientes" },
        ["coherent-high"] = new[] { "Coherent (high)", "Coherente (alto)" },
        ["coherent-low"] = new[] { "Coherent (low)", "Coherente (bajo)" },
        ["implementation-gap"] = new[] { "Implementation gap", "Brecha de implementación" },
        ["practice-ahead-of-law"] = new[] { "Practice ahead of law", "Práctica por delante de la ley" },
        ["rubric"] = new[] { "Rubric", "Rúbrica" },
        ["no-data"] = new[] { "no data", "sin datos" },
        ["coverage-below"] = new[] { "coverage {0} below the minimum {1}", "cobertura de {0}, por debajo del mínimo de {1}" },
        ["version"] = new[] { "Version", "Versión" },
        ["whole-country"] = new[] { "whole country", "todo el país" },
        ["changes-in"] = new[] { "Changes in version {0}", "Cambios de la versión {0}" },
        ["low"] = new[] { "Low", "Baja" },
        ["medium"] = new[] { "Medium", "Media" },
        ["high"] = new[] { "High", "Alta" },
        ["role.government"] = new[] { "Government", "Gobierno" },
        ["role.civil-society"] = new[] { "Civil society", "Sociedad civil" },
        ["role.independent"] = new[] { "Independent", "Independiente" },
    };

    private readonly int column;

    /// <summary>Initializes a new instance of the <see cref="Labels"/> class.</summary>
    /// <param name="language">The language code (<c>es</c>, <c>en</c>); others fall back to English.</param>
    public Labels(string language)
    {
        Language = Supported.Contains(language) ? language : "en";
        column = Language == "es" ? 1 : 0;
    }

    /// <summary>Gets the languages the tool itself speaks.</summary>
    public static IReadOnlyList<string> Supported { get; } = new[] { "es", "en" };

    /// <summary>Gets the language in use.</summary>
    public string Language { get; }

    /// <summary>Gets the culture that formats numbers and dates for people in this language.</summary>
    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == "es" ? "es-MX" : "en-US");

    /// <summary>Gets a label by key.</summary>
    /// <param name="key">The key (<c>law</c>, <c>coverage</c>, <c>implementation-gap</c>, ...).</param>
    /// <returns>The label, or the key itself when unknown.</returns>
    public string this[string key] => Table.TryGetValue(key, out var texts) ? texts[column] : key;

    /// <summary>Gets a label in every language the tool speaks, for recognising what people wrote in any of them.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The label per language, or the key itself when unknown.</returns>
    public static IEnumerable<string> InEveryLanguage(string key) => Table.TryGetValue(key, out var texts) ? texts : new[] { key };

    /// <summary>Gets whether a key has a label.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public static bool Has(string key) => Table.ContainsKey(key);

    /// <summary>Gets the label of a gap class.</summary>
    /// <param name="value">The class.</param>
    /// <returns>The label.</returns>
    public string Of(GapClass value) => this[Serialization.Names.Of(value)];

    /// <summary>Picks the language for people: the one asked for, else the user's interface language when supported, else English.</summary>
    /// <param name="requested">The language asked for, or <see langword="null"/>.</param>
    /// <returns><c>es</c> or <c>en</c>, or the requested code.</returns>
    public static string Choose(string? requested)
    {
        if (!string.IsNullOrEmpty(requested))
        {
            return requested!;
        }

        var ui = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Supported.Contains(ui) ? ui : "en";
    }

    /// <summary>Says in words why an aggregate has no value.</summary>
    /// <param name="score">The aggregate.</param>
    /// <param name="minCoverage">The minimum coverage of its node.</param>
    /// <returns>The reason, or <see langword="null"/> when the aggregate has a value.</returns>
    public string? Reason(Aggregate score, double minCoverage) => score.Status switch
    {
        ScoreStatus.NotApplicable => this["not-applicable"],
        ScoreStatus.InsufficientData when score.Answered == 0 => this["no-data"],
        ScoreStatus.InsufficientData => string.Format(CultureInfo.InvariantCulture, this["coverage-below"], Percent(score.Coverage), Percent(minCoverage)),
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
        (share * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), Culture) + (Language == "es" ? " %" : "%");
}
