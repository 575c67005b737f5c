namespace Coherence.Reports;

/// <summary>What changed for one migrant group (or the whole rubric) since the previous round.</summary>
/// <param name="Group">The group, or <c>overall</c> for the whole rubric.</param>
/// <param name="Law">The law score before and now.</param>
/// <param name="Practice">The practice score before and now.</param>
/// <param name="Level">The joint level before and now.</param>
/// <param name="ClassBefore">The class in the previous round, in the report's language, or <see langword="null"/>.</param>
/// <param name="ClassNow">The class now, in the report's language, or <see langword="null"/>.</param>
/// <param name="ClassChanged">Whether the class is not the same as before.</param>
public sealed record TrendRow(ReportItem Group, ScoreChange Law, ScoreChange Practice, ScoreChange Level, string? ClassBefore, string? ClassNow, bool ClassChanged);
