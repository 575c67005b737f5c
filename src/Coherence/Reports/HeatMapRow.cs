using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>One row of a heat map.</summary>
/// <param name="Id">The row's id: a group id or a country code.</param>
/// <param name="Name">The row's name in the report's language.</param>
/// <param name="Rank">The row's rank by its total (comparisons), or <see langword="null"/>.</param>
/// <param name="Cells">One cell per column, in column order.</param>
/// <param name="Total">The row's overall value.</param>
public sealed record HeatMapRow(string Id, string Name, int? Rank, IReadOnlyList<ScoreView> Cells, ScoreView Total);
