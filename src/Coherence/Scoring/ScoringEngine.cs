using System;
using System.Collections.Generic;
using System.Globalization;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>Scores assessments against one rubric: law, practice, gap and coherence per indicator, dimension, group and overall.</summary>
/// <remarks>
/// The method is written down in <c>docs/methodology.md</c>. The engine is deterministic and culture-invariant:
/// children are combined in document order and no text is parsed or formatted while scoring.
/// An instance holds no state besides the rubric, so one can score many assessments, from several threads.
/// </remarks>
public sealed class ScoringEngine
{
    private const double Tolerance = 1e-9;
    private readonly Rubric rubric;
    private readonly bool hasLaw;
    private readonly bool hasPractice;
    private readonly bool hasGap;

    /// <summary>Initializes a new instance of the <see cref="ScoringEngine"/> class.</summary>
    /// <param name="rubric">The rubric to score against.</param>
    public ScoringEngine(Rubric rubric)
    {
        this.rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));
        hasLaw = rubric.FindFacet(Facet.Law) is not null;
        hasPractice = rubric.FindFacet(Facet.Practice) is not null;
        hasGap = hasLaw && hasPractice;
    }

    /// <summary>Gets the rubric scored against.</summary>
    public Rubric Rubric => rubric;

    /// <summary>Scores one assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Every score, and the diagnostics of responses that could not be used.</returns>
    public AssessmentScore Score(Assessment assessment)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        var diagnostics = new List<Diagnostic>();
        var responses = AssessmentValidator.Check(rubric, assessment, diagnostics);
        var indicators = new List<IndicatorScore>();
        var root = ScoreDimension(rubric.Root, 0, rubric.Root.Id, responses, indicators);
        var matrix = new List<MatrixCell>();
        foreach (var group in rubric.Groups)
        {
            foreach (var child in root.Children)
            {
                var cell = child.ByGroup[group.Id];
                matrix.Add(new MatrixCell(group.Id, child.NodeId, cell, Classify(cell)));
            }
        }

        return new AssessmentScore(assessment, root, indicators, matrix, diagnostics);
    }

    /// <summary>Lays a score out as tidy rows: for every node in rubric order, its score over all groups, then per group.</summary>
    /// <remarks>
    /// The root and every dimension give one row over all groups (<see cref="ScoreRow.AllGroups"/>) and one per migrant group;
    /// an indicator gives one row per group it applies to. As the method classifies them, only the cells of the group by
    /// top-level dimension matrix and the indicator rows carry a class; every other row's class is <see langword="null"/>.
    /// </remarks>
    /// <param name="score">A score this engine computed.</param>
    /// <returns>The rows, in rubric order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<ScoreRow> Rows(AssessmentScore score)
    {
        if (score is null)
        {
            throw new ArgumentNullException(nameof(score));
        }

        return RowsOf(score);
    }

    private List<ScoreRow> RowsOf(AssessmentScore score)
    {
        var assessment = score.Assessment;
        // A consensus names every team's assessors: its scores are no one team's, so they carry no role.
        AssessorRole? role = assessment.Assessors.Count > 0 && assessment.Reconciliation is null ? assessment.Assessors[0].Role : null;
        var rows = new List<ScoreRow>(score.Indicators.Count + (rubric.Groups.Count + 1) * 32);
        var next = 0;
        AddRows(rows, score, score.Root, rubric.Root, null, role, ref next);
        return rows;
    }

    // Depth first, as the engine scored: a node's rows, then each child's in rubric order.
    private void AddRows(List<ScoreRow> rows, AssessmentScore score, NodeScore node, Dimension dimension, string? top, AssessorRole? role, ref int next)
    {
        var assessment = score.Assessment;
        var kind = node.Depth == 0 ? NodeKind.Rubric : NodeKind.Dimension;
        rows.Add(new ScoreRow(assessment.Country, assessment.CountryName, assessment.Period, rubric.Id, rubric.Version, role, ScoreRow.AllGroups, node.NodeId, kind, node.Depth, top, node.Overall, null) { Variant = rubric.VariantId });
        var matrix = node.Depth == 1;
        foreach (var group in rubric.Groups)
        {
            var cell = node.ByGroup[group.Id];
            rows.Add(new ScoreRow(assessment.Country, assessment.CountryName, assessment.Period, rubric.Id, rubric.Version, role, group.Id, node.NodeId, kind, node.Depth, top, cell, matrix ? Classify(cell) : null) { Variant = rubric.VariantId });
        }

        var sub = 0;
        foreach (var child in dimension.Children)
        {
            if (child is Indicator indicator)
            {
                // The engine appends indicator cells in this same depth-first order, one per group that applies.
                while (next < score.Indicators.Count && string.Equals(score.Indicators[next].IndicatorId, indicator.Id, StringComparison.Ordinal))
                {
                    var cell = score.Indicators[next++];
                    rows.Add(new ScoreRow(assessment.Country, assessment.CountryName, assessment.Period, rubric.Id, rubric.Version, role, cell.GroupId, indicator.Id, NodeKind.Indicator, node.Depth + 1, top ?? cell.DimensionId, cell.Score, cell.Class) { Variant = rubric.VariantId });
                }
            }
            else if (child is Dimension childDimension)
            {
                AddRows(rows, score, node.Children[sub++], childDimension, top ?? childDimension.Id, role, ref next);
            }
        }
    }

    /// <summary>Classifies an aggregate of a two-facet rubric by the rubric's thresholds.</summary>
    /// <param name="score">The aggregate.</param>
    /// <returns>The class, or <see langword="null"/> for single-facet rubrics and for what does not apply.</returns>
    public GapClass? Classify(Aggregate score)
    {
        if (!hasGap || score.Status == ScoreStatus.NotApplicable || score.Applicable == 0)
        {
            return null;
        }

        if (score.AbsoluteGap is not { } absolute || score.NetGap is not { } net || score.Law is not { } law || score.Practice is not { } practice)
        {
            return GapClass.InsufficientData;
        }

        var thresholds = rubric.Thresholds;
        if (absolute >= thresholds.Gap - Tolerance)
        {
            return net >= 0 ? GapClass.ImplementationGap : GapClass.PracticeAheadOfLaw;
        }

        return (law + practice) / 2 >= thresholds.High - Tolerance ? GapClass.CoherentHigh : GapClass.CoherentLow;
    }

    private static readonly Aggregate MarkedNotApplicable = Aggregate.NotApplicable with { Reason = ScoreReason.MarkedNotApplicable };


    private static bool Enough(double coverage, int count, double minCoverage) => count > 0 && coverage >= minCoverage - Tolerance;

    private NodeScore ScoreDimension(Dimension dimension, int depth, string topId, Dictionary<ResponseKey, Response> responses, List<IndicatorScore> indicators)
    {
        var children = dimension.Children;
        var groups = rubric.Groups;
        var weights = new double[children.Count];
        var childScores = new List<NodeScore>();

        // perChild[c][g]: child c's aggregate for the g-th group of the rubric.
        var perChild = new Aggregate[children.Count][];
        for (var c = 0; c < children.Count; c++)
        {
            weights[c] = children[c].Weight;
            switch (children[c])
            {
                case Dimension sub:
                    var subScore = ScoreDimension(sub, depth + 1, depth == 0 ? sub.Id : topId, responses, indicators);
                    childScores.Add(subScore);
                    perChild[c] = new Aggregate[groups.Count];
                    for (var g = 0; g < groups.Count; g++)
                    {
                        perChild[c][g] = subScore.ByGroup[groups[g].Id];
                    }

                    break;
                case Indicator indicator:
                    perChild[c] = ScoreIndicator(indicator, topId, responses, indicators);
                    break;
            }
        }

        var byGroup = new Dictionary<string, Aggregate>(groups.Count, StringComparer.Ordinal);
        var groupWeights = new double[groups.Count];
        var groupScores = new Aggregate[groups.Count];
        var column = new Aggregate[children.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            for (var c = 0; c < children.Count; c++)
            {
                column[c] = perChild[c][g];
            }

            var score = Combine(dimension.Aggregation, dimension.MinCoverage, weights, column);
            byGroup[groups[g].Id] = score;
            groupWeights[g] = groups[g].Weight;
            groupScores[g] = score;
        }

        var overall = Combine(AggregationMethod.Weighted, dimension.MinCoverage, groupWeights, groupScores);
        return new NodeScore(dimension.Id, depth, byGroup, overall, childScores);
    }

    private Aggregate[] ScoreIndicator(Indicator indicator, string dimensionId, Dictionary<ResponseKey, Response> responses, List<IndicatorScore> indicators)
    {
        var byGroup = new Aggregate[rubric.Groups.Count];
        for (var g = 0; g < byGroup.Length; g++)
        {
            var group = rubric.Groups[g];
            if (!indicator.AppliesTo(group.Id))
            {
                byGroup[g] = Aggregate.NotApplicable;
                continue;
            }

            responses.TryGetValue(new ResponseKey(indicator.Id, group.Id, Facet.Law), out var law);
            responses.TryGetValue(new ResponseKey(indicator.Id, group.Id, Facet.Practice), out var practice);
            var score = ScoreCell(indicator, law, practice);
            byGroup[g] = score;
            indicators.Add(new IndicatorScore(indicator.Id, group.Id, dimensionId, score, Classify(score), law, practice));
        }

        return byGroup;
    }

    private Aggregate ScoreCell(Indicator indicator, Response? law, Response? practice)
    {
        var lawOut = law?.Status == ResponseStatus.NotApplicable;
        var practiceOut = practice?.Status == ResponseStatus.NotApplicable;
        var ratesLaw = hasLaw && indicator.FindFacet(Facet.Law) is not null;
        var ratesPractice = hasPractice && indicator.FindFacet(Facet.Practice) is not null;

        // "Not applicable" on one facet takes the whole cell out, unless the other facet is answered: then that answer is
        // kept, the marked facet's cell drops out, and the validator has warned (ASM031). No answer is dropped silently.
        if (lawOut || practiceOut)
        {
            var keepLaw = ratesLaw && !lawOut && law?.Status == ResponseStatus.Answered;
            var keepPractice = ratesPractice && !practiceOut && practice?.Status == ResponseStatus.Answered;
            if (!keepLaw && !keepPractice)
            {
                return MarkedNotApplicable;
            }

            ratesLaw = keepLaw;
            ratesPractice = keepPractice;
        }

        var l = ratesLaw ? Normalize(indicator, Facet.Law, law) : null;
        var p = ratesPractice ? Normalize(indicator, Facet.Practice, practice) : null;
        var lawAnswered = l is null ? 0 : 1;
        var practiceAnswered = p is null ? 0 : 1;

        // The cell is paired when it rates every facet of the rubric (in a single-facet rubric, its one facet).
        var paired = (!hasLaw || ratesLaw) && (!hasPractice || ratesPractice);
        var complete = (!ratesLaw || l is not null) && (!ratesPractice || p is not null);
        double? net = hasGap && paired && complete ? l!.Value - p!.Value : null;
        double? absolute = net is { } n ? Math.Abs(n) : null;
        ScoreReason? reason = null;
        if (!complete)
        {
            reason = (ratesLaw && l is null, ratesPractice && p is null) switch
            {
                (true, true) => ScoreReason.NotAnswered,
                (true, false) => ScoreReason.LawNotAnswered,
                _ => ScoreReason.PracticeNotAnswered,
            };
        }

        var pairedAnswered = paired && complete ? 1 : 0;
        return new Aggregate(complete ? ScoreStatus.Scored : ScoreStatus.InsufficientData, l, p, net, absolute, pairedAnswered, pairedAnswered, paired ? 1 : 0, reason, lawAnswered, practiceAnswered, l, p, ratesLaw ? 1 : 0, ratesPractice ? 1 : 0, lawAnswered, practiceAnswered);
    }

    private double? Normalize(Indicator indicator, string facetId, Response? response)
    {
        if (response is null || response.Status != ResponseStatus.Answered)
        {
            return null;
        }

        var scale = rubric.ScaleOf(indicator, facetId);
        if (scale is null)
        {
            return null;
        }

        if (scale.Kind == ScaleKind.Ordinal)
        {
            return response.Level is { } id && scale.FindLevel(id) is { } level ? scale.Normalize(level.Value) : null;
        }

        return response.Value is { } value ? scale.Normalize(value) : null;
    }

    private Aggregate Combine(AggregationMethod method, double minCoverage, double[] weights, Aggregate[] children)
    {
        // One pass: the means need only weighted sums, so nothing is buffered.
        var geometric = method == AggregationMethod.Geometric;
        var law = new Mean(geometric);
        var practice = new Mean(geometric);
        var lawAll = new Mean(geometric);
        var practiceAll = new Mean(geometric);
        var net = new Mean(false);
        var absolute = new Mean(false);
        double pairedWeight = 0, lawWeight = 0, practiceWeight = 0, coverage = 0, lawCoverage = 0, practiceCoverage = 0;
        int answered = 0, applicable = 0, lawApplicable = 0, practiceApplicable = 0, lawAnswered = 0, practiceAnswered = 0;
        for (var c = 0; c < children.Length; c++)
        {
            var child = children[c];
            answered += child.Answered;
            applicable += child.Applicable;
            var weight = method == AggregationMethod.Arithmetic ? 1.0 : weights[c];
            if (child.Status == ScoreStatus.NotApplicable || weight <= 0)
            {
                continue;
            }

            // The facet reading: each facet over every cell that rates it, paired or not.
            if (child.LawApplicable > 0)
            {
                lawWeight += weight;
                lawCoverage += weight * child.LawCoverage;
                lawApplicable += child.LawApplicable;
                lawAnswered += child.LawAnswered;
                lawAll.Add(weight, child.LawAllCells);
            }

            if (child.PracticeApplicable > 0)
            {
                practiceWeight += weight;
                practiceCoverage += weight * child.PracticeCoverage;
                practiceApplicable += child.PracticeApplicable;
                practiceAnswered += child.PracticeAnswered;
                practiceAll.Add(weight, child.PracticeAllCells);
            }

            if (child.Applicable == 0)
            {
                // Rates one facet of a two-facet rubric: no pair below, so the paired reading leaves it out.
                continue;
            }

            pairedWeight += weight;
            coverage += weight * child.Coverage;
            if (!hasGap)
            {
                law.Add(weight, child.Law);
                practice.Add(weight, child.Practice);
            }
            else if (child.AbsoluteGap is not null)
            {
                // Law and practice are compared on the same cells: only children with both facets count, so that
                // a node's net gap is its law minus its practice. Gaps can be negative or zero, so they are always
                // combined arithmetically, with the node's weights.
                law.Add(weight, child.Law);
                practice.Add(weight, child.Practice);
                net.Add(weight, child.NetGap);
                absolute.Add(weight, child.AbsoluteGap);
            }
        }

        if (pairedWeight <= 0 && lawWeight <= 0 && practiceWeight <= 0)
        {
            return Aggregate.NotApplicable with { Answered = answered, Applicable = applicable };
        }

        lawCoverage = lawWeight > 0 ? lawCoverage / lawWeight : 0;
        practiceCoverage = practiceWeight > 0 ? practiceCoverage / practiceWeight : 0;
        double? lawAllValue = Enough(lawCoverage, lawAll.Count, minCoverage) ? lawAll.Value : null;
        double? practiceAllValue = Enough(practiceCoverage, practiceAll.Count, minCoverage) ? practiceAll.Value : null;
        if (pairedWeight <= 0)
        {
            // Only indicators that rate one facet below: the facet reading is all there is.
            var any = lawAllValue is not null || practiceAllValue is not null;
            var facetReason = any ? null : (lawAll.Count + practiceAll.Count == 0
                ? ScoreReason.NoData
                : new ScoreReason(ScoreReasonCode.CoverageBelowMinimum, Math.Max(lawCoverage, practiceCoverage), minCoverage));
            return new Aggregate(any ? ScoreStatus.Scored : ScoreStatus.InsufficientData, null, null, null, null, 0, answered, applicable, facetReason, lawCoverage, practiceCoverage, lawAllValue, practiceAllValue, lawApplicable, practiceApplicable, lawAnswered, practiceAnswered);
        }

        coverage /= pairedWeight;

        // A single-facet rubric has one of law and practice; a two-facet rubric is complete where it has a gap.
        var complete = hasGap ? absolute : (hasLaw ? law : practice);
        var enough = Enough(coverage, complete.Count, minCoverage);
        double? lawValue = hasGap ? (enough ? law.Value : null) : lawAllValue;
        double? practiceValue = hasGap ? (enough ? practice.Value : null) : practiceAllValue;
        double? netValue = hasGap && enough ? net.Value : null;
        double? absoluteValue = hasGap && enough ? absolute.Value : null;
        var status = enough ? ScoreStatus.Scored : ScoreStatus.InsufficientData;
        var reason = enough ? null : complete.Count == 0
            ? ScoreReason.NoData
            : new ScoreReason(ScoreReasonCode.CoverageBelowMinimum, coverage, minCoverage);
        return new Aggregate(status, lawValue, practiceValue, netValue, absoluteValue, coverage, answered, applicable, reason, lawCoverage, practiceCoverage, lawAllValue, practiceAllValue, lawApplicable, practiceApplicable, lawAnswered, practiceAnswered);
    }

    /// <summary>A running weighted mean, arithmetic or geometric, of the values that are present.</summary>
    private struct Mean
    {
        private readonly bool geometric;
        private double sum;
        private bool zero;

        public Mean(bool geometric)
        {
            this.geometric = geometric;
            sum = 0;
            zero = false;
            Weight = 0;
            Count = 0;
        }

        public double Weight { get; private set; }

        public int Count { get; private set; }

        public readonly double Value => geometric ? (zero ? 0 : Math.Exp(sum / Weight)) : sum / Weight;

        public void Add(double weight, double? value)
        {
            if (value is not { } x)
            {
                return;
            }

            if (weight <= 0)
            {
                // A child of zero weight counts for nothing, not even coverage.
                return;
            }

            Weight += weight;
            Count++;
            if (!geometric)
            {
                sum += weight * x;
            }
            else if (x <= 0)
            {
                zero = true;
            }
            else
            {
                sum += weight * Math.Log(x);
            }
        }
    }
}
