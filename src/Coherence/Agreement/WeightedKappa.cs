using System;
using System.Collections.Generic;

namespace Coherence.Agreement;

/// <summary>Cohen's weighted kappa: the agreement of two raters on an ordered scale, beyond chance, with partial credit for near answers.</summary>
/// <remarks>
/// With the proportions <c>p_ij</c> of units rated <c>i</c> by the first rater and <c>j</c> by the second, their margins
/// <c>r_i</c>, <c>c_j</c> and agreement weights <c>w_ij</c>: kappa = <c>(Σ w p − Σ w r c) / (1 − Σ w r c)</c>. The weights
/// are those of R's <c>psych::cohen.kappa</c>: 1 on the diagonal, falling to 0 at the ends of the scale, linearly or with
/// the square of the distance; the categories are the scale's levels, whether or not every level was used.
/// </remarks>
public static class WeightedKappa
{
    /// <summary>Computes weighted kappa.</summary>
    /// <param name="first">The first rater's categories, 0 to <paramref name="categories"/> − 1, one per unit.</param>
    /// <param name="second">The second rater's categories for the same units.</param>
    /// <param name="categories">The number of categories of the scale (two or more).</param>
    /// <param name="weights">Linear or quadratic weights.</param>
    /// <returns>Kappa, or <see langword="null"/> when there is no unit or chance agreement is already perfect.</returns>
    /// <exception cref="ArgumentNullException">A list is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, a category is out of range, or there are fewer than two categories.</exception>
    public static double? Compute(IReadOnlyList<int> first, IReadOnlyList<int> second, int categories, KappaWeights weights)
    {
        if (first is null)
        {
            throw new ArgumentNullException(nameof(first));
        }

        if (second is null)
        {
            throw new ArgumentNullException(nameof(second));
        }

        if (first.Count != second.Count)
        {
            throw new ArgumentException("both raters must rate the same units", nameof(second));
        }

        if (categories < 2)
        {
            throw new ArgumentException("a scale needs two or more categories", nameof(categories));
        }

        if (first.Count == 0)
        {
            return null;
        }

        var table = new double[categories, categories];
        for (var u = 0; u < first.Count; u++)
        {
            var a = first[u];
            var b = second[u];
            if (a < 0 || a >= categories || b < 0 || b >= categories)
            {
                throw new ArgumentException($"category out of range at unit {u}", nameof(first));
            }

            table[a, b] += 1.0 / first.Count;
        }

        var rows = new double[categories];
        var columns = new double[categories];
        for (var i = 0; i < categories; i++)
        {
            for (var j = 0; j < categories; j++)
            {
                rows[i] += table[i, j];
                columns[j] += table[i, j];
            }
        }

        double observed = 0, chance = 0;
        for (var i = 0; i < categories; i++)
        {
            for (var j = 0; j < categories; j++)
            {
                var w = Weight(i, j, categories, weights);
                observed += w * table[i, j];
                chance += w * rows[i] * columns[j];
            }
        }

        return 1 - chance <= 1e-15 ? null : (observed - chance) / (1 - chance);
    }

    /// <summary>Gets the agreement weight of categories <paramref name="i"/> and <paramref name="j"/> on a scale of <paramref name="categories"/>.</summary>
    /// <param name="i">One category.</param>
    /// <param name="j">The other category.</param>
    /// <param name="categories">The number of categories.</param>
    /// <param name="weights">Linear or quadratic.</param>
    /// <returns>1 for the same category, 0 for the two ends of the scale.</returns>
    public static double Weight(int i, int j, int categories, KappaWeights weights)
    {
        double distance = Math.Abs(i - j);
        double span = categories - 1;
        return weights == KappaWeights.Linear ? 1 - (distance / span) : 1 - (distance * distance / (span * span));
    }
}
