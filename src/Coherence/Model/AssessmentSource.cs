namespace Coherence.Model;

/// <summary>The file an assessment was read from, for provenance in results and reports.</summary>
/// <param name="Path">The path as the user gave it.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, lower-case hex.</param>
public sealed record AssessmentSource(string Path, string Sha256)
{
    /// <summary>Gets where each response starts in the file, in response order, so that problems found later point at it; empty when unknown.</summary>
    public System.Collections.Generic.IReadOnlyList<Diagnostics.SourceLocation> ResponseLocations { get; init; } = System.Array.Empty<Diagnostics.SourceLocation>();
}
