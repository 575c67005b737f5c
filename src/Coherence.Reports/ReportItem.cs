namespace Coherence.Reports;

/// <summary>Something of the rubric named in the report's language: a facet, a migrant group, a dimension.</summary>
/// <param name="Id">Its id in the rubric.</param>
/// <param name="Name">Its name in the report's language.</param>
public sealed record ReportItem(string Id, string Name);
