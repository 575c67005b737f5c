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

    public byte[] Status { get; }

    public double[] Law { get; }

    public double[] Practice { get; }

    public double[] Net { get; }

    public double[] Absolute { get; }

    public double[] Coverage { get; }
}
