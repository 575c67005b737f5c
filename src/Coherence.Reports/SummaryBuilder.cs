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

    /// <summary>The most indicator moves since the previous round the summary names.</summary>
    public const int MaxMovesNamed = 3;

    public static IReadOnlyList<string> Build(CountryProfileModel model, Labels labels, bool hasGap)
    {
        var texts = labels.Texts;
        var sentences = new List<string> { Position(model.Overall, labels, hasGap) };
        if (model.Trend is { } trend)
        {
            sentences.AddRange(Trend(trend, labels));
        }

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

    private static IEnumerable<string> Trend(ProfileTrend trend, Labels labels)
    {
        var texts = labels.Texts;
        var overall = trend.Rows[trend.Rows.Count - 1];
        string Change(ScoreChange change) => texts.Format("summary.trend.change", labels.Score(change.Before), labels.Score(change.Now), ReportHelpers.Signed(change.Change, labels));
        var figures = texts.Format("summary.trend", trend.PreviousPeriod, Change(overall.Law), Change(overall.Practice), Change(overall.Level));
        var classes = overall.ClassBefore is null || overall.ClassNow is null
            ? string.Empty
            : overall.ClassChanged
                ? " " + texts.Format("summary.trend.class-changed", overall.ClassBefore, overall.ClassNow)
                : " " + texts.Format("summary.trend.class-same", overall.ClassNow);
        yield return figures + classes;
        if (trend.Moves.Count > 0)
        {
            var moves = trend.Moves.Take(MaxMovesNamed).Select(m => texts.Format(
                "summary.trend.move",
                m.IndicatorName,
                m.Group.Name,
                ReportHelpers.Signed(m.Law.Change, labels),
                ReportHelpers.Signed(m.Practice.Change, labels)));
            yield return texts.Format("summary.trend.moves", string.Join("; ", moves));
        }

        if (!trend.SameRubricVersion)
        {
            yield return texts["summary.trend.rubric-differs"];
        }
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
