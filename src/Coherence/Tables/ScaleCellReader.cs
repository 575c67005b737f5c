using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Tables;

/// <summary>Reads table cells on one scale: level ids, labels in any language or level values for ordinal scales; numbers in range for continuous ones.</summary>
internal sealed class ScaleCellReader
{
    private const double Exact = 1e-9;

    private static readonly Dictionary<string, ResponseStatus> StatusWords = new(StringComparer.Ordinal)
    {
        ["notapplicable"] = ResponseStatus.NotApplicable,
        ["noaplica"] = ResponseStatus.NotApplicable,
        ["unknown"] = ResponseStatus.Unknown,
        ["desconocido"] = ResponseStatus.Unknown,
        ["sedesconoce"] = ResponseStatus.Unknown,
    };

    private readonly Scale scale;
    private readonly bool decimalComma;
    private readonly Dictionary<string, ScaleLevel?> levelsByKey = new(StringComparer.Ordinal);
    private readonly List<string> spellings = new();
    private readonly HashSet<string> missing;

    // Spellings that name one level by id or label and are also the value of another level with another value ("1" as
    // the id of one level and the value of the next): read as the level they name, with a warning naming the cell.
    private readonly Dictionary<string, ScaleLevel> alsoAValue = new(StringComparer.Ordinal);

    public ScaleCellReader(Scale scale, bool decimalComma, IEnumerable<string>? missingTokens = null)
    {
        this.scale = scale;
        this.decimalComma = decimalComma;
        missing = new HashSet<string>(TableImportSettings.DefaultMissingTokens, StringComparer.OrdinalIgnoreCase);
        foreach (var token in missingTokens ?? Array.Empty<string>())
        {
            missing.Add(token.Trim());
        }

        foreach (var level in scale.Levels)
        {
            foreach (var spelling in new[] { level.Id }.Concat(level.Label.Translations.Values))
            {
                var key = TextKey.Of(spelling);
                if (key.Length == 0)
                {
                    continue;
                }

                // Two levels spelt alike (in different languages) make that spelling ambiguous: null marks it.
                levelsByKey[key] = !levelsByKey.TryGetValue(key, out var other) || (other is not null && other.Id == level.Id) ? level : null;
                if (!spellings.Contains(spelling))
                {
                    spellings.Add(spelling);
                }
            }
        }

        FindValueClashes();
    }

    private void FindValueClashes()
    {
        foreach (var level in scale.Levels)
        {
            foreach (var spelling in new[] { level.Id }.Concat(level.Label.Translations.Values))
            {
                if (!TryNumber(spelling.Trim(), out var number, out _))
                {
                    continue;
                }

                var other = scale.Levels.FirstOrDefault(l => Math.Abs(l.Value - number) < Exact && Math.Abs(l.Value - level.Value) >= Exact);
                if (other is not null)
                {
                    alsoAValue[TextKey.Of(spelling)] = other;
                }
            }
        }
    }

    public bool IsMissing(string trimmed) => trimmed.Length == 0 || missing.Contains(trimmed);

    public CellReading Read(string text)
    {
        var trimmed = text.Trim();
        if (IsMissing(trimmed))
        {
            return CellReading.Blank;
        }

        return scale.Kind == ScaleKind.Ordinal ? ReadLevel(trimmed) : ReadValue(trimmed);
    }

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    private static int Decimals(string number)
    {
        var point = number.IndexOf('.');
        if (point < 0)
        {
            return 0;
        }

        var count = 0;
        for (var i = point + 1; i < number.Length && char.IsDigit(number[i]); i++)
        {
            count++;
        }

        return count;
    }

    private bool TryNumber(string trimmed, out double value, out string invariant)
    {
        invariant = trimmed;
        if (decimalComma && trimmed.IndexOf(',') >= 0 && trimmed.IndexOf('.') < 0)
        {
            invariant = trimmed.Replace(',', '.');
        }

        return double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
    }

    private CellReading ReadValue(string trimmed)
    {
        if (!TryNumber(trimmed, out var value, out _))
        {
            if (StatusWords.TryGetValue(TextKey.Of(trimmed), out var status))
            {
                return CellReading.Of(status);
            }

            return CellReading.Error("TAB041", Phrase.Of("diag.TAB041", trimmed), Phrase.Of("hint.TAB041", scale.Id, Format(scale.Min), Format(scale.Max)));
        }

        if (!scale.Contains(value))
        {
            var hint = scale.Max <= 1 && value > scale.Max && value <= 100 * scale.Max
                ? Phrase.Of("hint.TAB040.percentage", scale.Id, Format(scale.Min), Format(scale.Max), Format(value / 100))
                : Phrase.Of("hint.TAB040", scale.Id, Format(scale.Min), Format(scale.Max));
            return CellReading.Error("TAB040", Phrase.Of("diag.TAB040", trimmed, scale.Id), hint);
        }

        return CellReading.OfValue(value);
    }

    private CellReading ReadLevel(string trimmed)
    {
        var key = TextKey.Of(trimmed);
        if (levelsByKey.TryGetValue(key, out var level))
        {
            if (level is not null && alsoAValue.TryGetValue(key, out var other))
            {
                return CellReading.OfLevel(level.Id) with
                {
                    WarningCode = "TAB044",
                    Message = Phrase.Of("diag.TAB044", trimmed, level.Id, other.Id, scale.Id),
                    Hint = Phrase.Of("hint.TAB044"),
                };
            }

            return level is null
                ? CellReading.Error("TAB043", Phrase.Of("diag.TAB043", trimmed, scale.Id), Phrase.Of("hint.TAB043", scale.Levels.Select(l => l.Id).ToList()))
                : CellReading.OfLevel(level.Id);
        }

        if (TryNumber(trimmed, out var value, out var invariant))
        {
            var exact = scale.Levels.FirstOrDefault(l => Math.Abs(l.Value - value) < Exact);
            if (exact is not null)
            {
                return CellReading.OfLevel(exact.Id);
            }

            // A value typed with fewer decimals (33.33 for 33.333...) still names its level when only one level rounds to it.
            var decimals = Math.Min(15, Decimals(invariant));
            var rounded = scale.Levels.Where(l => Math.Abs(Math.Round(l.Value, decimals, MidpointRounding.AwayFromZero) - value) < Exact).ToList();
            if (rounded.Count == 1)
            {
                return CellReading.OfLevel(rounded[0].Id);
            }
        }

        if (StatusWords.TryGetValue(key, out var status))
        {
            return CellReading.Of(status);
        }

        var closest = DidYouMean.Find(trimmed, spellings);
        var hint = closest is not null
            ? Phrase.Of("hint.did-you-mean", closest)
            : Phrase.Of("hint.TAB042", scale.Levels.Select(l => $"{l.Id} ({l.Label.Translations.Values.FirstOrDefault() ?? l.Id}, {Format(l.Value)})").ToList());
        return CellReading.Error("TAB042", Phrase.Of("diag.not-a-level", trimmed, scale.Id), hint);
    }
}
