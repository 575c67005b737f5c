using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>One indicator of a profile's annex: its scores for every migrant group, so that every indicator can be found, not only the largest gaps.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Name">The indicator's name in the report's language.</param>
/// <param name="Dimension">The top-level dimension it belongs to.</param>
/// <param name="Cells">Its scores per migrant group, in the order of the profile's groups; a group it does not apply to is <c>not-applicable</c>.</param>
public sealed record IndicatorRow(string Id, string Name, ReportItem Dimension, IReadOnlyList<ScoreView> Cells);
