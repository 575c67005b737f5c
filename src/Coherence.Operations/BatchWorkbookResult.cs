using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>The workbooks a batch made, in the order of the list.</summary>
/// <param name="Paths">The workbooks written.</param>
public sealed record BatchWorkbookResult(IReadOnlyList<string> Paths);
