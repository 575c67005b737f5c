using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The data a regional comparison template receives: countries side by side for one period.</summary>
public sealed record RegionalComparisonModel : ReportModel
{
    /// <summary>Gets the countries ranked by overall joint level (the lower of law and practice), those without one last.</summary>
    public required IReadOnlyList<CountryRanking> Countries { get; init; }

    /// <summary>Gets how far the teams agree, per country that several teams assessed, by country code; empty when none was.</summary>
    public IReadOnlyList<AgreementView> Agreement { get; init; } = System.Array.Empty<AgreementView>();

    /// <summary>Gets the regional mean and spread of the overall value.</summary>
    public required RegionalStats Regional { get; init; }

    /// <summary>Gets the regional mean and spread of the overall joint level (the lower of law and practice), on which countries are ranked.</summary>
    public required RegionalStats Levels { get; init; }

    /// <summary>Gets one ranked series per migrant group.</summary>
    public required IReadOnlyList<ComparisonSeries> Groups { get; init; }

    /// <summary>Gets one ranked series per top-level dimension.</summary>
    public required IReadOnlyList<ComparisonSeries> Dimensions { get; init; }

    /// <summary>Gets the group by country heat map: a row per group, a column per country in rank order, the regional mean last.</summary>
    public required HeatMap GroupMatrix { get; init; }

    /// <summary>Gets the dimension by country heat map: a row per dimension, a column per country in rank order, the regional mean last.</summary>
    public required HeatMap DimensionMatrix { get; init; }

    /// <summary>Gets how firm each country's rank is, from a robustness result given to the report, or <see langword="null"/> when none was.</summary>
    public RobustnessView? Robustness { get; init; }
}
