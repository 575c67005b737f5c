namespace Coherence.Reports;

/// <summary>How far the teams agree over a set of cells (the whole rubric, a dimension or a country).</summary>
/// <param name="Id">The dimension's id or the country's code; empty for the whole rubric.</param>
/// <param name="Name">Its name.</param>
/// <param name="Teams">The teams compared, by role, in the report's language.</param>
/// <param name="Compared">The cells on which two or more teams took a stand.</param>
/// <param name="Exact">The share (0–1) of compared cells with the same answer from every team, or <see langword="null"/>.</param>
/// <param name="Alpha">Krippendorff's alpha over those cells, as text (two decimals), or a dash when it cannot be computed.</param>
public sealed record AgreementView(string Id, string Name, string Teams, int Compared, double? Exact, string Alpha);
