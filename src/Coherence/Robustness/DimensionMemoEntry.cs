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
        var cells = assessments * groups;
        Kind = new byte[cells];
        Coverage = new double[cells];
        Law = new double[cells];
        Practice = new double[cells];
        Net = new double[cells];
        Absolute = new double[cells];
        LogLaw = new double[cells];
        LogPractice = new double[cells];
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

    /// <summary>Gets what each (assessment, group) cell holds: <see cref="NotApplicable"/>, <see cref="Unscored"/> or <see cref="Scored"/>.</summary>
    public byte[] Kind { get; }

    /// <summary>Gets the coverage of each cell.</summary>
    public double[] Coverage { get; }

    /// <summary>Gets the law score of each scored cell.</summary>
    public double[] Law { get; }

    /// <summary>Gets the practice score of each scored cell.</summary>
    public double[] Practice { get; }

    /// <summary>Gets the net gap of each scored cell.</summary>
    public double[] Net { get; }

    /// <summary>Gets the absolute gap of each scored cell.</summary>
    public double[] Absolute { get; }

    /// <summary>Gets the natural logarithm of each scored law value (for a geometric parent).</summary>
    public double[] LogLaw { get; }

    /// <summary>Gets the natural logarithm of each scored practice value.</summary>
    public double[] LogPractice { get; }
}
