using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>How a consensus assessment was made from several assessments of the same country and period.</summary>
/// <param name="Sources">The assessments it was reconciled from; each answer's provenance cites their ids.</param>
/// <param name="Rules">The rules applied, in order, to cells on which the assessments differed.</param>
public sealed record Reconciliation(IReadOnlyList<ReconciledSource> Sources, IReadOnlyList<ReconciliationRule> Rules)
{
    /// <summary>Gets when it was reconciled, or <see langword="null"/>.</summary>
    public DateTimeOffset? ReconciledAt { get; init; }

    /// <summary>Gets the file of decisions it was imported from (a reconciliation workbook), or <see langword="null"/>.</summary>
    public string? DecisionsFile { get; init; }
}
