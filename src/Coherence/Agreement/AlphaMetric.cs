namespace Coherence.Agreement;

/// <summary>How Krippendorff's alpha weighs a difference between two values.</summary>
/// <remarks>The metric follows the scale: ordinal levels use <see cref="Ordinal"/>, continuous values <see cref="Interval"/>.</remarks>
public enum AlphaMetric
{
    /// <summary>Any two different values differ equally: categories without order.</summary>
    Nominal,

    /// <summary>Differences count by how many values lie between them, weighted by how often those values were given: ranks without distances.</summary>
    Ordinal,

    /// <summary>Differences count by their square: numbers with equal distances.</summary>
    Interval,

    /// <summary>Differences count relative to the size of the values: numbers with a true zero.</summary>
    Ratio,
}
