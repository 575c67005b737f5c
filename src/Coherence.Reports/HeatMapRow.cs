using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>One row of a heat map.</summary>
/// <param name="Id">The row's id: a dimension or group id, or <c>overall</c> for the footer.</param>
/// <param name="Name">The row's name in the report's language.</param>
/// <param name="Cells">One cell per column, in column order.</param>
/// <param name="Total">The row's value in the last column: its overall (profiles) or its regional mean (comparisons).</param>
public sealed record HeatMapRow(string Id, string Name, IReadOnlyList<ScoreView> Cells, ScoreView Total);
