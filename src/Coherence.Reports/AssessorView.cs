namespace Coherence.Reports;

/// <summary>A person who took part in an assessment.</summary>
/// <param name="Name">The person's name.</param>
/// <param name="Organization">Their organisation, or <see langword="null"/>.</param>
/// <param name="Role"><c>government</c>, <c>civil-society</c> or <c>independent</c>.</param>
/// <param name="RoleName">The role in the report's language.</param>
public sealed record AssessorView(string Name, string? Organization, string Role, string RoleName);
