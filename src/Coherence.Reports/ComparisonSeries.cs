using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>Countries ranked on one migrant group or one dimension, with the regional mean and spread and who leads.</summary>
/// <param name="Id">The group or dimension id.</param>
/// <param name="Name">Its name in the report's language.</param>
/// <param name="Entries">Every country, ranked, those without a value last.</param>
/// <param name="Stats">The mean and spread over countries with a value.</param>
/// <param name="Leaders">The countries first on the joint level (several when tied) whose law and practice are both high (class <c>coherent-high</c>); empty when none is.</param>
public sealed record ComparisonSeries(string Id, string Name, IReadOnlyList<SeriesEntry> Entries, RegionalStats Stats, IReadOnlyList<ReportCountry> Leaders);
