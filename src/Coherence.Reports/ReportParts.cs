using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>The parts both report models share: rubric, facets, provenance, and which groups and dimensions were assessed at all.</summary>
internal static class ReportParts
{
    public static Rubric RubricOf(AssessmentScore score, ScoreRun run) =>
        run.Rubrics.TryGetValue(score.Root.NodeId, out var rubric)
            ? rubric
            : throw new ArgumentException($"the score run holds no rubric '{score.Root.NodeId}'", nameof(run));

    public static ReportRubric Rubric(Rubric rubric, string language) => new(
        rubric.Id,
        rubric.Version,
        rubric.Metadata.Title.Get(language),
        rubric.ContentHash,
        rubric.ContentHash.Length > 12 ? rubric.ContentHash.Substring(0, 12) : rubric.ContentHash,
        rubric.HasGap,
        rubric.Thresholds.Gap,
        rubric.Thresholds.High);

    public static IReadOnlyList<ReportItem> Facets(Rubric rubric, string language) =>
        rubric.Facets.Select(f => new ReportItem(f.Id, f.Name.Get(language))).ToList();

    public static IReadOnlyList<string> Method(Rubric rubric, ScoreViews views)
    {
        if (!rubric.HasGap)
        {
            return new[] { views.Words["singleFacetText"] };
        }

        var thresholds = string.Format(CultureInfo.InvariantCulture, views.Words["thresholdsText"], rubric.Thresholds.Gap.ToString("0.##", views.Culture), rubric.Thresholds.High.ToString("0.##", views.Culture));
        return new[] { views.Words["methodText"], thresholds };
    }

    public static ReportCountry Country(Assessment assessment, string language) =>
        new(assessment.Country.Value, CountryNames.NameOf(assessment.Country, assessment.CountryName, language));

    public static ReportInput Input(Assessment assessment)
    {
        if (assessment.Source is null && assessment.Reconciliation is { } reconciliation && reconciliation.Sources.Any(s => s.Path is not null))
        {
            // A consensus made on the fly (the median of the teams) has no file of its own: the teams' files are its inputs.
            var sources = reconciliation.Sources.Where(s => s.Path is not null).ToList();
            return new ReportInput(
                assessment.Country.Value,
                assessment.Period,
                string.Join(" + ", sources.Select(s => s.Path)),
                string.Join(" + ", sources.Select(s => Path.GetFileName(s.Path!))),
                string.Join(" ", sources.Select(s => s.Sha256 ?? string.Empty)));
        }

        var path = assessment.Source?.Path ?? string.Empty;
        return new ReportInput(assessment.Country.Value, assessment.Period, path, path.Length == 0 ? string.Empty : Path.GetFileName(path), assessment.Source?.Sha256 ?? string.Empty);
    }

    public static ReportProvenance Provenance(ReportRubric rubric, IReadOnlyList<ReportInput> inputs, ScoreSource scores, DateTimeOffset generatedAt, CultureInfo culture)
    {
        var utc = generatedAt.UtcDateTime;
        var human = utc.ToString("D", culture) + ", " + utc.ToString("HH:mm", CultureInfo.InvariantCulture) + " UTC";
        return new ReportProvenance(
            rubric,
            inputs,
            "Coherence " + scores.ToolVersion,
            scores.ToolVersion,
            human,
            Iso(generatedAt),
            Iso(scores.ScoredAt));
    }

    public static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Finds which groups, and which group and top-level dimension pairs, have any response at all.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The groups, and the pairs as <c>group + "\n" + dimension</c>.</returns>
    public static (HashSet<string> Groups, HashSet<string> Cells) Answered(Rubric rubric, Assessment assessment)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        var cells = new HashSet<string>(StringComparer.Ordinal);
        var topOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var response in rubric.PerGroup(assessment.Responses))
        {
            if (rubric.FindIndicator(response.IndicatorId) is null || rubric.FindGroup(response.GroupId) is null)
            {
                continue;
            }

            groups.Add(response.GroupId);
            if (!topOf.TryGetValue(response.IndicatorId, out var top))
            {
                top = rubric.TopDimensionOf(response.IndicatorId)?.Id;
                topOf.Add(response.IndicatorId, top);
            }

            if (top is not null)
            {
                cells.Add(Cell(response.GroupId, top));
            }
        }

        return (groups, cells);
    }

    public static string Cell(string groupId, string dimensionId) => groupId + "\n" + dimensionId;

    public static RegionalStats Stats(IEnumerable<double?> values)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        if (present.Count == 0)
        {
            return new RegionalStats(0, null, null, null, null);
        }

        var mean = present.Average();
        var variance = present.Sum(v => (v - mean) * (v - mean)) / present.Count;
        return new RegionalStats(present.Count, mean, Math.Sqrt(variance), present.Min(), present.Max());
    }
}
