using System;

namespace Coherence.Reports;

/// <summary>Where the scores a report shows come from: the tool version that computed them, and when.</summary>
/// <param name="ToolVersion">The version of the tool that computed the scores.</param>
/// <param name="ScoredAt">When the scores were computed.</param>
internal readonly record struct ScoreSource(string ToolVersion, DateTimeOffset ScoredAt);
