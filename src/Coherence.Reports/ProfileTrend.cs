using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>What changed since the country's previous round in the run.</summary>
/// <param name="PreviousPeriod">The period of the previous round.</param>
/// <param name="PreviousRubricVersion">The rubric version the previous round was scored with.</param>
/// <param name="SameRubricVersion">
/// Whether both rounds were scored with the same rubric version; when not, a change may come from the rubric rather than
/// from the country, and the profile says so.
/// </param>
/// <param name="Rows">One row per migrant group in rubric order, then the whole rubric (<c>overall</c>).</param>
/// <param name="Moves">The indicators and groups whose law or practice moved most, largest move first, at most five.</param>
/// <param name="MoveCount">How many indicator and group cells moved at all.</param>
public sealed record ProfileTrend(string PreviousPeriod, string PreviousRubricVersion, bool SameRubricVersion, IReadOnlyList<TrendRow> Rows, IReadOnlyList<IndicatorMove> Moves, int MoveCount);
