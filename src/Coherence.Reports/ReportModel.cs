using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>What every report model holds: kind, language, fixed words, title, period, rubric and provenance.</summary>
/// <remarks>Field names are read in camelCase by templates (<c>{{rubric.version}}</c>); the contract is in <c>docs/templates.md</c>.</remarks>
public abstract record ReportModel
{
    /// <summary>Gets the kind: <c>country-profile</c> or <c>regional-comparison</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Gets the report's language: <c>es</c> or <c>en</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the fixed words in the report's language, keyed in camelCase (<c>labels.largestGaps</c>).</summary>
    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    /// <summary>Gets the document title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the period covered.</summary>
    public required string Period { get; init; }

    /// <summary>Gets the rubric scored with.</summary>
    public required ReportRubric Rubric { get; init; }

    /// <summary>Gets the facets rated (law, practice), in rubric order.</summary>
    public required IReadOnlyList<ReportItem> Facets { get; init; }

    /// <summary>Gets the method in a few paragraphs, in the report's language, with the rubric's thresholds.</summary>
    public required IReadOnlyList<string> Method { get; init; }

    /// <summary>Gets the paper the report prints on: <c>letter</c> or <c>a4</c> (see <see cref="ReportPaper"/>).</summary>
    public string Paper { get; init; } = ReportPaper.A4;

    /// <summary>Gets the colours of law, practice, text and classes, from the one palette of the tool.</summary>
    public ReportColours Colours { get; init; } = ReportColours.Default;

    /// <summary>Gets where the figures come from.</summary>
    public required ReportProvenance Provenance { get; init; }
}
