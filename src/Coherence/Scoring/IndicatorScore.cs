using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>The scores of one indicator for one migrant group: law L, practice P, gap G = L - P, coherence C = 100 - |G|.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="GroupId">The migrant group.</param>
/// <param name="DimensionId">The top-level dimension it belongs to.</param>
/// <param name="Score">Its scores.</param>
/// <param name="Class">How law and practice relate, or <see langword="null"/> for single-facet rubrics.</param>
/// <param name="LawResponse">The law response, if any, for its evidence.</param>
/// <param name="PracticeResponse">The practice response, if any, for its evidence.</param>
public sealed record IndicatorScore(string IndicatorId, string GroupId, string DimensionId, Aggregate Score, GapClass? Class, Response? LawResponse, Response? PracticeResponse);
