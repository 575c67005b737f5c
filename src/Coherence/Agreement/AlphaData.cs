using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Agreement;

/// <summary>Reliability data prepared once for Krippendorff's alpha, so that bootstrap resamples of its units cost little.</summary>
/// <remarks>
/// Alpha is <c>1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck</c> over the coincidence matrix <c>o</c> of the pairable values
/// (Krippendorff 2011). Each unit's share of the matrix is kept, so that a resample only adds shares up. The interval
/// metric needs no matrix: its sums of squares are kept per unit instead, which stays fast with many distinct values.
/// </remarks>
internal sealed class AlphaData
{
    private readonly AlphaMetric metric;
    private readonly double[] values;
    private readonly int[] start;
    private readonly int[] first;
    private readonly int[] second;
    private readonly double[] weight;
    private readonly double[] size;
    private readonly double[] sum;
    private readonly double[] squares;
    private readonly double[] within;
    private readonly double[] matrix;
    private readonly double[] marginal;
    private readonly double[] cumulative;

    /// <summary>Initializes a new instance of the <see cref="AlphaData"/> class.</summary>
    /// <param name="units">Each unit's values, one per observer; <see langword="null"/> where an observer gave none.</param>
    /// <param name="metric">The difference function.</param>
    public AlphaData(IEnumerable<IReadOnlyList<double?>> units, AlphaMetric metric)
    {
        this.metric = metric;
        var pairable = new List<double[]>();
        foreach (var unit in units)
        {
            var present = unit.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
            if (present.Length >= 2)
            {
                pairable.Add(present);
            }
        }

        Units = pairable.Count;
        Values = pairable.Sum(u => u.Length);
        values = pairable.SelectMany(u => u).Distinct().OrderBy(v => v).ToArray();
        var index = new Dictionary<double, int>();
        for (var i = 0; i < values.Length; i++)
        {
            index[values[i]] = i;
        }

        size = new double[Units];
        sum = new double[Units];
        squares = new double[Units];
        within = new double[Units];
        start = new int[Units + 1];
        var firsts = new List<int>();
        var seconds = new List<int>();
        var weights = new List<double>();
        for (var u = 0; u < Units; u++)
        {
            var unit = pairable[u];
            var m = unit.Length;
            size[u] = m;
            foreach (var v in unit)
            {
                sum[u] += v;
                squares[u] += v * v;
            }

            // Σ over ordered pairs i ≠ j of (vi − vj)², divided by m − 1 as every pair in the unit is.
            within[u] = ((2.0 * m * squares[u]) - (2.0 * sum[u] * sum[u])) / (m - 1);
            start[u] = firsts.Count;
            if (!UsesSums)
            {
                var counts = unit.GroupBy(v => index[v]).Select(g => (Category: g.Key, Count: g.Count())).OrderBy(p => p.Category).ToList();
                foreach (var c in counts)
                {
                    foreach (var k in counts)
                    {
                        var pairs = c.Category == k.Category ? c.Count * (c.Count - 1) : c.Count * k.Count;
                        if (pairs > 0)
                        {
                            firsts.Add(c.Category);
                            seconds.Add(k.Category);
                            weights.Add(pairs / (double)(m - 1));
                        }
                    }
                }
            }
        }

        start[Units] = firsts.Count;
        first = firsts.ToArray();
        second = seconds.ToArray();
        weight = weights.ToArray();
        matrix = UsesSums ? Array.Empty<double>() : new double[values.Length * values.Length];
        marginal = new double[values.Length];
        cumulative = new double[values.Length + 1];
    }

    /// <summary>Gets the number of units with two or more values.</summary>
    public int Units { get; }

    /// <summary>Gets the number of pairable values.</summary>
    public int Values { get; }

    private bool UsesSums => metric == AlphaMetric.Interval;

    /// <summary>Computes alpha over every unit once.</summary>
    /// <returns>Alpha, or <see langword="null"/> when not defined.</returns>
    public double? Alpha() => Alpha(null);

    /// <summary>Computes alpha over the units taken as many times as <paramref name="counts"/> says (a bootstrap resample).</summary>
    /// <param name="counts">How many times each unit is taken, or <see langword="null"/> for once each.</param>
    /// <returns>Alpha, or <see langword="null"/> when not defined.</returns>
    public double? Alpha(int[]? counts)
    {
        return UsesSums ? IntervalAlpha(counts) : MatrixAlpha(counts);
    }

