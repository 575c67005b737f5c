using System;
using System.Collections.Generic;

namespace Coherence.Agreement;

/// <summary>Krippendorff's alpha: the agreement of any number of observers on any number of units, with missing values, beyond chance.</summary>
/// <remarks>
/// Computed as in Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): from the coincidence matrix of
/// the pairable values (the values in units that have two or more), with the metric's difference function. Alpha is 1
/// for perfect agreement, 0 for agreement at chance level, and below 0 for systematic disagreement. It is not defined
/// when there are fewer than two pairable values or when every value is the same; it is then <see langword="null"/>.
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Computes alpha.</summary>
    /// <param name="units">The reliability data: for each unit, the value each observer gave, <see langword="null"/> where none.</param>
    /// <param name="metric">The difference function that suits the values.</param>
    /// <returns>Alpha, or <see langword="null"/> when it is not defined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    public static double? Compute(IEnumerable<IReadOnlyList<double?>> units, AlphaMetric metric)
    {
        if (units is null)
        {
            throw new ArgumentNullException(nameof(units));
        }

        return new AlphaData(units, metric).Alpha();
    }

    /// <summary>Computes alpha with a percentile bootstrap confidence interval over units resampled with replacement.</summary>
    /// <param name="units">The reliability data: for each unit, the value each observer gave, <see langword="null"/> where none.</param>
    /// <param name="metric">The difference function that suits the values.</param>
    /// <param name="resamples">How many resamples (1,000 is usual); 0 computes no interval.</param>
    /// <param name="seed">The seed of the resampling, so that the same data and seed give the same interval.</param>
    /// <param name="confidence">The coverage of the interval, between 0 and 1.</param>
    /// <returns>Alpha and its interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resamples"/> is negative or <paramref name="confidence"/> is not between 0 and 1.</exception>
    public static AlphaEstimate Estimate(IEnumerable<IReadOnlyList<double?>> units, AlphaMetric metric, int resamples, int seed, double confidence = 0.95)
    {
        if (units is null)
        {
            throw new ArgumentNullException(nameof(units));
        }

        if (resamples < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(resamples), resamples, "the number of resamples cannot be negative");
        }

        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "the confidence must lie between 0 and 1");
        }

        return new AlphaData(units, metric).Estimate(resamples, new Random(seed), confidence);
    }
}
