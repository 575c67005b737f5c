using System.Runtime.CompilerServices;

namespace Coherence.Workbooks;

/// <summary>Marks the few loops that read every byte of a workbook to be compiled optimized at once.</summary>
/// <remarks>
/// The runtime first compiles a method quickly and recompiles it optimized once it has run often enough, after a
/// delay that a short command such as <c>coherence import</c> spends mostly in the unoptimized code. The tag scanner
/// runs millions of times per batch: it is worth compiling well from the first call. The flag's value is written out
/// because netstandard2.0 does not name it; runtimes that do not know it ignore it.
/// </remarks>
internal static class HotPath
{
    /// <summary>Gets <c>MethodImplOptions.AggressiveOptimization</c>.</summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;
}
