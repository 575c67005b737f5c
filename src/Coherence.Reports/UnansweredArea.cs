using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The indicators of one group and dimension without a complete answer.</summary>
/// <param name="Group">The migrant group.</param>
/// <param name="Dimension">The top-level dimension.</param>
/// <param name="Indicators">The indicators, in rubric order.</param>
public sealed record UnansweredArea(ReportItem Group, ReportItem Dimension, IReadOnlyList<UnansweredIndicator> Indicators);
