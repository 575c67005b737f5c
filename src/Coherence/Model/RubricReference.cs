namespace Coherence.Model;

/// <summary>Which rubric an assessment answers: id, version and the content hash of the exact text.</summary>
/// <param name="Id">The rubric id.</param>
/// <param name="Version">The rubric version.</param>
/// <param name="ContentHash">The rubric's content hash, or <see langword="null"/> when not recorded.</param>
public sealed record RubricReference(string Id, string Version, string? ContentHash)
{
    /// <summary>Creates a reference to a rubric.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>Its id, version and hash.</returns>
    public static RubricReference Of(Rubric rubric) => new(rubric.Id, rubric.Version, rubric.ContentHash);
}
