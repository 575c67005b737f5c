using System.Runtime.InteropServices;

namespace Coherence.Robustness;

/// <summary>The aggregates of one dimension for one group in a draw, side by side so that a parent reads a child in one place.</summary>
/// <remarks>
/// A mutable struct on purpose: the draw engine updates cells in place in an array, one per (dimension, group), and a parent's
/// aggregation reads each child's cell whole (64 bytes, one cache line). Status 0 is not applicable, 1 insufficient data,
/// 2 scored; the values are read only where the status is 2, the coverage where it is 1 or 2.
/// </remarks>
[StructLayout(LayoutKind.Sequential)]
internal struct DimensionCell
{
    /// <summary>The law score.</summary>
    public double Law;

    /// <summary>The practice score.</summary>
    public double Practice;

    /// <summary>The net gap (law − practice).</summary>
    public double Net;

    /// <summary>The absolute gap.</summary>
    public double Absolute;

    /// <summary>The coverage: the weighted share of applicable children that are answered or scored.</summary>
    public double Coverage;

    /// <summary>The natural logarithm of <see cref="Law"/>, once a geometric parent has needed it.</summary>
    public double LogLaw;

    /// <summary>The natural logarithm of <see cref="Practice"/>, once a geometric parent has needed it.</summary>
    public double LogPractice;

    /// <summary>0 not applicable, 1 insufficient data, 2 scored.</summary>
    public byte Status;

    /// <summary>Whether <see cref="LogLaw"/> and <see cref="LogPractice"/> hold the logarithms of the values now in place.</summary>
    public bool LogReady;
}
