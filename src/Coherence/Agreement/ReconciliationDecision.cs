using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>An answer the people reconciling agreed on for one cell, as entered in the reconciliation workbook.</summary>
/// <param name="Key">The cell.</param>
/// <param name="Status">Answered, not applicable or unknown.</param>
/// <param name="Level">The level id, on an ordinal scale.</param>
/// <param name="Value">The value, on a continuous scale.</param>
public sealed record ReconciliationDecision(ResponseKey Key, ResponseStatus Status, string? Level = null, double? Value = null)
{
    /// <summary>Gets the note that explains the decision, verbatim, or <see langword="null"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Gets where the decision was entered (<c>Desacuerdos!L7</c>), for diagnostics.</summary>
    public SourceLocation Location { get; init; } = SourceLocation.None;
}
