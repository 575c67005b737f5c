using System.Collections.Generic;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>What <see cref="ReportOperation"/> did: the scores it reported on and the files it wrote.</summary>
/// <param name="Run">The scores.</param>
/// <param name="Files">The reports written, in order.</param>
public sealed record ReportResult(ScoreRun Run, IReadOnlyList<ReportFile> Files);
