using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Coherence.Model;
using Coherence.Progress;
using Coherence.Scoring;

namespace Coherence.Robustness;

/// <summary>Runs the draws of a robustness analysis and summarises them: rank intervals, class probabilities, Sobol indices.</summary>
internal sealed class RobustnessRunner
{
    private const double Tolerance = 1e-9;
    private readonly RobustnessModel model;
    private readonly RobustnessPlan plan;

    public RobustnessRunner(RobustnessModel model, RobustnessPlan plan)
    {
        this.model = model;
        this.plan = plan;
    }

    /// <summary>Gets the Saltelli design of a run of about <paramref name="draws"/> draws, or <see langword="null"/> when nothing varies.</summary>
    public SaltelliDesign? DesignFor(int draws, ulong seed)
    {
        var k = plan.Factors.Count;
        return k == 0 ? null : new SaltelliDesign(Math.Max(2, draws / (k + 2)), k, seed);
    }

    /// <summary>Applies the design's choices of one run to a draw.</summary>
    public void Prepare(SaltelliDesign? design, int run, DrawState state)
    {
        state.Reset(model);
        if (design is null)
        {
            return;
        }

        for (var j = 0; j < plan.Factors.Count; j++)
        {
            state.FactorChoices[j] = plan.Factors[j].Apply(design.FactorSeed(run, j), state);
        }
    }

