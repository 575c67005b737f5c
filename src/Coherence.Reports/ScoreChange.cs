namespace Coherence.Reports;

/// <summary>A score in the previous round and now.</summary>
/// <param name="Before">The value in the previous round, or <see langword="null"/>.</param>
/// <param name="Now">The value now, or <see langword="null"/>.</param>
/// <param name="Change">Now minus before, or <see langword="null"/> when either is missing.</param>
public sealed record ScoreChange(double? Before, double? Now, double? Change)
{
    /// <summary>Makes the change between two values.</summary>
    /// <param name="before">The value in the previous round.</param>
    /// <param name="now">The value now.</param>
    /// <returns>The change.</returns>
    public static ScoreChange Of(double? before, double? now) => new(before, now, before is { } b && now is { } n ? n - b : null);
}