    /// <summary>Estimates alpha with a percentile bootstrap interval over units resampled with replacement.</summary>
    /// <param name="resamples">How many resamples; 0 for none.</param>
    /// <param name="random">The source of randomness, seeded by the caller.</param>
    /// <param name="confidence">The interval's coverage, such as 0.95.</param>
    /// <returns>The estimate.</returns>
    public AlphaEstimate Estimate(int resamples, Random random, double confidence)
    {
        var value = Alpha();
        if (value is null || resamples <= 0 || Units < 2)
        {
            return new AlphaEstimate(value, null, null, Units, Values);
        }

        var counts = new int[Units];
        var found = new double[resamples];
        var defined = 0;
        for (var r = 0; r < resamples; r++)
        {
            Array.Clear(counts, 0, counts.Length);
            for (var i = 0; i < Units; i++)
            {
                counts[random.Next(Units)]++;
            }

            if (Alpha(counts) is { } alpha)
            {
                found[defined++] = alpha;
            }
        }

        if (defined == 0)
        {
            return new AlphaEstimate(value, null, null, Units, Values);
        }

        Array.Sort(found, 0, defined);
        var tail = (1 - confidence) / 2;
        return new AlphaEstimate(value, Quantile(found, defined, tail), Quantile(found, defined, 1 - tail), Units, Values);
    }

    /// <summary>The quantile of sorted values, interpolated between order statistics (R's default, type 7).</summary>
    private static double Quantile(double[] sorted, int count, double p)
    {
        var h = (count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(count - 1, low + 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }

    private double? IntervalAlpha(int[]? counts)
    {
        double n = 0, total = 0, totalSquares = 0, observed = 0;
        for (var u = 0; u < Units; u++)
        {
            var times = counts is null ? 1 : counts[u];
            if (times == 0)
            {
                continue;
            }

            n += times * size[u];
            total += times * sum[u];
            totalSquares += times * squares[u];
            observed += times * within[u];
        }

        var expected = (2.0 * n * totalSquares) - (2.0 * total * total);
        if (n < 2 || expected <= 1e-12 * Math.Max(1, totalSquares))
        {
            return null;
        }

        return 1 - ((n - 1) * observed / expected);
    }

    private double? MatrixAlpha(int[]? counts)
    {
        var k = values.Length;
        Array.Clear(matrix, 0, matrix.Length);
        for (var u = 0; u < Units; u++)
        {
            var times = counts is null ? 1 : counts[u];
            if (times == 0)
            {
                continue;
            }

            for (var e = start[u]; e < start[u + 1]; e++)
            {
                matrix[(first[e] * k) + second[e]] += times * weight[e];
            }
        }

        double n = 0;
        for (var c = 0; c < k; c++)
        {
            double row = 0;
            for (var j = 0; j < k; j++)
            {
                row += matrix[(c * k) + j];
            }

            marginal[c] = row;
            cumulative[c + 1] = cumulative[c] + row;
            n += row;
        }

        if (n < 2)
        {
            return null;
        }

        double observed = 0, expected = 0;
        for (var c = 0; c < k; c++)
        {
            for (var j = c + 1; j < k; j++)
            {
                var delta = Delta(c, j);
                observed += (matrix[(c * k) + j] + matrix[(j * k) + c]) * delta;
                expected += 2 * marginal[c] * marginal[j] * delta;
            }
        }

        if (expected <= 0)
        {
            return null;
        }

        return 1 - ((n - 1) * observed / expected);
    }

    /// <summary>The squared difference δ² between the c-th and j-th distinct values (c &lt; j).</summary>
    private double Delta(int c, int j)
    {
        switch (metric)
        {
            case AlphaMetric.Nominal:
                return 1;
            case AlphaMetric.Ordinal:
                // Σ n_g for g from c to j, less half of the two ends' own frequencies (Krippendorff 2011, eq. for ordinal data).
                var between = cumulative[j + 1] - cumulative[c] - ((marginal[c] + marginal[j]) / 2);
                return between * between;
            case AlphaMetric.Ratio:
                var total = values[c] + values[j];
                var ratio = total == 0 ? 0 : (values[c] - values[j]) / total;
                return ratio * ratio;
            default:
                var difference = values[c] - values[j];
                return difference * difference;
        }
    }
}
