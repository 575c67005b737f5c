namespace Coherence.Reports;

/// <summary>One country on the law by practice plane.</summary>
/// <param name="Label">The short label drawn beside the point (the country code).</param>
/// <param name="Name">The country's name, for the point's title.</param>
/// <param name="Law">The law score, 0-100.</param>
/// <param name="Practice">The practice score, 0-100.</param>
/// <param name="Class">The class id, which colours the point, or <see langword="null"/>.</param>
internal sealed record ScatterPoint(string Label, string Name, double Law, double Practice, string? Class);
