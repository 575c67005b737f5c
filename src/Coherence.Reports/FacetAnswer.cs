using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The answer to one indicator for one group and one facet, with its evidence, as a report shows it.</summary>
/// <param name="Facet">The facet (law or practice).</param>
/// <param name="Question">The question raters answered, in the report's language.</param>
/// <param name="Status"><c>answered</c>, <c>unknown</c>, <c>not-applicable</c> or <c>missing</c>.</param>
/// <param name="StatusName">The status in the report's language.</param>
/// <param name="Level">The level id picked on an ordinal scale, or <see langword="null"/>.</param>
/// <param name="LevelName">The level's label in the report's language, or <see langword="null"/>.</param>
/// <param name="LevelDescriptor">What the level means for this indicator, or <see langword="null"/>.</param>
/// <param name="RawValue">The raw value on a continuous scale, or <see langword="null"/>.</param>
/// <param name="Value">The score (0-100, polarity applied), or <see langword="null"/>.</param>
/// <param name="Evidence">The evidence, verbatim, or <see langword="null"/>.</param>
/// <param name="Notes">The notes, verbatim, or <see langword="null"/>.</param>
/// <param name="Confidence"><c>low</c>, <c>medium</c>, <c>high</c>, or <see langword="null"/> when not stated.</param>
/// <param name="ConfidenceName">The confidence in the report's language, or <see langword="null"/>.</param>
/// <param name="Sources">The sources cited.</param>
public sealed record FacetAnswer(
    ReportItem Facet,
    string Question,
    string Status,
    string StatusName,
    string? Level,
    string? LevelName,
    string? LevelDescriptor,
    double? RawValue,
    double? Value,
    string? Evidence,
    string? Notes,
    string? Confidence,
    string? ConfidenceName,
    IReadOnlyList<SourceLink> Sources);
