using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>Builds the data templates receive (the report models) from scores, in Spanish or English.</summary>
public static class ReportModels
{
    /// <summary>
    /// The most findings of each kind (implementation gaps, practice ahead of law) a profile shows with their evidence;
    /// the counts say how many there are in all, and the annex (<see cref="CountryProfileModel.IndicatorRows"/>) holds every indicator.
    /// </summary>
    public const int MaxFindings = 3;

    /// <summary>Builds the country profile of one assessment's scores, against the other countries of its period and its own previous round when the run holds them.</summary>
    /// <param name="score">The assessment's scores.</param>
    /// <param name="run">The run they belong to, for the rubric and provenance.</param>
    /// <param name="language">The report's language: <c>es</c> or <c>en</c> (others get English).</param>
    /// <param name="generatedAt">When the report is made.</param>
    /// <returns>The model.</returns>
    public static CountryProfileModel Profile(AssessmentScore score, ScoreRun run, string language, DateTimeOffset generatedAt)
    {
        if (score is null)
        {
            throw new ArgumentNullException(nameof(score));
        }

        if (run is null)
        {
            throw new ArgumentNullException(nameof(run));
        }

        var rubric = ReportParts.RubricOf(score, run);
        var engine = new ScoringEngine(rubric);
        var country = score.Assessment.Country.Value;
        var peers = run.Scores
            .Where(s => s.Assessment.Period == score.Assessment.Period && s.Root.NodeId == rubric.Id && s.Assessment.Country.Value != country)
            .Select(s => ComparedAssessment.From(s, engine.Rows(s), rubric))
            .ToList();
        var previous = run.Scores
            .Where(s => s.Assessment.Country.Value == country && s.Root.NodeId == rubric.Id && string.CompareOrdinal(s.Assessment.Period, score.Assessment.Period) < 0)
            .OrderByDescending(s => s.Assessment.Period, StringComparer.Ordinal)
            .FirstOrDefault();
        var context = new ProfileContext(peers, previous is null ? null : (previous, engine.Rows(previous), ReportParts.RubricOf(previous, run)));
        return Profile(score, engine.Rows(score), rubric, new ScoreSource(run.ToolVersion, run.GeneratedAt), language, generatedAt, context: context);
    }

    /// <summary>Builds the country profile of one assessment from its rows, as it is scored.</summary>
    internal static CountryProfileModel Profile(AssessmentScore score, IReadOnlyList<ScoreRow> rows, Rubric rubric, ScoreSource scores, string language, DateTimeOffset generatedAt, AssessorPanel? panel = null, ProfileContext? context = null) =>
        new ProfileBuilder(score, rows, rubric, language).Build(scores, generatedAt, MaxFindings, panel, context);

    /// <summary>Builds the regional comparison of several countries' scores for one period, all scored with the same rubric.</summary>
    /// <param name="scores">The countries' scores.</param>
    /// <param name="run">The run they belong to, for the rubric and provenance.</param>
    /// <param name="language">The report's language: <c>es</c> or <c>en</c> (others get English).</param>
    /// <param name="generatedAt">When the report is made.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">The scores are empty, or mix periods or rubrics.</exception>
    public static RegionalComparisonModel Comparison(IReadOnlyList<AssessmentScore> scores, ScoreRun run, string language, DateTimeOffset generatedAt)
    {
        if (scores is null || scores.Count == 0)
        {
            throw new ArgumentException("a comparison needs at least one assessment", nameof(scores));
        }

        if (run is null)
        {
            throw new ArgumentNullException(nameof(run));
        }

        var period = scores[0].Assessment.Period;
        var rubricId = scores[0].Root.NodeId;
        if (scores.Any(s => s.Assessment.Period != period || s.Root.NodeId != rubricId))
        {
            throw new ArgumentException("a comparison covers one period and one rubric", nameof(scores));
        }

        var rubric = ReportParts.RubricOf(scores[0], run);
        var engine = new ScoringEngine(rubric);
        var compared = scores.Select(s => ComparedAssessment.From(s, engine.Rows(s), rubric)).ToList();
        return Comparison(compared, rubric, period, new ScoreSource(run.ToolVersion, run.GeneratedAt), language, generatedAt);
    }

    /// <summary>Builds the regional comparison of one period from what was kept of each country's scores.</summary>
    internal static RegionalComparisonModel Comparison(IReadOnlyList<ComparedAssessment> compared, Rubric rubric, string period, ScoreSource scores, string language, DateTimeOffset generatedAt) =>
        new ComparisonBuilder(compared, rubric, language).Build(period, scores, generatedAt);
}
