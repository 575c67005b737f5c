using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>A table of coherence values with a colour per cell: groups by dimensions in a profile, countries by groups or dimensions in a comparison.</summary>
/// <param name="Columns">The columns (dimensions or groups).</param>
/// <param name="Rows">The rows, each with one cell per column and a total.</param>
/// <param name="Footer">A last row: the overall per column (profiles) or the regional mean (comparisons).</param>
/// <param name="Legend">The colour bands, lowest first.</param>
public sealed record HeatMap(IReadOnlyList<ReportItem> Columns, IReadOnlyList<HeatMapRow> Rows, HeatMapRow Footer, IReadOnlyList<LegendEntry> Legend);
