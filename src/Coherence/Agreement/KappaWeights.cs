namespace Coherence.Agreement;

/// <summary>How weighted kappa credits two answers that are close but not equal.</summary>
public enum KappaWeights
{
    /// <summary>Credit falls linearly with the distance in levels: <c>1 − |i − j| / (k − 1)</c>.</summary>
    Linear,

    /// <summary>Credit falls with the squared distance in levels: <c>1 − (i − j)² / (k − 1)²</c>.</summary>
    Quadratic,
}
