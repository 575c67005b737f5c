namespace Coherence.Reports;

/// <summary>An indicator and group whose law or practice moved since the previous round.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="IndicatorName">The indicator's name in the report's language.</param>
/// <param name="Group">The migrant group.</param>
/// <param name="Law">The law score before and now.</param>
/// <param name="Practice">The practice score before and now.</param>
public sealed record IndicatorMove(string IndicatorId, string IndicatorName, ReportItem Group, ScoreChange Law, ScoreChange Practice);
