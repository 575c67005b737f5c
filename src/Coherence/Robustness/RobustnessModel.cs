using System;
using System.Collections.Generic;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Robustness;

/// <summary>A rubric and its assessments compiled for many draws: the hierarchy as flat arrays, and every indicator cell's answers resolved once.</summary>
/// <remarks>
/// The per-indicator work of the scoring engine (validating responses, finding levels, normalising continuous values) is done once
/// here; a draw only re-aggregates. Every aggregation step is the scoring engine's, operation for operation, so that a draw of the
/// rubric's own choices gives the engine's numbers bit for bit (a property test checks it).
/// </remarks>
internal sealed class RobustnessModel
{
    private const double Tolerance = 1e-9;
    private const int Missing = -1;
    private const int NotApplicableCell = -2;
    private const int FixedBase = -3;
    private const int IsDimension = int.MinValue;

    private readonly int[] childStart;
    private readonly int[] childRef;
    private readonly int[] cellLaw;
    private readonly int[] cellPractice;
    private readonly double[] fixedValues;

    // Per assessment, dimension and group, the children that apply, in document order: their slot, and for an indicator its
    // two answers (indices into the value table); a child dimension has its index in Law and IsDimension in Practice.
    private readonly int[] activeStart;
    private readonly ActiveChild[] active;

    // Whether each dimension's children are all dimensions, so that its aggregation needs no branch on the kind of child.
    private readonly bool[] dimensionsOnly;

    public RobustnessModel(Rubric rubric, IReadOnlyList<Assessment> assessments)
    {
        Rubric = rubric;
        Assessments = assessments;
        Groups = rubric.Groups.Count;
        // Dimensions in post-order: children before parents, the root last.
        var dimensions = new List<Dimension>();
        var depths = new List<int>();
        Order(rubric.Root, 0, dimensions, depths);
        Dimensions = dimensions.Count;
        DimensionNodes = dimensions;
        Depth = depths.ToArray();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < dimensions.Count; d++)
        {
            indexOf[dimensions[d].Id] = d;
        }

