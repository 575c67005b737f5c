namespace Coherence.Robustness;

/// <summary>Work space for scoring one assessment under one draw: per dimension and group, a status and the aggregates.</summary>
/// <remarks>One per assessment (or per thread), reused for every draw. Status 0 is not applicable, 1 insufficient data, 2 scored.</remarks>
internal sealed class DrawScratch
{
    public DrawScratch(RobustnessModel model)
    {
        Cells = new DimensionCell[model.Dimensions * model.Groups];
        Values = model.NewValueTable();
    }

    /// <summary>Copies the aggregates of a range of dimensions from another scratch.</summary>
    /// <param name="other">The scratch to copy from.</param>
    /// <param name="from">The first position (dimension × groups).</param>
    /// <param name="to">The end position, exclusive.</param>
    public void CopyFrom(DrawScratch other, int from, int to)
    {
        var length = to - from;
        if (length > 0)
        {
            System.Array.Copy(other.Cells, from, Cells, from, length);
        }
    }

    /// <summary>Gets the aggregates of every (dimension, group), at <c>dimension * Groups + group</c>.</summary>
    public DimensionCell[] Cells { get; }

    /// <summary>Gets the value table answers are read from: the draw's ordinal level values, then the fixed continuous values.</summary>
    public double[] Values { get; }
}
