using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Coherence.Model;
using Coherence.Robustness;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Robustness;

/// <summary>The shortcuts of a run (kept aggregates, rows that aggregate again only what their input changes, ranks and classes counted once for the rows that keep them) against every draw scored whole from its own choices.</summary>
public class IncrementalDrawTests
{
    private const string Header = "apiVersion: coherence/v1\nkind: Robustness\nspec:\n";

    public static TheoryData<string, bool> Specifications() => new()
    {
        // Every kind of input, several at once, on the bundled rubric: weights continuous at the root and on a dimension of
        // indicators (not kept), aggregation at both levels (kept dimensions geometric too), the minimum coverage of one
        // dimension and of all, three level sets, both thresholds, one dimension left out.
        {
            "  weights:\n    - { node: mesoamerica-coherence, dirichlet: 20 }\n    - { node: recognition, perturbation: 0.4 }\n" +
            "  aggregation:\n    - { level: 0, methods: [arithmetic, geometric] }\n    - { level: 1, methods: [geometric, arithmetic] }\n" +
            "  minCoverage:\n    - { node: regularization, range: [0.3, 0.95] }\n    - { node: '*', range: [0.4, 0.8] }\n" +
            "  levels:\n    - scale: implementation\n      sets:\n        - { none: 0, incipient: 15, partial: 40, extensive: 70, full: 100 }\n        - { none: 5, incipient: 30, partial: 55, extensive: 80, full: 95 }\n" +
            "  thresholds: { gap: [5, 40], high: [30, 70] }\n  leaveOneOut: true\n",
            false
        },

        // The rubric's variants (weights, aggregation, group weights, thresholds and minimum coverage at once) with weights around them.
        { "  variants: [expert, strict, flat]\n  weights: [{ node: mesoamerica-coherence, perturbation: 0.3 }]\n  thresholds: { gap: [10, 20] }\n", true },
    };

    [Theory]
    [MemberData(nameof(Specifications))]
    public void Every_draw_of_a_run_and_its_tallies_equal_the_draw_scored_whole_bit_for_bit(string specification, bool variants)
    {
        var (rubric, assessments) = variants ? VariantDrawTests.WithVariants() : DrawEngineTests.Examples();
        var model = new RobustnessModel(rubric, assessments);
        var read = RobustnessSpecReader.Read(Header + specification, "spec.yaml", model);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        var plan = read.Value!;

        var count = assessments.Count;
        var groups = model.Groups;
        var cells = model.MatrixCells;
        var scratch = new DrawScratch(model);
        var scores = new double[count];
        var groupScores = new double[count * groups];
        var classes = new sbyte[count * cells];
        var rankCounts = new int[count, count + 1];
        var classCounts = new int[count * cells, 5];
        var draws = 0;
        var result = new RobustnessRunner(model, plan).Run(1_200, 11, DateTimeOffset.UnixEpoch, "test", null, (_, state, overall, byGroup, matrix) =>
        {
            draws++;
            for (var a = 0; a < count; a++)
            {
                scores[a] = model.Evaluate(state, a, scratch, plan.Measure, groupScores, classes);
            }

            Assert.Equal(scores.Select(BitConverter.DoubleToInt64Bits), overall.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(groupScores.Select(BitConverter.DoubleToInt64Bits), byGroup.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(classes, matrix);

            // Overall ranks as the runner defines them: 1 + the units of the period more than the tolerance above, 0 for no score.
            for (var a = 0; a < count; a++)
            {
                var rank = double.IsNaN(scores[a]) ? 0 : 1 + Enumerable.Range(0, count).Count(b => assessments[b].Period == assessments[a].Period && !double.IsNaN(scores[b]) && scores[b] > scores[a] + 1e-9);
                rankCounts[a, rank]++;
            }

            for (var c = 0; c < classes.Length; c++)
            {
                if (classes[c] >= 0)
                {
                    classCounts[c, classes[c]]++;
                }
            }
        }, CancellationToken.None);

        Assert.Equal(result.Draws, draws);
        Assert.True(result.Draws >= 1_000);
        var overallRows = result.Ranks.Where(r => r.Group is null).ToList();
        Assert.Equal(count, overallRows.Count);
        for (var a = 0; a < count; a++)
        {
            var row = overallRows.Single(r => r.Country == assessments[a].Country && r.Period == assessments[a].Period);
            Assert.Equal((double)rankCounts[a, 0] / draws, row.UnrankedShare);
            for (var r = 1; r <= row.Units; r++)
            {
                Assert.Equal((double)rankCounts[a, r] / draws, row.RankShares[r - 1]);
            }
        }

        var columns = model.TopSlots.Select(model.NodeIdAt).ToList();
        foreach (var probability in result.Classes)
        {
            var a = assessments.FindIndex(x => x.Country == probability.Country && x.Period == probability.Period);
            var c = (a * cells) + (rubric.Groups.ToList().FindIndex(g => g.Id == probability.Group) * columns.Count) + columns.IndexOf(probability.Dimension);
            foreach (var gapClass in Enum.GetValues<GapClass>())
            {
                Assert.Equal((double)classCounts[c, (int)gapClass] / draws, probability.Of(gapClass));
            }
        }
    }
}
