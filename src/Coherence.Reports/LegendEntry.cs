namespace Coherence.Reports;

/// <summary>One colour band of a heat map's legend.</summary>
/// <param name="From">The lowest value of the band.</param>
/// <param name="To">The highest value of the band.</param>
/// <param name="Name">The band's name in the report's language (<c>Muy baja</c>).</param>
/// <param name="Fill">The band's colour (<c>#rrggbb</c>).</param>
/// <param name="Ink">The text colour that reads on it.</param>
public sealed record LegendEntry(double From, double To, string Name, string Fill, string Ink);
