using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>
/// A table of coherence values with a colour per cell: dimensions by migrant groups in a profile; groups or dimensions by
/// countries in a comparison. Rows are the many things with long names, columns the few, so that it fits a portrait page.
/// </summary>
/// <param name="Corner">The head of the row names' column (<c>Dimension</c>, <c>Group</c>).</param>
/// <param name="Columns">The columns (groups or countries).</param>
/// <param name="TotalHeader">The head of the last column: <c>Overall</c> in profiles, <c>Regional mean</c> in comparisons.</param>
/// <param name="Rows">The rows, each with one cell per column and a total.</param>
/// <param name="Footer">A last row: the overall per column, and the overall of all in its total.</param>
/// <param name="Legend">The colour bands, lowest first.</param>
public sealed record HeatMap(string Corner, IReadOnlyList<HeatMapColumn> Columns, string TotalHeader, IReadOnlyList<HeatMapRow> Rows, HeatMapRow Footer, IReadOnlyList<LegendEntry> Legend);
