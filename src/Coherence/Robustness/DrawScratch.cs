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
        LogLaw = new double[size];
        LogPractice = new double[size];
        LogReady = new bool[size];
        Values = model.NewValueTable();
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
        System.Array.Copy(other.LogLaw, from, LogLaw, from, length);
        System.Array.Copy(other.LogPractice, from, LogPractice, from, length);
        System.Array.Copy(other.LogReady, from, LogReady, from, length);
    }

    public byte[] Status { get; }

    public double[] Law { get; }

    public double[] Practice { get; }

    public double[] Net { get; }

    public double[] Absolute { get; }

    public double[] Coverage { get; }

    /// <summary>Gets the natural logarithm of each scored law value, once a geometric parent has needed it.</summary>
    public double[] LogLaw { get; }

    /// <summary>Gets the natural logarithm of each scored practice value, once a geometric parent has needed it.</summary>
    public double[] LogPractice { get; }

    /// <summary>Gets whether <see cref="LogLaw"/> and <see cref="LogPractice"/> hold the logarithms of the values now in place; cleared whenever a value is aggregated again.</summary>
    public bool[] LogReady { get; }

    /// <summary>Gets the value table answers are read from: the draw's ordinal level values, then the fixed continuous values.</summary>
    public double[] Values { get; }
}
