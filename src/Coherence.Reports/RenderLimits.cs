using System;

namespace Coherence.Reports;

/// <summary>What a template may spend while it renders: loop steps, call depth, output and time.</summary>
/// <remarks>
/// The defaults are far above what the shipped templates need for the largest rubric (a profile of every indicator of
/// every group takes a few thousand loop steps and under a megabyte), and low enough that a template that never ends,
/// or writes without end, fails in seconds with a located message instead of filling the disk.
/// </remarks>
/// <param name="LoopSteps">The most loop iterations in one render, all loops together.</param>
/// <param name="Recursion">The deepest nesting of function calls and includes.</param>
/// <param name="OutputCharacters">The most characters a document may have.</param>
/// <param name="Time">The longest a render may take.</param>
internal sealed record RenderLimits(int LoopSteps, int Recursion, int OutputCharacters, TimeSpan Time)
{
    /// <summary>Gets the limits reports are rendered with.</summary>
    public static RenderLimits Default { get; } = new(1_000_000, 64, 64 * 1024 * 1024, TimeSpan.FromSeconds(20));
}
