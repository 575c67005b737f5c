using System.Collections.Generic;

namespace Coherence.Workbooks;

/// <summary>The columns of one facet's answer cells on an answer sheet, looked up once per sheet rather than once per cell.</summary>
internal sealed class FacetColumns
{
    private readonly int level;
    private readonly int evidence;
    private readonly int sources;
    private readonly int confidence;
    private readonly int notes;

    /// <summary>Initializes a new instance of the <see cref="FacetColumns"/> class from a sheet's key row.</summary>
    /// <param name="facetId">The facet.</param>
    /// <param name="columns">The sheet's columns by key (<c>law.level</c>, ...).</param>
    public FacetColumns(string facetId, IReadOnlyDictionary<string, int> columns)
    {
        FacetId = facetId;
        int Find(string part) => columns.TryGetValue(WorkbookLayout.FacetKey(facetId, part), out var column) ? column : 0;
        level = Find(WorkbookLayout.Level);
        evidence = Find(WorkbookLayout.Evidence);
        sources = Find(WorkbookLayout.Sources);
        confidence = Find(WorkbookLayout.Confidence);
        notes = Find(WorkbookLayout.Notes);
    }

    /// <summary>Gets the parts a person writes, which a formula without its result would leave blank.</summary>
    public static IReadOnlyList<string> Written { get; } = new[] { WorkbookLayout.Level, WorkbookLayout.Evidence, WorkbookLayout.Sources, WorkbookLayout.Notes };

    /// <summary>Gets the facet.</summary>
    public string FacetId { get; }

    /// <summary>Gets the column of a part (<see cref="WorkbookLayout.Level"/>, ...), or 0 when the sheet has none.</summary>
    /// <param name="part">The part.</param>
    /// <returns>The one-based column, or 0.</returns>
    public int Column(string part) => part switch
    {
        WorkbookLayout.Level => level,
        WorkbookLayout.Evidence => evidence,
        WorkbookLayout.Sources => sources,
        WorkbookLayout.Confidence => confidence,
        WorkbookLayout.Notes => notes,
        _ => 0,
    };
}
