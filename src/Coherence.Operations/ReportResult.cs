using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>What <see cref="ReportOperation"/> did: how many assessments it reported on and the files it wrote.</summary>
/// <param name="Assessments">How many assessments were reported on.</param>
/// <param name="Files">The reports written, in order.</param>
public sealed record ReportResult(int Assessments, IReadOnlyList<ReportFile> Files);