        var indicatorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rubric.Indicators.Count; i++)
        {
            indicatorIndex[rubric.Indicators[i].Id] = i;
        }

        Indicators = rubric.Indicators.Count;
        childStart = new int[Dimensions + 1];
        var refs = new List<int>();
        for (var d = 0; d < Dimensions; d++)
        {
            childStart[d] = refs.Count;
            foreach (var child in dimensions[d].Children)
            {
                refs.Add(child is Dimension ? indexOf[child.Id] : ~indicatorIndex[child.Id]);
            }
        }

        childStart[Dimensions] = refs.Count;
        childRef = refs.ToArray();
        Slots = childRef.Length;
        Nominal = MethodOf(rubric);
        Root = Dimensions - 1;
        var top = new List<int>();
        for (var slot = childStart[Root]; slot < childStart[Root + 1]; slot++)
        {
            if (childRef[slot] >= 0)
            {
                top.Add(slot);
            }
        }

        TopSlots = top.ToArray();

        // Ordinal levels: one slot per level of every ordinal scale.
        var levelValues = new List<double>();
        var levelRaw = new List<double>();
        LevelOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var scale in rubric.Scales)
        {
            if (scale.Kind != ScaleKind.Ordinal)
            {
                continue;
            }

            LevelOffsets[scale.Id] = levelValues.Count;
            foreach (var level in scale.Levels)
            {
                levelValues.Add(scale.Normalize(level.Value));
                levelRaw.Add(level.Value);
            }
        }

        NominalLevelValues = levelValues.ToArray();
        NominalLevelRaw = levelRaw.ToArray();
        Levels = NominalLevelValues.Length;

        // Indicator cells of every assessment, resolved once.
        var cells = assessments.Count * Indicators * Groups;
        cellLaw = new int[cells];
        cellPractice = new int[cells];
        var fixedList = new List<double>();
        for (var a = 0; a < assessments.Count; a++)
        {
            var responses = AssessmentValidator.Check(rubric, assessments[a], new List<Diagnostic>());
            for (var i = 0; i < Indicators; i++)
            {
                var indicator = rubric.Indicators[i];
                for (var g = 0; g < Groups; g++)
                {
                    var cell = Cell(a, i, g);
                    var group = rubric.Groups[g].Id;
                    responses.TryGetValue(new ResponseKey(indicator.Id, group, Facet.Law), out var law);
                    responses.TryGetValue(new ResponseKey(indicator.Id, group, Facet.Practice), out var practice);
                    if (!indicator.AppliesTo(group) || law?.Status == ResponseStatus.NotApplicable || practice?.Status == ResponseStatus.NotApplicable)
                    {
                        cellLaw[cell] = NotApplicableCell;
                        cellPractice[cell] = NotApplicableCell;
                        continue;
                    }

                    cellLaw[cell] = Resolve(indicator, Facet.Law, law, fixedList);
                    cellPractice[cell] = Resolve(indicator, Facet.Practice, practice, fixedList);
                }
            }
        }

        fixedValues = fixedList.ToArray();
        MatrixCells = Groups * TopSlots.Length;
        AllDimensions = new int[Dimensions];
        Parent = new int[Dimensions];
        dimensionsOnly = new bool[Dimensions];
        for (var d = 0; d < Dimensions; d++)
        {
            AllDimensions[d] = d;
            Parent[d] = -1;
            dimensionsOnly[d] = true;
        }

        for (var d = 0; d < Dimensions; d++)
        {
            for (var slot = childStart[d]; slot < childStart[d + 1]; slot++)
            {
                if (childRef[slot] >= 0)
                {
                    Parent[childRef[slot]] = d;
                }
                else
                {
                    dimensionsOnly[d] = false;
                }
            }
        }

        (activeStart, active) = Compact(assessments.Count);
    }

    public Rubric Rubric { get; }

    public IReadOnlyList<Assessment> Assessments { get; }

    public int Groups { get; }

    public int Dimensions { get; }

    /// <summary>Gets the dimensions in post-order, the root last.</summary>
    public IReadOnlyList<Dimension> DimensionNodes { get; }

    public int[] Depth { get; }

    public int Indicators { get; }

    public int Slots { get; }

    public int Root { get; }

    /// <summary>Gets the root's child slots that are dimensions: the columns of the group × dimension matrix.</summary>
    public int[] TopSlots { get; }

    public int MatrixCells { get; }

    /// <summary>Gets every dimension in post-order: 0, 1, … the root.</summary>
    public int[] AllDimensions { get; }

    /// <summary>Gets the parent of every dimension, −1 for the root.</summary>
    public int[] Parent { get; }

    public int Levels { get; }

    public Dictionary<string, int> LevelOffsets { get; }

    /// <summary>Gets the rubric's own method laid out flat.</summary>
    public DrawMethod Nominal { get; }

    /// <summary>Gets the rubric's effective weight of every child slot.</summary>
    public double[] NominalWeights => Nominal.Weights;

    public double[] NominalLevelValues { get; }

    /// <summary>Gets the rubric's value of every ordinal level slot, before normalisation.</summary>
    public double[] NominalLevelRaw { get; }

    /// <summary>Gets the first child slot of a dimension.</summary>
    public int ChildStart(int dimension) => childStart[dimension];

    /// <summary>Gets the end (exclusive) of a dimension's child slots.</summary>
    public int ChildEnd(int dimension) => childStart[dimension + 1];

    /// <summary>Gets the dimension a slot holds, or −1 for an indicator.</summary>
    public int DimensionAt(int slot) => childRef[slot] >= 0 ? childRef[slot] : -1;

    /// <summary>Gets the id of the node a slot holds.</summary>
    public string NodeIdAt(int slot) => childRef[slot] >= 0 ? DimensionNodes[childRef[slot]].Id : Rubric.Indicators[~childRef[slot]].Id;

    /// <summary>Lays out the method of a rubric with this model's hierarchy (the rubric itself or one of its variants, resolved) flat.</summary>
    /// <param name="method">A rubric with the same dimensions, indicators and groups, in the same order.</param>
    /// <returns>Its weights per child slot, aggregation and minimum coverage per dimension, group weights and thresholds.</returns>
    /// <exception cref="ArgumentException">The rubric's hierarchy is not this model's.</exception>
    public DrawMethod MethodOf(Rubric method)
    {
        var dimensions = new List<Dimension>();
        Order(method.Root, 0, dimensions, new List<int>());
        if (dimensions.Count != Dimensions || method.Groups.Count != Groups)
        {
            throw new ArgumentException("not the hierarchy of rubric '" + Rubric.Id + "'", nameof(method));
        }

        var result = new DrawMethod(Slots, Dimensions, Groups) { Gap = method.Thresholds.Gap, High = method.Thresholds.High };
        for (var d = 0; d < Dimensions; d++)
        {
            var dimension = dimensions[d];
            if (!string.Equals(dimension.Id, DimensionNodes[d].Id, StringComparison.Ordinal) || dimension.Children.Count != childStart[d + 1] - childStart[d])
            {
                throw new ArgumentException("not the hierarchy of rubric '" + Rubric.Id + "'", nameof(method));
            }

            result.Geometric[d] = dimension.Aggregation == AggregationMethod.Geometric;
            result.MinCoverage[d] = dimension.MinCoverage;
            for (var c = 0; c < dimension.Children.Count; c++)
            {
                // Under a plain mean every child weighs 1, as in the scoring engine.
                result.Weights[childStart[d] + c] = dimension.Aggregation == AggregationMethod.Arithmetic ? 1.0 : dimension.Children[c].Weight;
            }
        }

        for (var g = 0; g < Groups; g++)
        {
            result.GroupWeights[g] = method.Groups[g].Weight;
        }

        return result;
    }

    /// <summary>Finds a dimension (or the root) by id.</summary>
    public int FindDimension(string id)
    {
        for (var d = 0; d < Dimensions; d++)
        {
            if (string.Equals(DimensionNodes[d].Id, id, StringComparison.Ordinal))
            {
                return d;
            }
        }

        return -1;
    }

    /// <summary>Scores one assessment under one draw's choices.</summary>
    /// <param name="state">The draw's choices.</param>
    /// <param name="a">The assessment.</param>
    /// <param name="scratch">Work space of this thread.</param>
    /// <param name="measure">What the overall score and the group scores are.</param>
    /// <param name="groupScores">Receives the measure of the root per group (NaN where there is none), at <c>a * Groups</c>.</param>
    /// <param name="classes">Receives the class of every matrix cell (−1 where nothing applies), at <c>a * MatrixCells</c>.</param>
    /// <returns>The overall measure, NaN when there is none.</returns>
    /// <param name="firstDimension">The first dimension, in post-order, to aggregate again; those before it keep the values in <paramref name="scratch"/>.</param>
    /// <param name="memo">The kept aggregates of this draw's inputs (<see cref="DimensionMemo.Current"/>, resolved for <paramref name="state"/>), or <see langword="null"/>.</param>
    public double Evaluate(DrawState state, int a, DrawScratch scratch, RankMeasure measure, double[] groupScores, sbyte[] classes, int firstDimension = 0, DimensionMemoEntry?[]? memo = null) =>
        Evaluate(state, a, scratch, measure, groupScores, classes, AllDimensions, firstDimension, null, memo);

    /// <summary>Scores one assessment under one draw's choices, aggregating again only the dimensions listed and classifying only the columns marked.</summary>
    /// <param name="state">The draw's choices.</param>
    /// <param name="a">The assessment.</param>
    /// <param name="scratch">Work space; the dimensions not listed keep the values it holds.</param>
    /// <param name="measure">What the overall score and the group scores are.</param>
    /// <param name="groupScores">Receives the measure of the root per group (NaN where there is none), at <c>a * Groups</c>.</param>
    /// <param name="classes">Receives the class of every matrix cell marked in <paramref name="columns"/>, at <c>a * MatrixCells</c>; the others are left as they are.</param>
    /// <param name="dimensions">The dimensions to aggregate again, in post-order (children before parents).</param>
    /// <param name="from">The first position in <paramref name="dimensions"/> to use.</param>
    /// <param name="columns">Whether each column of the matrix (<see cref="TopSlots"/>) is classified again, or <see langword="null"/> for all of them.</param>
    /// <param name="memo">The kept aggregates of this draw's inputs, or <see langword="null"/>.</param>
    /// <returns>The overall measure, NaN when there is none.</returns>
    public double Evaluate(DrawState state, int a, DrawScratch scratch, RankMeasure measure, double[] groupScores, sbyte[] classes, int[] dimensions, int from, bool[]? columns, DimensionMemoEntry?[]? memo)
    {
        var cells = scratch.Cells;
        var weights = state.Weights;

        // This draw's level values ahead of the fixed (continuous) values, so that an answer is one index into one table.
        var values = scratch.Values;
        Array.Copy(state.LevelValues, values, Levels);
        var groups = Groups;
        var leftOut = state.LeftOut;
        var activeBase = a * Dimensions * groups;
        for (var position = from; position < dimensions.Length; position++)
        {
            var d = dimensions[position];
            var geometric = state.Geometric[d];
            var minCoverage = state.MinCoverage[d];
            var kept = memo?[d];
            if (kept is not null && kept.Filled[a])
            {
                CopyKept(kept, a, d, minCoverage, cells);
                continue;
            }

            var childDimensionsOnly = dimensionsOnly[d];
            for (var g = 0; g < groups; g++)
            {
                double lawSum = 0, practiceSum = 0, netSum = 0, absoluteSum = 0, weightSum = 0, applicableWeight = 0, coverageSum = 0;
                bool lawZero = false, practiceZero = false;
                var count = 0;
                var list = activeBase + (d * groups) + g;
                var end = activeStart[list + 1];
                if (childDimensionsOnly)
                {
                    // Children that are all dimensions (the root, as a rule): no answer to read, no branch on the kind of child.
                    for (var k = activeStart[list]; k < end; k++)
                    {
                        var child = active[k];
                        var slot = child.Slot;
                        var weight = weights[slot];
                        if (weight <= 0 || slot == leftOut)
                        {
                            continue;
                        }

                        ref var c = ref cells[(child.Law * groups) + g];
                        var childStatus = c.Status;
                        if (childStatus == 0)
                        {
                            continue;
                        }

                        applicableWeight += weight;
                        coverageSum += weight * c.Coverage;
                        if (childStatus == 1)
                        {
                            continue;
                        }

                        var l = c.Law;
                        var p = c.Practice;
                        weightSum += weight;
                        count++;
                        if (geometric)
                        {
                            // A child's logarithms are taken once per value it takes, not once per parent aggregation: the rows
                            // of the design that re-aggregate only the root reuse them. Math.Log of the same value is the same.
                            if (!c.LogReady)
                            {
                                c.LogLaw = Math.Log(l);
                                c.LogPractice = Math.Log(p);
                                c.LogReady = true;
                            }

                            if (l <= 0)
                            {
                                lawZero = true;
                            }
                            else
                            {
                                lawSum += weight * c.LogLaw;
                            }

                            if (p <= 0)
                            {
                                practiceZero = true;
                            }
                            else
                            {
                                practiceSum += weight * c.LogPractice;
                            }
                        }
                        else
                        {
                            lawSum += weight * l;
                            practiceSum += weight * p;
                        }

                        netSum += weight * c.Net;
                        absoluteSum += weight * c.Absolute;
                    }
                }
                else
                {
                    for (var k = activeStart[list]; k < end; k++)
                    {
                        var child = active[k];
                        var slot = child.Slot;
                        var weight = weights[slot];
                        if (weight <= 0 || slot == leftOut)
                        {
                            continue;
                        }

                        var pr = child.Practice;
                        double l, p, n, ab;
                        if (pr == IsDimension)
                        {
                            ref var c = ref cells[(child.Law * groups) + g];
                            var childStatus = c.Status;
                            if (childStatus == 0)
                            {
                                continue;
                            }

                            applicableWeight += weight;
                            coverageSum += weight * c.Coverage;
                            if (childStatus == 1)
                            {
                                continue;
                            }

                            l = c.Law;
                            p = c.Practice;
                            n = c.Net;
                            ab = c.Absolute;
                            weightSum += weight;
                            count++;
                            if (geometric)
                            {
                                if (!c.LogReady)
                                {
                                    c.LogLaw = Math.Log(l);
                                    c.LogPractice = Math.Log(p);
                                    c.LogReady = true;
                                }

                                if (l <= 0)
                                {
                                    lawZero = true;
                                }
                                else
                                {
                                    lawSum += weight * c.LogLaw;
                                }

                                if (p <= 0)
                                {
                                    practiceZero = true;
                                }
                                else
                                {
                                    practiceSum += weight * c.LogPractice;
                                }
                            }
                            else
                            {
                                lawSum += weight * l;
                                practiceSum += weight * p;
                            }

                            netSum += weight * n;
                            absoluteSum += weight * ab;
                            continue;
                        }

                        applicableWeight += weight;
                        var lr = child.Law;
                        if (lr < 0 || pr < 0)
                        {
                            coverageSum += weight * 0.0;
                            continue;
                        }

                        coverageSum += weight * 1.0;
                        l = values[lr];
                        p = values[pr];
                        n = l - p;
                        ab = Math.Abs(n);
                        weightSum += weight;
                        count++;
                        if (geometric)
                        {
                            if (l <= 0)
                            {
                                lawZero = true;
                            }
                            else
                            {
                                lawSum += weight * Math.Log(l);
                            }

                            if (p <= 0)
                            {
                                practiceZero = true;
                            }
                            else
                            {
                                practiceSum += weight * Math.Log(p);
                            }
                        }
                        else
                        {
                            lawSum += weight * l;
                            practiceSum += weight * p;
                        }

                        netSum += weight * n;
                        absoluteSum += weight * ab;
                    }
                }

                ref var here = ref cells[(d * groups) + g];
                var keptAt = (a * groups) + g;
                if (applicableWeight <= 0)
                {
                    here.Status = 0;
                    if (kept is not null)
                    {
                        kept.Cells[keptAt].Status = DimensionMemoEntry.NotApplicable;
                    }

                    continue;
                }

                var cover = coverageSum / applicableWeight;
                here.Coverage = cover;
                if (count > 0 && (kept is not null || cover >= minCoverage - Tolerance))
                {
                    // Kept aggregates are taken whatever this draw's minimum coverage: another draw may pass where this one does not.
                    var lawScore = geometric ? (lawZero ? 0 : Math.Exp(lawSum / weightSum)) : lawSum / weightSum;
                    var practiceScore = geometric ? (practiceZero ? 0 : Math.Exp(practiceSum / weightSum)) : practiceSum / weightSum;
                    var netScore = netSum / weightSum;
                    var absoluteScore = absoluteSum / weightSum;
                    if (kept is not null)
                    {
                        kept.Cells[keptAt] = new DimensionCell
                        {
                            Status = DimensionMemoEntry.Scored,
                            Coverage = cover,
                            Law = lawScore,
                            Practice = practiceScore,
                            Net = netScore,
                            Absolute = absoluteScore,
                            LogLaw = Math.Log(lawScore),
                            LogPractice = Math.Log(practiceScore),
                            LogReady = true,
                        };
                    }

                    if (cover >= minCoverage - Tolerance)
                    {
                        here.Status = 2;
                        here.LogReady = false;
                        here.Law = lawScore;
                        here.Practice = practiceScore;
                        here.Net = netScore;
                        here.Absolute = absoluteScore;
                    }
                    else
                    {
                        here.Status = 1;
                    }
                }
                else
                {
                    here.Status = 1;
                    if (kept is not null)
                    {
                        kept.Cells[keptAt].Status = DimensionMemoEntry.Unscored;
                        kept.Cells[keptAt].Coverage = cover;
                    }
                }
            }

            if (kept is not null)
            {
                kept.Filled[a] = true;
            }
        }

        // The group × dimension matrix, classified with this draw's thresholds.
        var classBase = a * MatrixCells;
        var topSlots = TopSlots;
        var gap = state.Gap;
        var high = state.High;
        for (var column = 0; column < topSlots.Length; column++)
        {
            if (columns is not null && !columns[column])
            {
                continue;
            }

            var d = childRef[topSlots[column]];
            for (var g = 0; g < groups; g++)
            {
                ref var c = ref cells[(d * groups) + g];
                classes[classBase + (g * topSlots.Length) + column] = c.Status switch
                {
                    0 => -1,
                    1 => (sbyte)GapClass.InsufficientData,
                    _ => (sbyte)Classify(c.Law, c.Practice, c.Net, c.Absolute, gap, high),
                };
            }
        }

        // The root per group, then across groups with the groups' weights: a weighted arithmetic mean, as in the engine.
        var rootBase = Root * groups;
        double rLaw = 0, rPractice = 0, rWeight = 0, rApplicable = 0, rCoverage = 0;
        var rCount = 0;
        for (var g = 0; g < groups; g++)
        {
            ref var c = ref cells[rootBase + g];
            groupScores[(a * groups) + g] = c.Status == 2 ? Measure(measure, c.Law, c.Practice) : double.NaN;
            var weight = state.GroupWeights[g];
            if (c.Status == 0 || weight <= 0)
            {
                continue;
            }

            rApplicable += weight;
            rCoverage += weight * c.Coverage;
            if (c.Status == 2)
            {
                rLaw += weight * c.Law;
                rPractice += weight * c.Practice;
                rWeight += weight;
                rCount++;
            }
        }

        if (rApplicable <= 0 || rCount == 0 || rCoverage / rApplicable < state.MinCoverage[Root] - Tolerance)
        {
            return double.NaN;
        }

        return Measure(measure, rLaw / rWeight, rPractice / rWeight);
    }

    // A kept dimension's aggregates of one assessment, every group, with the status this draw's minimum coverage gives them:
    // the same comparison as when aggregating. Fields other than the coverage are read only where the status is 2.
    private void CopyKept(DimensionMemoEntry kept, int a, int d, double minCoverage, DimensionCell[] cells)
    {
        var groups = Groups;
        var from = a * groups;
        var to = d * groups;
        var keptCells = kept.Cells;
        for (var g = 0; g < groups; g++)
        {
            var cell = keptCells[from + g];
            if (cell.Status == DimensionMemoEntry.Scored && !(cell.Coverage >= minCoverage - Tolerance))
            {
                cell.Status = 1;
            }

            cells[to + g] = cell;
        }
    }

    /// <summary>Classifies a scored cell as the scoring engine does.</summary>
    public static GapClass Classify(double law, double practice, double net, double absolute, double gap, double high)
    {
        if (absolute >= gap - Tolerance)
        {
            return net >= 0 ? GapClass.ImplementationGap : GapClass.PracticeAheadOfLaw;
        }

        return (law + practice) / 2 >= high - Tolerance ? GapClass.CoherentHigh : GapClass.CoherentLow;
    }

    /// <summary>Gets the measure ranked on from a law and a practice score.</summary>
    public static double Measure(RankMeasure measure, double law, double practice) => measure switch
    {
        RankMeasure.Law => law,
        RankMeasure.Practice => practice,
        _ => (law + practice) / 2,
    };

    /// <summary>Makes the table of values a draw reads answers from: room for the ordinal levels, then every fixed (continuous) value.</summary>
    /// <returns>The table, its levels to be filled by each draw.</returns>
    public double[] NewValueTable()
    {
        var table = new double[Levels + fixedValues.Length];
        Array.Copy(fixedValues, 0, table, Levels, fixedValues.Length);
        return table;
    }

    // An answer as an index into the value table (levels, then fixed values), or Missing.
    private int ValueIndex(int resolved) => resolved >= 0 ? resolved : resolved == Missing ? Missing : Levels + (FixedBase - resolved);

    private int Cell(int a, int i, int g) => (((a * Indicators) + i) * Groups) + g;

    private int Resolve(Indicator indicator, string facetId, Response? response, List<double> fixedList)
    {
        if (response is null || response.Status != ResponseStatus.Answered)
        {
            return Missing;
        }

        var scale = Rubric.ScaleOf(indicator, facetId);
        if (scale is null)
        {
            return Missing;
        }

        if (scale.Kind == ScaleKind.Ordinal)
        {
            if (response.Level is not { } id)
            {
                return Missing;
            }

            for (var l = 0; l < scale.Levels.Count; l++)
            {
                if (string.Equals(scale.Levels[l].Id, id, StringComparison.Ordinal))
                {
                    return LevelOffsets[scale.Id] + l;
                }
            }

            return Missing;
        }

        if (response.Value is not { } value)
        {
            return Missing;
        }

        fixedList.Add(scale.Normalize(value));
        return FixedBase - (fixedList.Count - 1);
    }

    // Lists, once, the children each (assessment, dimension, group) aggregates, so that a draw never visits what does not
    // apply. A child dimension is marked by IsDimension in Practice and its index in Law.
    private (int[] Start, ActiveChild[] Active) Compact(int count)
    {
        var start = new int[(count * Dimensions * Groups) + 1];
        var children = new List<ActiveChild>();
        for (var a = 0; a < count; a++)
        {
            for (var d = 0; d < Dimensions; d++)
            {
                for (var g = 0; g < Groups; g++)
                {
                    start[(((a * Dimensions) + d) * Groups) + g] = children.Count;
                    for (var slot = childStart[d]; slot < childStart[d + 1]; slot++)
                    {
                        var reference = childRef[slot];
                        if (reference >= 0)
                        {
                            children.Add(new ActiveChild(slot, reference, IsDimension));
                            continue;
                        }

                        var cell = Cell(a, ~reference, g);
                        if (cellLaw[cell] == NotApplicableCell)
                        {
                            continue;
                        }

                        children.Add(new ActiveChild(slot, ValueIndex(cellLaw[cell]), ValueIndex(cellPractice[cell])));
                    }
                }
            }
        }

        start[count * Dimensions * Groups] = children.Count;
        return (start, children.ToArray());
    }

    private static void Order(Dimension dimension, int depth, List<Dimension> order, List<int> depths)
    {
        foreach (var child in dimension.Children)
        {
            if (child is Dimension sub)
            {
                Order(sub, depth + 1, order, depths);
            }
        }

        order.Add(dimension);
        depths.Add(depth);
    }
}
