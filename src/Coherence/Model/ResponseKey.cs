namespace Coherence.Model;

/// <summary>The cell a response answers: indicator, migrant group and facet.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="GroupId">The migrant group.</param>
/// <param name="FacetId">The facet.</param>
public readonly record struct ResponseKey(string IndicatorId, string GroupId, string FacetId);
