using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Localization;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Reports;

/// <summary>Turns the engine's aggregates into <see cref="ScoreView"/>s in one language: statuses, reasons, marks and colours.</summary>
internal sealed class ScoreViews
{
    public ScoreViews(string language, bool hasGap)
    {
        Labels = new Labels(language);
        Language = Labels.Language;
        Words = ReportWords.For(Language);
        HasGap = hasGap;
    }

    public string Language { get; }

    public Labels Labels { get; }

    public IReadOnlyDictionary<string, string> Words { get; }

    public bool HasGap { get; }

    public CultureInfo Culture => Labels.Culture;

    /// <summary>Makes the view of a dimension's or group's aggregate.</summary>
    /// <param name="score">The aggregate.</param>
    /// <param name="gapClass">Its class, or <see langword="null"/>.</param>
    /// <param name="minCoverage">The node's minimum coverage, to say why there is no value.</param>
    /// <param name="assessed">Whether any response exists below it; when none does, it is "not assessed", not short of data.</param>
    /// <returns>The view.</returns>
    public ScoreView Node(Aggregate score, GapClass? gapClass, double minCoverage, bool assessed)
    {
        string status;
        string? reason = null;
        if (score.Status == ScoreStatus.NotApplicable)
        {
            status = "not-applicable";
            reason = Labels.Reason(score, minCoverage);
        }
        else if (score.Status == ScoreStatus.InsufficientData)
        {
            status = assessed ? "insufficient-data" : "not-assessed";
            reason = Labels.Reason(score, minCoverage);
        }
        else
        {
            status = "scored";
        }

        return Make(score, gapClass, status, reason);
    }

    /// <summary>Makes the view of one indicator's scores for one group.</summary>
    /// <param name="score">The indicator's scores.</param>
    /// <param name="missing">What is missing (<c>law</c>, <c>practice</c>, <c>both</c>, <c>unknown</c>), or <see langword="null"/>.</param>
    /// <returns>The view.</returns>
    public ScoreView Indicator(IndicatorScore score, string? missing)
    {
        var status = score.Score.Status switch
        {
            ScoreStatus.Scored => "scored",
            ScoreStatus.NotApplicable => "not-applicable",
            _ => "insufficient-data",
        };
        var reason = status == "scored" ? null : status == "not-applicable" ? Words["notApplicable"] : MissingName(missing ?? "both");
        return Make(score.Score, score.Class, status, reason);
    }

    /// <summary>Makes the view of a plain value, such as a regional mean.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The view.</returns>
    public ScoreView Value(double? value)
    {
        var status = value is null ? "insufficient-data" : "scored";

        // A mean of coherence says nothing of level: it never gets the colours kept for high law and high practice.
        var (fill, ink) = HeatPalette.Colours(HasGap ? HeatPalette.Capped(value) : value);
        return new ScoreView(status, StatusName(status), null, null, null, null, HasGap ? value : null, value, value is null ? 0 : 1, 0, 0, value is null ? Words["noData"] : null, null, null, string.Empty, Text(status, value), fill, ink, HasGap ? null : value);
    }

    public string MissingName(string missing) => missing switch
    {
        "law" => Words["missingLaw"],
        "practice" => Words["missingPractice"],
        "unknown" => Words["markedUnknown"],
        _ => Words["missingBoth"],
    };

    public string StatusName(string status) => status switch
    {
        "scored" => Words["statusScored"],
        "not-assessed" => Words["notAssessed"],
        "not-applicable" => Words["notApplicable"],
        _ => Words["insufficientData"],
    };

    public string Score(double? value) => Labels.Score(value);

    private ScoreView Make(Aggregate score, GapClass? gapClass, string status, string? reason)
    {
        double? value = status == "scored" ? (HasGap ? score.Coherence : score.Law ?? score.Practice) : null;
        var className = gapClass is { } c ? Names.Of(c) : null;
        var mark = gapClass switch
        {
            GapClass.ImplementationGap => Words["lawAheadShort"],
            GapClass.PracticeAheadOfLaw => Words["practiceAheadShort"],
            _ => string.Empty,
        };
        double? level = status != "scored" ? null : HasGap ? (score.Law is { } law && score.Practice is { } practice ? System.Math.Min(law, practice) : null) : value;

        // Coherence is high for a country with neither law nor practice: the high colours are kept for high law and high practice.
        var shown = HasGap && gapClass != GapClass.CoherentHigh ? HeatPalette.Capped(value) : value;
        var (fill, ink) = status == "not-applicable" ? (HeatPalette.EmptyFill, HeatPalette.MissingInk) : HeatPalette.Colours(shown);
        return new ScoreView(
            status,
            StatusName(status),
            score.Law,
            score.Practice,
            score.NetGap,
            score.AbsoluteGap,
            score.Coherence,
            value,
            score.Coverage,
            score.Answered,
            score.Applicable,
            reason,
            className,
            gapClass is { } g ? Labels.Of(g) : null,
            mark,
            Text(status, value),
            fill,
            ink,
            level);
    }

    private string Text(string status, double? value) => status switch
    {
        "scored" => Labels.Score(value),
        "not-assessed" => Words["notAssessed"],
        "not-applicable" => Words["notApplicableShort"],
        _ => Words["insufficientShort"],
    };

    /// <summary>Ranks values, highest first, ties (at the one decimal people see) sharing a rank; missing values get none.</summary>
    /// <param name="values">The values in any order.</param>
    /// <returns>The rank of each value, in the same order.</returns>
    public static int?[] Ranks(IReadOnlyList<double?> values)
    {
        var ranks = new int?[values.Count];
        var rounded = values.Select(v => v is { } x ? (double?)System.Math.Round(x, 1) : null).ToList();
        for (var i = 0; i < values.Count; i++)
        {
            if (rounded[i] is { } mine)
            {
                ranks[i] = 1 + rounded.Count(r => r is { } other && other > mine);
            }
        }

        return ranks;
    }
}
