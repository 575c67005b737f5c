using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>
/// Writes the executive summary of a country profile from its model, in the report's language: the overall position
/// (law, practice, the joint level and the class, never coherence alone), the largest implementation gaps, where practice
/// leads the law, and what data is missing. Deterministic: the findings come largest first, ties in rubric order.
/// </summary>
internal static class SummaryBuilder
{
    /// <summary>The most implementation gaps the summary names.</summary>
    public const int MaxGapsNamed = 3;

    /// <summary>The most cells with practice ahead of law the summary names.</summary>
    public const int MaxAheadNamed = 2;

    public static IReadOnlyList<string> Build(CountryProfileModel model, Labels labels, bool hasGap)
    {
        var texts = labels.Texts;
        var sentences = new List<string> { Position(model.Overall, labels, hasGap) };
        if (hasGap && model.Overall.IsScored)
        {
            sentences.Add(Counted(texts, "summary.gaps", model.ImplementationGaps, model.ImplementationGapCount, MaxGapsNamed, labels));
            sentences.Add(Counted(texts, "summary.ahead", model.PracticeAhead, model.PracticeAheadCount, MaxAheadNamed, labels));
        }

        var words = model.Labels;
        var answered = model.Overall.Answered;
        var applicable = model.Overall.Applicable;
        sentences.Add(applicable > 0 && answered == applicable && !model.DataGaps.HasAny
            ? texts["summary.coverage.complete"]
            : texts.Format("summary.coverage", labels.Percent(applicable == 0 ? 0 : (double)answered / applicable), answered, applicable, words["dataGaps"]));
        if (model.DataGaps.NotAssessedGroups.Count > 0)
        {
            sentences.Add(texts.Format("summary.not-assessed", string.Join("; ", model.DataGaps.NotAssessedGroups.Select(g => g.Name))));
        }

        return sentences;
    }

    private static string Position(ScoreView overall, Labels labels, bool hasGap)
    {
        var texts = labels.Texts;
        if (!overall.IsScored)
        {
            return texts.Format("summary.position.none", overall.Reason ?? overall.StatusName);
        }

        if (!hasGap)
        {
            return texts.Format("summary.position.single", labels.Score(overall.Value));
        }

        var key = overall.Class switch
        {
            "coherent-high" => "summary.position.coherent-high",
            "coherent-low" => "summary.position.coherent-low",
            "implementation-gap" => "summary.position.implementation-gap",
            "practice-ahead-of-law" => "summary.position.practice-ahead-of-law",
            _ => "summary.position.unclassified",
        };
        var gap = overall.NetGap is { } g ? Math.Abs(g) : (double?)null;
        return texts.Format(key, labels.Score(overall.Law), labels.Score(overall.Practice), labels.Score(overall.Level), overall.ClassName ?? string.Empty, labels.Score(gap));
    }

    private static string Counted(Texts texts, string key, IReadOnlyList<IndicatorFinding> findings, int count, int most, Labels labels) => count switch
    {
        0 => texts[key + ".none"],
        1 => texts.Format(key + ".one", Findings(findings, most, labels)),
        _ => texts.Format(key, Findings(findings, most, labels), count),
    };

    private static string Findings(IReadOnlyList<IndicatorFinding> findings, int most, Labels labels) =>
        string.Join("; ", findings.Take(most).Select(f => labels.Texts.Format("summary.item", f.IndicatorName, f.Group.Name, labels.Score(f.Scores.NetGap is { } g ? Math.Abs(g) : null))));
}
