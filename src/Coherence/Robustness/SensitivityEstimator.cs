using System;
using System.Collections.Generic;

namespace Coherence.Robustness;

/// <summary>Estimates Sobol sensitivity indices from the outputs of a <see cref="SaltelliDesign"/> with Jansen's estimators, and their bootstrap confidence intervals.</summary>
/// <remarks>
/// <para>With f<sub>A</sub>, f<sub>B</sub> and f<sub>AB</sub><sup>(i)</sup> the outputs on the rows of A, B and A<sub>B</sub><sup>(i)</sup>
/// and V the variance of f<sub>A</sub> and f<sub>B</sub> pooled (Saltelli et al. 2010, table 2):</para>
/// <list type="bullet">
/// <item>first order: S<sub>i</sub> = (V − 1/(2N) Σ (f<sub>B</sub> − f<sub>AB</sub><sup>(i)</sup>)²) / V;</item>
/// <item>total order: S<sub>Ti</sub> = 1/(2N) Σ (f<sub>A</sub> − f<sub>AB</sub><sup>(i)</sup>)² / V.</item>
/// </list>
/// <para>The confidence intervals are bootstrap percentile intervals: the N rows are resampled with replacement (the same rows for
/// A, B and every A<sub>B</sub><sup>(i)</sup>) and both estimators recomputed. The resampling is seeded, so intervals are reproducible.</para>
/// </remarks>
public static class SensitivityEstimator
{
    /// <summary>Estimates the indices of every factor for one output.</summary>
    /// <param name="design">The design the outputs come from.</param>
    /// <param name="outputs">The output of every run, in the design's run order; its length is <see cref="SaltelliDesign.Runs"/>.</param>
    /// <param name="bootstrapSamples">How many bootstrap resamples; 0 for no intervals.</param>
    /// <param name="confidence">The confidence level of the intervals, such as 0.95.</param>
    /// <param name="seed">The seed of the resampling.</param>
    /// <returns>One index per factor, in factor order.</returns>
    /// <exception cref="ArgumentException">The outputs do not match the design, or the confidence is not between 0 and 1.</exception>
    public static IReadOnlyList<SobolIndex> Jansen(SaltelliDesign design, IReadOnlyList<double> outputs, int bootstrapSamples, double confidence, ulong seed)
    {
        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        if (outputs is null || outputs.Count != design.Runs)
        {
            throw new ArgumentException("One output per run of the design is needed.", nameof(outputs));
        }

        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentException("The confidence must lie between 0 and 1.", nameof(confidence));
        }

        var n = design.BaseSamples;
        var k = design.Factors;
        var f = new double[outputs.Count];
        for (var i = 0; i < f.Length; i++)
        {
            f[i] = outputs[i];
        }

        var identity = new int[n];
        for (var i = 0; i < n; i++)
        {
            identity[i] = i;
        }

        var first = new double[k];
        var total = new double[k];
        var defined = Estimate(f, n, k, identity, first, total);
        var firstBoot = new double[k][];
        var totalBoot = new double[k][];
        for (var j = 0; j < k; j++)
        {
            firstBoot[j] = new double[bootstrapSamples];
            totalBoot[j] = new double[bootstrapSamples];
        }

        var random = new Xoshiro256(seed);
        var rows = new int[n];
        var bootFirst = new double[k];
        var bootTotal = new double[k];
        var usable = 0;
        for (var b = 0; b < bootstrapSamples && defined; b++)
        {
            for (var i = 0; i < n; i++)
            {
                rows[i] = random.NextInt(n);
            }

            if (!Estimate(f, n, k, rows, bootFirst, bootTotal))
            {
                // A resample without variance says nothing about the indices.
                continue;
            }

            for (var j = 0; j < k; j++)
            {
                firstBoot[j][usable] = bootFirst[j];
                totalBoot[j][usable] = bootTotal[j];
            }

            usable++;
        }

        var result = new SobolIndex[k];
        var tail = (1 - confidence) / 2;
        for (var j = 0; j < k; j++)
        {
            if (!defined)
            {
                result[j] = new SobolIndex(j, null, null, null, null, null, null);
                continue;
            }

            double? firstLow = null, firstHigh = null, totalLow = null, totalHigh = null;
            if (usable > 0)
            {
                Array.Sort(firstBoot[j], 0, usable);
                Array.Sort(totalBoot[j], 0, usable);
                firstLow = Quantile(firstBoot[j], usable, tail);
                firstHigh = Quantile(firstBoot[j], usable, 1 - tail);
                totalLow = Quantile(totalBoot[j], usable, tail);
                totalHigh = Quantile(totalBoot[j], usable, 1 - tail);
            }

            result[j] = new SobolIndex(j, first[j], firstLow, firstHigh, total[j], totalLow, totalHigh);
        }

        return result;
    }

    /// <summary>Gets a quantile of sorted values by linear interpolation between order statistics (type 7, as R and NumPy by default).</summary>
    /// <param name="sorted">The values, sorted ascending.</param>
    /// <param name="count">How many of them to use.</param>
    /// <param name="p">The probability, from 0 to 1.</param>
    /// <returns>The quantile.</returns>
    internal static double Quantile(double[] sorted, int count, double p)
    {
        var h = (count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private static bool Estimate(double[] f, int n, int k, int[] rows, double[] first, double[] total)
    {
        // Pooled variance of A and B, two-pass for accuracy.
        double mean = 0;
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            mean += f[r] + f[n + r];
        }

        mean /= 2 * n;
        double variance = 0;
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var a = f[r] - mean;
            var b = f[n + r] - mean;
            variance += (a * a) + (b * b);
        }

        variance /= (2 * n) - 1;
        if (!(variance > 1e-12 * Math.Max(1, mean * mean)))
        {
            return false;
        }

        for (var j = 0; j < k; j++)
        {
            var offset = (2 + j) * n;
            double sumB = 0, sumA = 0;
            for (var i = 0; i < n; i++)
            {
                var r = rows[i];
                var ab = f[offset + r];
                var db = f[n + r] - ab;
                var da = f[r] - ab;
                sumB += db * db;
                sumA += da * da;
            }

            first[j] = (variance - (sumB / (2 * n))) / variance;
            total[j] = sumA / (2 * n) / variance;
        }

        return true;
    }
}
