namespace Coherence.Robustness;

/// <summary>The aggregates of one dimension, for every assessment and group, under one set of the inputs that decide them.</summary>
/// <remarks>
/// The inputs are the dimension's child weights, its aggregation, the child left out when it is one of the dimension's and the
/// ordinal level values: with the same inputs, bit for bit, the aggregation gives the same numbers, so a draw may copy them. The
/// minimum coverage is not an input: the coverage and whether anything was scored are kept, and each draw decides the status
/// with its own threshold.
/// </remarks>
internal sealed class DimensionMemoEntry
{
    /// <summary>Marks a cell where nothing applies.</summary>
    public const byte NotApplicable = 0;

    /// <summary>Marks a cell where something applies but nothing is answered.</summary>
    public const byte Unscored = 1;

    /// <summary>Marks a cell with scored children: its values are kept.</summary>
    public const byte Scored = 2;

    public DimensionMemoEntry(int slots, int levels, int assessments, int groups)
    {
        Weights = new double[slots];
        Levels = new double[levels];
        Filled = new bool[assessments];
        Cells = new DimensionCell[assessments * groups];
    }

    /// <summary>Gets or sets whether the dimension means law and practice geometrically under these inputs.</summary>
    public bool Geometric { get; set; }

    /// <summary>Gets or sets the dimension's child slot left out, or −1.</summary>
    public int LeftOut { get; set; }

    /// <summary>Gets the weights of the dimension's child slots.</summary>
    public double[] Weights { get; }

    /// <summary>Gets the normalised values of every ordinal level.</summary>
    public double[] Levels { get; }

    /// <summary>Gets whether each assessment's aggregates are kept yet.</summary>
    public bool[] Filled { get; }

    /// <summary>Gets the aggregates of each (assessment, group), at <c>assessment * groups + group</c>: the status is <see cref="NotApplicable"/>, <see cref="Unscored"/> or <see cref="Scored"/> (whatever the minimum coverage), and the logarithms are taken.</summary>
    public DimensionCell[] Cells { get; }
}
