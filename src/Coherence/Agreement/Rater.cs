using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>One assessment of a set, seen as one rater: the team that made it.</summary>
/// <param name="Id">A short id, unique in the set, that tables and provenance cite: the role (<c>government</c>), numbered when a role recurs (<c>independent-2</c>).</param>
/// <param name="Role">The role of its first assessor, or <see langword="null"/> when it names none.</param>
/// <param name="Label">What people call it: the organisation or names of its assessors, or its id.</param>
/// <param name="Assessment">The assessment.</param>
public sealed record Rater(string Id, AssessorRole? Role, string Label, Assessment Assessment);
