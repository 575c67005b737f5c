using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The data a country profile template receives: one country and period.</summary>
public sealed record CountryProfileModel : ReportModel
{
    /// <summary>Gets the country.</summary>
    public required ReportCountry Country { get; init; }

    /// <summary>
    /// Gets the executive summary, four to six short sentences in the report's language: the overall position (law, practice,
    /// the joint level and the class), the largest implementation gaps, where practice leads the law, and what data is missing.
    /// </summary>
    public IReadOnlyList<string> Summary { get; init; } = System.Array.Empty<string>();

    /// <summary>Gets the overall scores, across groups and dimensions.</summary>
    public required ScoreView Overall { get; init; }

    /// <summary>Gets the scores per migrant group, in rubric order.</summary>
    public required IReadOnlyList<GroupScore> Groups { get; init; }

    /// <summary>Gets the scores per top-level dimension across groups, in rubric order.</summary>
    public required IReadOnlyList<DimensionScore> Dimensions { get; init; }

    /// <summary>Gets the heat map of coherence: a row per top-level dimension, a column per migrant group, the overall last.</summary>
    public required HeatMap HeatMap { get; init; }

    /// <summary>Gets the largest implementation gaps (law ahead of practice), largest first, with their evidence; the rest are in <see cref="IndicatorRows"/>.</summary>
    public required IReadOnlyList<IndicatorFinding> ImplementationGaps { get; init; }

    /// <summary>Gets how many indicator and group cells are implementation gaps in all (the list may be cut).</summary>
    public required int ImplementationGapCount { get; init; }

    /// <summary>Gets how many implementation gaps are left out of <see cref="ImplementationGaps"/>: they are in the annex, <see cref="IndicatorRows"/>.</summary>
    public int ImplementationGapsNotShown => ImplementationGapCount - ImplementationGaps.Count;

    /// <summary>Gets where practice runs ahead of law, largest first, with their evidence.</summary>
    public required IReadOnlyList<IndicatorFinding> PracticeAhead { get; init; }

    /// <summary>Gets how many indicator and group cells have practice ahead of law in all.</summary>
    public required int PracticeAheadCount { get; init; }

    /// <summary>Gets how many cells with practice ahead of law are left out of <see cref="PracticeAhead"/>: they are in the annex, <see cref="IndicatorRows"/>.</summary>
    public int PracticeAheadNotShown => PracticeAheadCount - PracticeAhead.Count;

    /// <summary>Gets every indicator that applies to some group, in rubric order, with its scores per group: the profile's annex, complete.</summary>
    public IReadOnlyList<IndicatorRow> IndicatorRows { get; init; } = System.Array.Empty<IndicatorRow>();

    /// <summary>Gets where the country stands against the other countries of its period in the run (median, range, rank), or <see langword="null"/> when the run holds no other.</summary>
    public ProfileBenchmark? Benchmark { get; init; }

    /// <summary>Gets what changed since the country's previous round in the run, or <see langword="null"/> when the run holds none.</summary>
    public ProfileTrend? Trend { get; init; }

    /// <summary>Gets what could not be scored and why.</summary>
    public required DataGaps DataGaps { get; init; }

    /// <summary>Gets what the assessment says about itself: language, notes, assessors.</summary>
    public required AssessmentInfo Assessment { get; init; }

    /// <summary>Gets who says what, when several teams assessed the country and period (government, civil society, independent experts); otherwise <see langword="null"/>.</summary>
    public WhoSaysWhat? WhoSaysWhat { get; init; }

    /// <summary>Gets the problems that left responses out of the scores, one line each.</summary>
    public required IReadOnlyList<string> DataNotes { get; init; }
}
