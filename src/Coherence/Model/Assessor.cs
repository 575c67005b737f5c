namespace Coherence.Model;

/// <summary>A person who took part in an assessment.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organization">The organisation they belong to.</param>
/// <param name="Role">On whose behalf they rate.</param>
public sealed record Assessor(string Name, string? Organization, AssessorRole Role);
