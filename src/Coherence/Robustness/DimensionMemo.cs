using System;
using System.Collections.Generic;

namespace Coherence.Robustness;

/// <summary>Keeps the aggregates of the dimensions whose children are all indicators, per set of the inputs that decide them, so that a draw with inputs seen before copies them instead of aggregating again.</summary>
/// <remarks>
/// <para>
/// In a Saltelli design most inputs leave such a dimension alone: thresholds, the minimum coverage, weights and aggregation
/// higher up, the dimension left out. Those that reach it (its level values, its aggregation, a variant) usually take a few
/// values, so a few sets of aggregates serve every draw. A dimension whose child weights vary continuously is not kept: its
/// inputs would not come again.
/// </para>
/// <para>
/// Inputs are compared bit for bit, and the aggregation is the same code with the same inputs, so a copy is exactly what
/// aggregating again would give. Before the assessments of a draw are scored, <see cref="Resolve"/> finds or makes the entry
/// of each kept dimension; the first assessment scored under a new entry fills its part of it.
/// </para>
/// </remarks>
internal sealed class DimensionMemo
{
    // Beyond this many sets of inputs per dimension, the oldest is replaced: still exact, only slower.
    private const int MaxEntries = 8;

    private readonly RobustnessModel model;
    private readonly List<DimensionMemoEntry>[] entries;
    private readonly int[] replace;

    /// <summary>Initializes a new instance of the <see cref="DimensionMemo"/> class.</summary>
    /// <param name="model">The model.</param>
    /// <param name="kept">Whether each dimension is to be kept; only those whose children are all indicators are.</param>
    public DimensionMemo(RobustnessModel model, bool[] kept)
    {
        this.model = model;
        entries = new List<DimensionMemoEntry>[model.Dimensions];
        replace = new int[model.Dimensions];
        Current = new DimensionMemoEntry?[model.Dimensions];
        for (var d = 0; d < model.Dimensions; d++)
        {
            if (kept[d] && model.ChildEnd(d) > model.ChildStart(d) && AllIndicators(model, d))
            {
                entries[d] = new List<DimensionMemoEntry>();
            }
        }
    }

    /// <summary>Gets the entry of each dimension for the draw last resolved, or <see langword="null"/> for a dimension not kept.</summary>
    public DimensionMemoEntry?[] Current { get; }

    /// <summary>Finds, for each kept dimension, the entry of a draw's inputs, making one (empty) when they are new.</summary>
    /// <param name="state">The draw.</param>
    public void Resolve(DrawState state)
    {
        for (var d = 0; d < entries.Length; d++)
        {
            var list = entries[d];
            if (list is null)
            {
                continue;
            }

            var start = model.ChildStart(d);
            var end = model.ChildEnd(d);
            var leftOut = state.LeftOut >= start && state.LeftOut < end ? state.LeftOut : -1;
            var geometric = state.Geometric[d];
            DimensionMemoEntry? found = null;
            foreach (var entry in list)
            {
                if (entry.Geometric == geometric && entry.LeftOut == leftOut && Same(entry.Weights, state.Weights, start) && Same(entry.Levels, state.LevelValues, 0))
                {
                    found = entry;
                    break;
                }
            }

            if (found is null)
            {
                if (list.Count < MaxEntries)
                {
                    found = new DimensionMemoEntry(end - start, model.Levels, model.Assessments.Count, model.Groups);
                    list.Add(found);
                }
                else
                {
                    found = list[replace[d]];
                    replace[d] = (replace[d] + 1) % MaxEntries;
                    Array.Clear(found.Filled, 0, found.Filled.Length);
                }

                found.Geometric = geometric;
                found.LeftOut = leftOut;
                Array.Copy(state.Weights, start, found.Weights, 0, end - start);
                Array.Copy(state.LevelValues, found.Levels, found.Levels.Length);
            }

            Current[d] = found;
        }
    }

    private static bool AllIndicators(RobustnessModel model, int d)
    {
        for (var slot = model.ChildStart(d); slot < model.ChildEnd(d); slot++)
        {
            if (model.DimensionAt(slot) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    // Bit for bit: 0.0 and −0.0 are different inputs here, as are two NaNs with different payloads.
    private static bool Same(double[] kept, double[] values, int offset)
    {
        for (var i = 0; i < kept.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(kept[i]) != BitConverter.DoubleToInt64Bits(values[offset + i]))
            {
                return false;
            }
        }

        return true;
    }
}
