namespace Coherence.Robustness;

/// <summary>Work space for scoring one assessment under one draw: per dimension and group, a status and the aggregates.</summary>
/// <remarks>One per thread, reused for every assessment and draw. Status 0 is not applicable, 1 insufficient data, 2 scored.</remarks>
internal sealed class DrawScratch
{
    public DrawScratch(RobustnessModel model)
    {
        var size = model.Dimensions * model.Groups;
        Status = new byte[size];
        Law = new double[size];
        Practice = new double[size];
        Net = new double[size];
        Absolute = new double[size];
        Coverage = new double[size];
    }

    /// <summary>Copies the aggregates of a range of dimensions from another scratch.</summary>
    /// <param name="other">The scratch to copy from.</param>
    /// <param name="from">The first position (dimension × groups).</param>
    /// <param name="to">The end position, exclusive.</param>
    public void CopyFrom(DrawScratch other, int from, int to)
    {
        var length = to - from;
        if (length <= 0)
        {
            return;
        }

        System.Array.Copy(other.Status, from, Status, from, length);
        System.Array.Copy(other.Law, from, Law, from, length);
        System.Array.Copy(other.Practice, from, Practice, from, length);
        System.Array.Copy(other.Net, from, Net, from, length);
        System.Array.Copy(other.Absolute, from, Absolute, from, length);
        System.Array.Copy(other.Coverage, from, Coverage, from, length);
    }

    public byte[] Status { get; }

    public double[] Law { get; }

    public double[] Practice { get; }

    public double[] Net { get; }

    public double[] Absolute { get; }

    public double[] Coverage { get; }
}
