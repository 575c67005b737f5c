namespace Coherence.Agreement;

/// <summary>How one rater's scores sit against the others': higher or lower on average, per facet.</summary>
/// <param name="RaterId">The rater.</param>
/// <param name="FacetId">The facet.</param>
/// <param name="Cells">The cells the rater and at least one other gave a level or value for.</param>
/// <param name="MeanDeviation">The mean, over those cells, of the rater's score less the mean of the others' scores (points of 0-100); <see langword="null"/> when no cell.</param>
public sealed record RaterLeaning(string RaterId, string FacetId, int Cells, double? MeanDeviation);
