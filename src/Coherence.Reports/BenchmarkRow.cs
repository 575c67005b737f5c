namespace Coherence.Reports;

/// <summary>A migrant group (or the whole rubric) of a profile's regional benchmark: law, practice and the joint level against the region.</summary>
/// <param name="Group">The group, or <c>overall</c> for the whole rubric.</param>
/// <param name="Law">The law score against the region.</param>
/// <param name="Practice">The practice score against the region.</param>
/// <param name="Level">The joint level (the lower of law and practice) against the region.</param>
public sealed record BenchmarkRow(ReportItem Group, BenchmarkFigure Law, BenchmarkFigure Practice, BenchmarkFigure Level);
