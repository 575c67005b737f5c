using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>Which indicators one rubric version adds, removes or changes with respect to another.</summary>
internal sealed record RubricDifference(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares the indicators of two rubrics: their questions, level descriptors, scales, levels and groups.</summary>
    public static RubricDifference Compare(Rubric from, Rubric to)
    {
        var added = to.Indicators.Where(i => from.FindIndicator(i.Id) is null).Select(i => i.Id).ToList();
        var removed = from.Indicators.Where(i => to.FindIndicator(i.Id) is null).Select(i => i.Id).ToList();
        var changed = to.Indicators
            .Where(i => from.FindIndicator(i.Id) is { } old && Fingerprint(from, old) != Fingerprint(to, i))
            .Select(i => i.Id)
            .ToList();
        return new RubricDifference(added, removed, changed);
    }

    /// <summary>Compares the indicator ids a workbook shows with a rubric's, when the workbook's own rubric is not at hand.</summary>
    public static RubricDifference Compare(IReadOnlyCollection<string> shown, Rubric to) =>
        new(
            to.Indicators.Where(i => !shown.Contains(i.Id)).Select(i => i.Id).ToList(),
            shown.Where(id => to.FindIndicator(id) is null).OrderBy(id => id, StringComparer.Ordinal).ToList(),
            Array.Empty<string>());

    /// <summary>Describes the difference as <c>added: X, Y; removed: Z; changed: W</c>.</summary>
    public Phrase Describe()
    {
        var parts = new List<Phrase>();
        Part("diag.difference.added", Added);
        Part("diag.difference.removed", Removed);
        Part("diag.difference.changed", Changed);
        return parts.Count switch
        {
            0 => Phrase.Of("diag.difference.none"),
            1 => parts[0],
            2 => Phrase.Of("format.two-parts", parts[0], parts[1]),
            _ => Phrase.Of("format.three-parts", parts[0], parts[1], parts[2]),
        };

        void Part(string key, IReadOnlyList<string> ids)
        {
            if (ids.Count > 0)
            {
                parts.Add(Phrase.Of(key, ids.Count <= 12 ? Phrase.Of("format.list", ids.ToList()) : Phrase.Of("format.list-and-more", ids.Take(12).ToList(), ids.Count - 12)));
            }
        }
    }

    private static string Fingerprint(Rubric rubric, Indicator indicator)
    {
        var parts = new List<string> { string.Join(",", indicator.Groups) };
        foreach (var facet in indicator.Facets)
        {
            parts.Add(facet.FacetId);
            parts.AddRange(facet.Question.Translations.Select(t => t.Key + "=" + t.Value));
            // What a level means for the indicator is part of what was answered: a rewritten descriptor changes the question.
            parts.AddRange(facet.LevelDescriptors.SelectMany(d => d.Value.Translations.Select(t => d.Key + "." + t.Key + "=" + t.Value)));
            var scale = rubric.FindScale(facet.ScaleId);
            parts.Add(facet.ScaleId);
            if (scale is not null)
            {
                parts.AddRange(scale.Levels.Select(l => l.Id + ":" + l.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
                parts.Add(scale.Min.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + ".." + scale.Max.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return string.Join("\u001f", parts);
    }
}
