namespace Coherence.Reports;

/// <summary>A column of a heat map: a migrant group (profiles) or a country (comparisons).</summary>
/// <param name="Id">The group id or the country code.</param>
/// <param name="Name">The full name in the report's language.</param>
/// <param name="Header">What the column head shows: the group's name, or the country code, which keeps many countries on a page.</param>
public sealed record HeatMapColumn(string Id, string Name, string Header);
