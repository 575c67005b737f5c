using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>The class of one cell of the migrant group × top-level dimension matrix.</summary>
/// <param name="GroupId">The migrant group.</param>
/// <param name="DimensionId">The top-level dimension.</param>
/// <param name="Class">How law and practice relate there, or <see langword="null"/> for single-facet rubrics and cells that do not apply.</param>
public readonly record struct CellClass(string GroupId, string DimensionId, GapClass? Class);
