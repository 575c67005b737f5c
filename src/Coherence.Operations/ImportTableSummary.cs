using System.Collections.Generic;
using Coherence.Tables;

namespace Coherence.Operations;

/// <summary>What a table import wrote.</summary>
/// <param name="Import">The assessments read from the table, with the units found and the rows left out.</param>
/// <param name="Files">The assessment files written, in table row order.</param>
public sealed record ImportTableSummary(TableImport Import, IReadOnlyList<string> Files);
