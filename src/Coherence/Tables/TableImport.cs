using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Tables;

/// <summary>What a table import produced: one assessment per unit and period.</summary>
/// <param name="Assessments">The assessments, in table row order.</param>
/// <param name="Units">The country code each unit code of the table was read as, in order of first appearance.</param>
/// <param name="SkippedRows">How many rows were left out per skipped unit code.</param>
public sealed record TableImport(IReadOnlyList<Assessment> Assessments, IReadOnlyList<KeyValuePair<string, CountryCode>> Units, IReadOnlyDictionary<string, int> SkippedRows);
