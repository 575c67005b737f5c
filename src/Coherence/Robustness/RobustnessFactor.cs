using System.Collections.Generic;

namespace Coherence.Robustness;

/// <summary>One uncertain input of an analysis, as the specification declared it.</summary>
/// <param name="Id">Its id in outputs.</param>
/// <param name="Kind">What it varies.</param>
/// <param name="Alternatives">The alternatives it picks from with equal probability, or empty for a continuous input.</param>
public sealed record RobustnessFactor(string Id, FactorKind Kind, IReadOnlyList<string> Alternatives);
