using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>Where an answer of a consensus assessment came from, and why.</summary>
/// <param name="From">The ids of the assessments whose answer was taken (<c>government</c>, <c>civil-society</c>), as the consensus lists them in its sources.</param>
/// <param name="Rule">Why this answer: agreed, the only one, a rule, or a decision.</param>
public sealed record AnswerProvenance(IReadOnlyList<string> From, ProvenanceRule Rule)
{
    /// <summary>Gets a note on the decision, or the answers that were not taken, verbatim; <see langword="null"/> when none.</summary>
    public string? Note { get; init; }
}
