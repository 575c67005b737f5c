namespace Coherence.Reports;

/// <summary>An indicator and group where law and practice diverge, with the evidence for both.</summary>
/// <param name="IndicatorId">The indicator id.</param>
/// <param name="IndicatorName">The indicator's name in the report's language.</param>
/// <param name="Dimension">The top-level dimension it belongs to.</param>
/// <param name="Group">The migrant group.</param>
/// <param name="Scores">Its scores (law, practice, gap, coherence, class).</param>
/// <param name="Law">The law answer and its evidence.</param>
/// <param name="Practice">The practice answer and its evidence.</param>
public sealed record IndicatorFinding(string IndicatorId, string IndicatorName, ReportItem Dimension, ReportItem Group, ScoreView Scores, FacetAnswer Law, FacetAnswer Practice);
