using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Robustness;
using Xunit;

namespace Coherence.Tests.Robustness;

/// <summary>The estimator alone, on functions whose Sobol indices are known analytically.</summary>
public class SensitivityEstimatorTests
{
    private const int BaseSamples = 1 << 14;

    [Fact]
    public void Ishigami_indices_are_recovered_within_their_intervals_and_within_0_02()
    {
        const double a = 7, b = 0.1;
        var design = new SaltelliDesign(BaseSamples, 3, seed: 20261203);
        var outputs = Evaluate(design, x =>
        {
            // Each factor is uniform on [-π, π].
            var x1 = -Math.PI + (2 * Math.PI * x[0]);
            var x2 = -Math.PI + (2 * Math.PI * x[1]);
            var x3 = -Math.PI + (2 * Math.PI * x[2]);
            return Math.Sin(x1) + (a * Math.Sin(x2) * Math.Sin(x2)) + (b * Math.Pow(x3, 4) * Math.Sin(x1));
        });

        var indices = SensitivityEstimator.Jansen(design, outputs, 300, 0.95, seed: 7);

        AssertRecovered(indices, new[] { 0.3139, 0.4424, 0.0 }, new[] { 0.5576, 0.4424, 0.2437 });
    }

    [Fact]
    public void Sobol_G_function_indices_are_recovered_within_their_intervals_and_within_0_02()
    {
        var a = new[] { 0, 1, 4.5, 9, 99, 99, 99, 99 };
        var partial = a.Select(ai => 1.0 / 3 / ((1 + ai) * (1 + ai))).ToArray();
        var variance = partial.Aggregate(1.0, (p, v) => p * (1 + v)) - 1;
        var first = partial.Select(v => v / variance).ToArray();
        var total = partial.Select((v, i) => v * partial.Where((_, j) => j != i).Aggregate(1.0, (p, w) => p * (1 + w)) / variance).ToArray();
        var design = new SaltelliDesign(BaseSamples, a.Length, seed: 42);
        var outputs = Evaluate(design, x =>
        {
            var product = 1.0;
            for (var i = 0; i < a.Length; i++)
            {
                product *= (Math.Abs((4 * x[i]) - 2) + a[i]) / (1 + a[i]);
            }

            return product;
        });

        var indices = SensitivityEstimator.Jansen(design, outputs, 300, 0.95, seed: 11);

        AssertRecovered(indices, first, total);
    }

    [Fact]
    public void An_output_that_does_not_vary_has_no_indices_rather_than_invented_ones()
    {
        var design = new SaltelliDesign(64, 2, seed: 1);
        var indices = SensitivityEstimator.Jansen(design, new double[design.Runs], 50, 0.95, seed: 1);

        Assert.All(indices, i => Assert.Null(i.FirstOrder));
        Assert.All(indices, i => Assert.Null(i.TotalOrder));
    }

    [Fact]
    public void The_design_takes_exactly_one_factor_from_B_in_each_AB_matrix()
    {
        var design = new SaltelliDesign(10, 3, seed: 5);
        for (var row = 0; row < 10; row++)
        {
            for (var factor = 0; factor < 3; factor++)
            {
                var fromA = design.FactorSeed(row, factor);
                var fromB = design.FactorSeed(10 + row, factor);
                Assert.NotEqual(fromA, fromB);
                for (var matrix = 0; matrix < 3; matrix++)
                {
                    var expected = matrix == factor ? fromB : fromA;
                    Assert.Equal(expected, design.FactorSeed(((2 + matrix) * 10) + row, factor));
                }
            }
        }

        Assert.Equal("AB2", design.MatrixOf(30));
    }

    [Fact]
    public void Seeded_streams_are_fixed_numbers_on_every_framework()
    {
        // The first outputs of xoshiro256** seeded by SplitMix64 from 0, as the reference implementations give them.
        var random = new Xoshiro256(0);
        var first = random.Next();
        var again = new Xoshiro256(0).Next();

        Assert.Equal(first, again);
        Assert.Equal(0x99EC5F36CB75F2B4UL, first);
    }

    private static double[] Evaluate(SaltelliDesign design, Func<double[], double> model)
    {
        var outputs = new double[design.Runs];
        var x = new double[design.Factors];
        for (var run = 0; run < design.Runs; run++)
        {
            for (var factor = 0; factor < design.Factors; factor++)
            {
                x[factor] = SaltelliDesign.Uniform(design.FactorSeed(run, factor));
            }

            outputs[run] = model(x);
        }

        return outputs;
    }

    private static void AssertRecovered(IReadOnlyList<SobolIndex> indices, IReadOnlyList<double> first, IReadOnlyList<double> total)
    {
        for (var i = 0; i < first.Count; i++)
        {
            var index = indices[i];
            Assert.InRange(index.FirstOrder!.Value, index.FirstOrderLow!.Value, index.FirstOrderHigh!.Value);
            Assert.InRange(index.TotalOrder!.Value, index.TotalOrderLow!.Value, index.TotalOrderHigh!.Value);
            Assert.True(Math.Abs(index.FirstOrder.Value - first[i]) <= 0.02, $"S{i + 1} = {index.FirstOrder:0.0000}, expected {first[i]:0.0000}");
            Assert.True(Math.Abs(index.TotalOrder.Value - total[i]) <= 0.02, $"ST{i + 1} = {index.TotalOrder:0.0000}, expected {total[i]:0.0000}");

            // The intervals are informative: narrow, and close enough to hold the analytic value within the tolerance.
            Assert.True(index.FirstOrderHigh - index.FirstOrderLow < 0.1, $"S{i + 1} interval too wide");
            Assert.True(index.FirstOrderLow - 0.02 <= first[i] && first[i] <= index.FirstOrderHigh + 0.02, $"S{i + 1} interval misses");
            Assert.True(index.TotalOrderLow - 0.02 <= total[i] && total[i] <= index.TotalOrderHigh + 0.02, $"ST{i + 1} interval misses");
        }
    }
}
