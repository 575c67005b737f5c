namespace Coherence.Scoring;

/// <summary>One cell of the migrant group by top-level dimension matrix.</summary>
/// <param name="GroupId">The migrant group.</param>
/// <param name="DimensionId">The top-level dimension.</param>
/// <param name="Score">The dimension's scores for that group.</param>
/// <param name="Class">How law and practice relate there, or <see langword="null"/> for single-facet rubrics.</param>
public sealed record MatrixCell(string GroupId, string DimensionId, Aggregate Score, GapClass? Class);
