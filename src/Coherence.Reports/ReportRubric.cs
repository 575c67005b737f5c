namespace Coherence.Reports;

/// <summary>The rubric a report was scored with, for the method section.</summary>
/// <param name="Id">The rubric id.</param>
/// <param name="Version">The rubric version.</param>
/// <param name="Title">The title in the report's language.</param>
/// <param name="ContentHash">The SHA-256 of the rubric's canonical form.</param>
/// <param name="ShortHash">The first 12 characters of <paramref name="ContentHash"/>.</param>
/// <param name="HasGap">Whether the rubric rates both law and practice, so that gaps and coherence exist.</param>
/// <param name="GapThreshold">An absolute gap at or above this (0-100) is classed as a gap.</param>
/// <param name="HighThreshold">Coherent pairs with a mean at or above this (0-100) are "coherent-high".</param>
public sealed record ReportRubric(string Id, string Version, string Title, string ContentHash, string ShortHash, bool HasGap, double GapThreshold, double HighThreshold);
