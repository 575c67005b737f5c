namespace Coherence.Reports;

/// <summary>A group and dimension with some answers but too few for a score.</summary>
/// <param name="Group">The migrant group.</param>
/// <param name="Dimension">The top-level dimension.</param>
/// <param name="Reason">Why there is no score, in the report's language.</param>
public sealed record InsufficientArea(ReportItem Group, ReportItem Dimension, string Reason);