    /// <summary>Runs the analysis.</summary>
    /// <param name="draws">The number of draws wanted; with k inputs the design evaluates ⌊draws / (k + 2)⌋ · (k + 2) of them (at least 2 · (k + 2)).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="createdAt">When the analysis is made.</param>
    /// <param name="toolVersion">The tool's version.</param>
    /// <param name="progress">Receives progress, or <see langword="null"/>.</param>
    /// <param name="onDraw">Sees every draw after it is scored (its run, choices, overall scores, group scores and classes), or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between draws.</param>
    public RobustnessResult Run(int draws, ulong seed, DateTimeOffset createdAt, string toolVersion, IProgress<OperationProgress>? progress, Action<int, DrawState, double[], double[], sbyte[]>? onDraw, CancellationToken cancellationToken)
    {
        var design = DesignFor(draws, seed);
        var runs = design?.Runs ?? draws;
        var assessments = model.Assessments;
        var count = assessments.Count;
        var groups = model.Groups;
        var cells = model.MatrixCells;

        // Units are ranked within their period.
        var periodOf = new int[count];
        var periods = assessments.Select(a => a.Period).Distinct(StringComparer.Ordinal).ToList();
        var members = new List<int>[periods.Count];
        for (var p = 0; p < periods.Count; p++)
        {
            members[p] = new List<int>();
        }

        for (var a = 0; a < count; a++)
        {
            periodOf[a] = periods.IndexOf(assessments[a].Period);
            members[periodOf[a]].Add(a);
        }

        var memberArrays = members.Select(m => m.ToArray()).ToArray();
        var maxUnits = memberArrays.Max(m => m.Length);
        var levels = groups + 1;

        // Everything below is allocated once; the draw loop allocates nothing.
        var state = new DrawState(model, plan.Factors.Count);
        var scratch = new DrawScratch(model);
        var memo = NewMemo();
        var scores = new double[count];
        var groupScores = new double[count * groups];
        var classes = new sbyte[count * cells];
        var ranks = new int[count * levels];
        var sortBuffer = new double[maxUnits];
        var histogram = new int[count * levels * (maxUnits + 1)];
        var classCounts = new int[count * cells * 5];
        var rankRuns = new double[design is null ? 0 : runs * count];
        var scoreRuns = new double[design is null ? 0 : runs * count];

        // The nominal method first: the rubric's own choices.
        state.Reset(model);
        Score(state, scratch, scores, groupScores, classes, memo);
        var nominalScores = (double[])scores.Clone();
        var nominalGroupScores = (double[])groupScores.Clone();
        var nominalClasses = (sbyte[])classes.Clone();
        var nominalRanks = new int[count * levels];
        Rank(memberArrays, scores, groupScores, nominalRanks, groups, sortBuffer);

        var every = Math.Max(1, runs / 100);
        var done = 0;

        // Records a draw. A draw whose scores are those of the draw before it (its rank row of A) may keep that draw's ranks
        // (rankAgain false) and be counted with it (rankWeight 0, the A draw counting for both); likewise its classes.
        void Record(int run, bool rankAgain, int rankWeight, int classWeight)
        {
            if (rankAgain)
            {
                Rank(memberArrays, scores, groupScores, ranks, groups, sortBuffer);
            }

            for (var a = 0; a < count; a++)
            {
                var units = memberArrays[periodOf[a]].Length;
                if (rankWeight > 0)
                {
                    for (var level = 0; level < levels; level++)
                    {
                        var rank = ranks[(a * levels) + level];
                        histogram[(((a * levels) + level) * (maxUnits + 1)) + rank] += rankWeight;
                    }
                }

                if (classWeight > 0)
                {
                    for (var c = 0; c < cells; c++)
                    {
                        var gapClass = classes[(a * cells) + c];
                        if (gapClass >= 0)
                        {
                            classCounts[(((a * cells) + c) * 5) + gapClass] += classWeight;
                        }
                    }
                }

                if (design is not null)
                {
                    var rank = ranks[a * levels];

                    // An unranked draw counts as the rank after the last, so that losing one's score is a change of rank.
                    rankRuns[(a * runs) + run] = rank == 0 ? units + 1 : rank;
                    scoreRuns[(a * runs) + run] = scores[a];
                }
            }

            onDraw?.Invoke(run, state, scores, groupScores, classes);
            done++;
            if ((done & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (progress is not null && (done % every == 0 || done == runs))
            {
                progress.Report(new OperationProgress(done, runs, "draws"));
            }
        }

        if (design is null)
        {
            for (var run = 0; run < runs; run++)
            {
                Prepare(design, run, state);
                Score(state, scratch, scores, groupScores, classes, memo);
                Record(run, true, 1, 1);
            }
        }
        else
        {
            // Row by row: A, then each A_B^(k), which differs from A in factor k alone and so aggregates again only the
            // dimensions k changes and their ancestors, and classifies again only their columns (all of them when k moves a
            // threshold), then B. Results do not depend on this order; only the time does.
            var n = design.BaseSamples;
            var scratches = new DrawScratch[count];
            var saved = new DrawScratch[count];
            for (var a = 0; a < count; a++)
            {
                scratches[a] = new DrawScratch(model);
                saved[a] = new DrawScratch(model);
            }

            var k = plan.Factors.Count;
            var affected = new int[k][];
            var columns = new bool[k][];
            var restore = new int[k][];
            var sameScores = new bool[k];
            var sameClasses = new bool[k];
            int rankWeight = 1, classWeight = 1;
            for (var j = 0; j < k; j++)
            {
                (affected[j], columns[j], restore[j]) = Affected(plan.Factors[j]);
                sameScores[j] = affected[j].Length == 0;
                sameClasses[j] = !columns[j].Contains(true);
                rankWeight += sameScores[j] ? 1 : 0;
                classWeight += sameClasses[j] ? 1 : 0;
            }

            var savedClasses = new sbyte[classes.Length];
            var savedRanks = new int[ranks.Length];

            // A row that aggregates every dimension again needs nothing of A's: it is scored in a work space of its own, so that
            // A's aggregates stay in place without being copied. A row that aggregates a few dimensions again does so in place,
            // their aggregates kept aside and put back after it.
            var spare = new DrawScratch(model);
            for (var row = 0; row < n; row++)
            {
                Prepare(design, row, state);
                memo.Resolve(state);
                for (var a = 0; a < count; a++)
                {
                    scores[a] = model.Evaluate(state, a, scratches[a], plan.Measure, groupScores, classes, 0, memo.Current);
                }

                // A counts for itself and for every row of the design that keeps its ranks or its classes.
                Record(row, true, rankWeight, classWeight);
                Array.Copy(classes, savedClasses, classes.Length);
                Array.Copy(ranks, savedRanks, ranks.Length);
                for (var j = 0; j < k; j++)
                {
                    var run = ((2 + j) * n) + row;
                    Prepare(design, run, state);
                    if (affected[j].Length > 0)
                    {
                        memo.Resolve(state);
                    }

                    Array.Copy(savedClasses, classes, classes.Length);
                    var whole = affected[j].Length == model.Dimensions;
                    var ranges = restore[j];
                    for (var a = 0; a < count; a++)
                    {
                        if (whole)
                        {
                            scores[a] = model.Evaluate(state, a, spare, plan.Measure, groupScores, classes, affected[j], 0, columns[j], memo.Current);
                            continue;
                        }

                        for (var r = 0; r < ranges.Length; r += 2)
                        {
                            saved[a].CopyFrom(scratches[a], ranges[r] * groups, ranges[r + 1] * groups);
                        }

                        scores[a] = model.Evaluate(state, a, scratches[a], plan.Measure, groupScores, classes, affected[j], 0, columns[j], memo.Current);
                    }

                    if (sameScores[j])
                    {
                        Array.Copy(savedRanks, ranks, ranks.Length);
                    }

                    Record(run, !sameScores[j], sameScores[j] ? 0 : 1, sameClasses[j] ? 0 : 1);
                    if (!whole)
                    {
                        for (var a = 0; a < count; a++)
                        {
                            for (var r = 0; r < ranges.Length; r += 2)
                            {
                                scratches[a].CopyFrom(saved[a], ranges[r] * groups, ranges[r + 1] * groups);
                            }
                        }
                    }
                }

                Prepare(design, n + row, state);
                memo.Resolve(state);
                for (var a = 0; a < count; a++)
                {
                    scores[a] = model.Evaluate(state, a, spare, plan.Measure, groupScores, classes, 0, memo.Current);
                }

                Record(n + row, true, 1, 1);
            }
        }

        var rankRows = new List<RankInterval>();
        for (var a = 0; a < count; a++)
        {
            var assessment = assessments[a];
            var units = memberArrays[periodOf[a]].Length;
            for (var level = 0; level < levels; level++)
            {
                var offset = ((a * levels) + level) * (maxUnits + 1);
                var shares = new double[units];
                var ranked = 0;
                for (var r = 1; r <= units; r++)
                {
                    shares[r - 1] = (double)histogram[offset + r] / runs;
                    ranked += histogram[offset + r];
                }

                var nominalRank = nominalRanks[(a * levels) + level];
                var nominalScore = level == 0 ? nominalScores[a] : nominalGroupScores[(a * groups) + level - 1];
                rankRows.Add(new RankInterval(
                    assessment.Country,
                    assessment.CountryName,
                    assessment.Period,
                    level == 0 ? null : model.Rubric.Groups[level - 1].Id,
                    units,
                    double.IsNaN(nominalScore) ? null : nominalScore,
                    nominalRank == 0 ? null : nominalRank,
                    ranked == 0 ? null : Percentile(histogram, offset, units, ranked, 0.5, true),
                    ranked == 0 ? null : (int)Percentile(histogram, offset, units, ranked, 0.05, false),
                    ranked == 0 ? null : (int)Percentile(histogram, offset, units, ranked, 0.95, false),
                    shares,
                    (double)histogram[offset] / runs));
            }
        }

        var classRows = new List<ClassProbability>();
        var dimensions = model.TopSlots.Select(model.NodeIdAt).ToArray();
        for (var a = 0; a < count; a++)
        {
            for (var g = 0; g < groups; g++)
            {
                for (var column = 0; column < dimensions.Length; column++)
                {
                    var c = (g * dimensions.Length) + column;
                    var at = ((a * cells) + c) * 5;
                    var nominal = nominalClasses[(a * cells) + c];
                    double Share(GapClass k) => (double)classCounts[at + (int)k] / runs;
                    classRows.Add(new ClassProbability(
                        assessments[a].Country,
                        assessments[a].Period,
                        model.Rubric.Groups[g].Id,
                        dimensions[column],
                        nominal < 0 ? null : (GapClass)nominal,
                        Share(GapClass.CoherentHigh),
                        Share(GapClass.CoherentLow),
                        Share(GapClass.ImplementationGap),
                        Share(GapClass.PracticeAheadOfLaw),
                        Share(GapClass.InsufficientData)));
                }
            }
        }

        var sensitivity = new List<SensitivityRow>();
        if (design is not null)
        {
            var outputs = new double[runs];
            for (var a = 0; a < count; a++)
            {
                foreach (var target in new[] { "rank", "score" })
                {
                    var source = target == "rank" ? rankRuns : scoreRuns;
                    Array.Copy(source, a * runs, outputs, 0, runs);
                    IReadOnlyList<SobolIndex> indices;
                    if (outputs.Any(double.IsNaN))
                    {
                        // A score missing in some draws has no variance to share out; its rank still has.
                        indices = plan.Factors.Select((_, j) => new SobolIndex(j, null, null, null, null, null, null)).ToList();
                    }
                    else
                    {
                        indices = SensitivityEstimator.Jansen(design, outputs, plan.Bootstrap, plan.Confidence, seed ^ ((ulong)(uint)a << 1) ^ (target == "rank" ? 0UL : 1UL));
                    }

                    for (var j = 0; j < plan.Factors.Count; j++)
                    {
                        sensitivity.Add(new SensitivityRow(assessments[a].Country, assessments[a].Period, plan.Factors[j].Id, plan.Factors[j].Kind, target, indices[j]));
                    }
                }
            }
        }

        var factors = plan.Factors.Select(f => new RobustnessFactor(f.Id, f.Kind, f is ChoiceFactor choice ? choice.Alternatives : Array.Empty<string>())).ToList();
        return new RobustnessResult(model.Rubric, plan.Measure, seed, runs, design?.BaseSamples ?? 0, factors, rankRows, classRows, sensitivity, plan.Confidence, createdAt, toolVersion);
    }

    /// <summary>Scores every assessment under one draw.</summary>
    /// <param name="state">The draw.</param>
    /// <param name="scratch">Work space.</param>
    /// <param name="scores">Receives the overall measure of every assessment.</param>
    /// <param name="groupScores">Receives the measure of every assessment and group.</param>
    /// <param name="classes">Receives the class of every matrix cell.</param>
    /// <param name="memo">Kept aggregates to copy from and fill (<see cref="NewMemo"/>), or <see langword="null"/> to aggregate everything.</param>
    public void Score(DrawState state, DrawScratch scratch, double[] scores, double[] groupScores, sbyte[] classes, DimensionMemo? memo = null)
    {
        memo?.Resolve(state);
        for (var a = 0; a < scores.Length; a++)
        {
            scores[a] = model.Evaluate(state, a, scratch, plan.Measure, groupScores, classes, 0, memo?.Current);
        }
    }

    /// <summary>Makes the store of kept aggregates for this plan: every dimension of indicators whose child weights no input varies continuously.</summary>
    /// <returns>An empty store.</returns>
    public DimensionMemo NewMemo()
    {
        var kept = new bool[model.Dimensions];
        for (var d = 0; d < model.Dimensions; d++)
        {
            kept[d] = true;
            foreach (var factor in plan.Factors)
            {
                if (factor is WeightsFactor weights && weights.Start == model.ChildStart(d))
                {
                    kept[d] = false;
                }
            }
        }

        return new DimensionMemo(model, kept);
    }

    // What a row of the design that differs from A in one factor only must do again: the dimensions to aggregate (those the
    // factor changes and their ancestors, in post-order), the columns of the matrix to classify (theirs, or all when a threshold
    // moves) and the ranges of dimensions (from, to exclusive) whose aggregates are put back afterwards.
    private (int[] Dimensions, bool[] Columns, int[] Restore) Affected(UncertainFactor factor)
    {
        var mark = new bool[model.Dimensions];
        if (factor.Targets is null)
        {
            for (var d = factor.FirstAffected; d < model.Dimensions; d++)
            {
                mark[d] = true;
            }
        }
        else
        {
            foreach (var target in factor.Targets)
            {
                for (var d = target; d >= 0; d = model.Parent[d])
                {
                    mark[d] = true;
                }
            }
        }

        var dimensions = Enumerable.Range(0, model.Dimensions).Where(d => mark[d]).ToArray();
        var thresholds = factor.Targets is null || factor.Kind is FactorKind.GapThreshold or FactorKind.HighThreshold;
        var columns = model.TopSlots.Select(slot => thresholds || mark[model.DimensionAt(slot)]).ToArray();
        var restore = new List<int>();
        for (var d = 0; d < model.Dimensions; d++)
        {
            if (!mark[d])
            {
                continue;
            }

            var end = d;
            while (end < model.Dimensions && mark[end])
            {
                end++;
            }

            restore.Add(d);
            restore.Add(end);
            d = end;
        }

        return (dimensions, columns, restore.ToArray());
    }

    /// <summary>Ranks units within their period, overall and per group: 1 for the highest measure, ties sharing the better rank, 0 for no score.</summary>
    /// <remarks>A unit's rank is 1 + the number of units whose measure exceeds its own by more than the tolerance: the scored measures are
    /// sorted once per level and that number found by a binary search, with the same comparison as a count over every pair.</remarks>
    private static void Rank(int[][] members, double[] scores, double[] groupScores, int[] ranks, int groups, double[] sorted)
    {
        var levels = groups + 1;
        foreach (var units in members)
        {
            for (var level = 0; level < levels; level++)
            {
                var scored = 0;
                foreach (var a in units)
                {
                    var value = level == 0 ? scores[a] : groupScores[(a * groups) + level - 1];
                    if (!double.IsNaN(value))
                    {
                        sorted[scored++] = value;
                    }
                }

                Array.Sort(sorted, 0, scored);
                foreach (var a in units)
                {
                    var mine = level == 0 ? scores[a] : groupScores[(a * groups) + level - 1];
                    if (double.IsNaN(mine))
                    {
                        ranks[(a * levels) + level] = 0;
                        continue;
                    }

                    // The first position holding a measure above mine + tolerance: every one from there on is above.
                    var bound = mine + Tolerance;
                    int low = 0, high = scored;
                    while (low < high)
                    {
                        var middle = (low + high) >> 1;
                        if (sorted[middle] > bound)
                        {
                            high = middle;
                        }
                        else
                        {
                            low = middle + 1;
                        }
                    }

                    ranks[(a * levels) + level] = 1 + (scored - low);
                }
            }
        }
    }

    // The p-quantile of the ranks in a histogram (ranks 1..units at offset + rank); the median averages the middle pair.
    private static double Percentile(int[] histogram, int offset, int units, int total, double p, bool median)
    {
        var target = p * total;
        var cumulative = 0;
        for (var r = 1; r <= units; r++)
        {
            cumulative += histogram[offset + r];
            if (cumulative >= target - Tolerance && cumulative > 0)
            {
                if (median && Math.Abs(cumulative - target) < Tolerance && total % 2 == 0)
                {
                    // Exactly half the draws at or below r: the median lies between r and the next rank drawn.
                    for (var next = r + 1; next <= units; next++)
                    {
                        if (histogram[offset + next] > 0)
                        {
                            return (r + next) / 2.0;
                        }
                    }
                }

                return r;
            }
        }

        return units;
    }
}
