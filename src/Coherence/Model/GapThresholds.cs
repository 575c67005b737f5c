namespace Coherence.Model;

/// <summary>The thresholds, on the 0-100 scale, that classify a law-versus-practice pair.</summary>
/// <param name="Gap">An absolute gap at or above this is a gap; below it, law and practice cohere.</param>
/// <param name="High">When law and practice cohere, a mean at or above this is "coherent-high", below it "coherent-low".</param>
public sealed record GapThresholds(double Gap = 25, double High = 50);
