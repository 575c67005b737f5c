using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>One of the assessments a consensus assessment was reconciled from.</summary>
/// <param name="Id">The id its answers are cited by in provenance (<c>government</c>, <c>civil-society</c>, <c>independent-2</c>).</param>
/// <param name="Assessors">The people who made it.</param>
public sealed record ReconciledSource(string Id, IReadOnlyList<Assessor> Assessors)
{
    /// <summary>Gets the file it was read from, as given, or <see langword="null"/>.</summary>
    public string? Path { get; init; }

    /// <summary>Gets the SHA-256 of that file, lower-case hex, or <see langword="null"/>.</summary>
    public string? Sha256 { get; init; }
}
