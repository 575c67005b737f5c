using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;

namespace Coherence.Operations;

/// <summary>What an operation produced and every diagnostic it met; shells turn it into output and an exit code.</summary>
/// <typeparam name="T">The kind of value produced.</typeparam>
/// <param name="Value">The value, or <see langword="null"/> when nothing could be produced.</param>
/// <param name="Diagnostics">Every problem met, in order.</param>
public sealed record OperationResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    /// <summary>Gets a value indicating whether the operation met no error.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}
