using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>The words a workbook offers for levels, and how what people type is read back.</summary>
/// <remarks>
/// A level is read from its label in any of the rubric's languages (ignoring case, accents and extra spaces), its id,
/// or its number: the 1-based rank in the drop-down list (1 is the lowest level). "Not applicable" and "Unknown" are
/// read in Spanish or English. Continuous scales take a number within the scale.
/// </remarks>
internal sealed class LevelVocabulary
{
    private static readonly HashSet<string> NotApplicableWords = new(WorkbookTexts.InEveryLanguage("not-applicable").Concat(new[] { "n/a", "na", "no corresponde" }).Select(Normalize), StringComparer.Ordinal);
    private static readonly HashSet<string> UnknownWords = new(WorkbookTexts.InEveryLanguage("unknown").Concat(new[] { "desconocido", "no se sabe", "don't know" }).Select(Normalize), StringComparer.Ordinal);
    private static readonly Dictionary<string, Confidence> ConfidenceWords = BuildConfidenceWords();
    private readonly Rubric rubric;
    private readonly WorkbookTexts texts;
    private readonly Dictionary<string, Dictionary<string, ScaleLevel>> byScale = new(StringComparer.Ordinal);

    // A workbook repeats a handful of labels hundreds of times; Unicode normalisation of each was a tenth of a read.
    private readonly Dictionary<string, string> normals = new(StringComparer.Ordinal);

    public LevelVocabulary(Rubric rubric, string language)
    {
        this.rubric = rubric;
        texts = new WorkbookTexts(language);
        Language = language;
        foreach (var scale in rubric.Scales.Where(s => s.Kind == ScaleKind.Ordinal))
        {
            var words = new Dictionary<string, ScaleLevel>(StringComparer.Ordinal);

            // The workbook's own language wins, then ids, then the other languages, so that a label shared across
            // languages by two different levels reads as the level people saw in the list.
            foreach (var level in scale.Levels)
            {
                Add(words, level.Label.Get(language), level);
            }

            foreach (var level in scale.Levels)
            {
                Add(words, level.Id, level);
            }

            foreach (var other in rubric.Metadata.Languages)
            {
                foreach (var level in scale.Levels)
                {
                    if (level.Label.Has(other))
                    {
                        Add(words, level.Label.Get(other), level);
                    }
                }
            }

            byScale.Add(scale.Id, words);
        }
    }

    public string Language { get; }

    public string NotApplicable => texts["not-applicable"];

    public string Unknown => texts["unknown"];

    /// <summary>Gets the choices of a scale's drop-down list: its labels, lowest first, then "not applicable" and "unknown".</summary>
    public IReadOnlyList<string> Choices(Scale scale) =>
        scale.Levels.Select(l => l.Label.Get(Language)).Concat(new[] { NotApplicable, Unknown }).ToList();

    /// <summary>Gets the confidence choices, lowest first.</summary>
    public IReadOnlyList<string> ConfidenceChoices() => new[] { texts["low"], texts["medium"], texts["high"] };

    /// <summary>Gets the text a response shows in a level cell.</summary>
    public object? Display(Scale scale, Response response)
    {
        switch (response.Status)
        {
            case ResponseStatus.NotApplicable:
                return NotApplicable;
            case ResponseStatus.Unknown:
                return Unknown;
        }

        if (scale.Kind == ScaleKind.Continuous)
        {
            return response.Value;
        }

        return response.Level is { } id && scale.FindLevel(id) is { } level ? level.Label.Get(Language) : response.Level;
    }

    /// <summary>Gets the text a confidence shows.</summary>
    public string? Display(Confidence confidence) => confidence switch
    {
        Confidence.Low => texts["low"],
        Confidence.Medium => texts["medium"],
        Confidence.High => texts["high"],
        _ => null,
    };

    /// <summary>Reads what people wrote in a level cell.</summary>
    /// <param name="scale">The scale of the cell.</param>
    /// <param name="text">The cell's text, not blank.</param>
    /// <returns>The reading, or an explanation of why it is not a level.</returns>
    public LevelReading Read(Scale scale, string text)
    {
        var normal = Normal(text);
        if (NotApplicableWords.Contains(normal))
        {
            return new LevelReading(ResponseStatus.NotApplicable, null, null, null);
        }

        if (UnknownWords.Contains(normal))
        {
            return new LevelReading(ResponseStatus.Unknown, null, null, null);
        }

        if (scale.Kind == ScaleKind.Continuous)
        {
            if (TryNumber(text, out var value))
            {
                return scale.Contains(value)
                    ? new LevelReading(ResponseStatus.Answered, null, value, null)
                    : Problem(Phrase.Of("diag.WBK010.outside", Number(value), scale.Id, Number(scale.Min), Number(scale.Max)));
            }

            return Problem(Phrase.Of("diag.WBK010.not-number", text.Trim(), scale.Id, Number(scale.Min), Number(scale.Max)));
        }

        if (byScale.TryGetValue(scale.Id, out var words) && words.TryGetValue(normal, out var level))
        {
            return new LevelReading(ResponseStatus.Answered, level.Id, null, null);
        }

        if (TryNumber(text, out var rank) && rank == Math.Floor(rank) && rank >= 1 && rank <= scale.Levels.Count)
        {
            return new LevelReading(ResponseStatus.Answered, scale.Levels[(int)rank - 1].Id, null, null);
        }

        var choices = Choices(scale);
        return Problem(Phrase.Of("diag.WBK010.level", text.Trim(), scale.Id, DidYouMean.Hint(text.Trim(), choices)));
    }

    /// <summary>Reads a confidence in any language, or by its id.</summary>
    public static bool TryConfidence(string text, out Confidence confidence) => ConfidenceWords.TryGetValue(Normalize(text), out confidence);

    /// <summary>Reads a confidence cell as <see cref="TryConfidence"/> does, remembering the texts already seen.</summary>
    public bool TryReadConfidence(string text, out Confidence confidence) => ConfidenceWords.TryGetValue(Normal(text), out confidence);

    private string Normal(string text)
    {
        if (!normals.TryGetValue(text, out var normal))
        {
            normal = Normalize(text);
            if (normals.Count < 4096)
            {
                normals.Add(text, normal);
            }
        }

        return normal;
    }

    /// <summary>Lower-cases, strips accents and collapses spaces, so that <c>  PARCIÁL </c> reads as <c>parcial</c>.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Reads a number written with a point or, as Spanish speakers may, a decimal comma.</summary>
    public static bool TryNumber(string text, out double value)
    {
        var trimmed = text.Trim();
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            return !double.IsNaN(value) && !double.IsInfinity(value);
        }

        return trimmed.IndexOf('.') < 0 && trimmed.Count(c => c == ',') == 1 &&
            double.TryParse(trimmed.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static LevelReading Problem(Phrase message) => new(ResponseStatus.Answered, null, null, message);

    private static void Add(Dictionary<string, ScaleLevel> words, string word, ScaleLevel level)
    {
        var key = Normalize(word);
        if (key.Length > 0 && !words.ContainsKey(key))
        {
            words.Add(key, level);
        }
    }

    private static Dictionary<string, Confidence> BuildConfidenceWords()
    {
        var words = new Dictionary<string, Confidence>(StringComparer.Ordinal);
        foreach (var (key, value) in new[] { ("low", Confidence.Low), ("medium", Confidence.Medium), ("high", Confidence.High) })
        {
            words[key] = value;
            foreach (var word in WorkbookTexts.InEveryLanguage(key))
            {
                words[Normalize(word)] = value;
            }
        }

        return words;
    }
}
