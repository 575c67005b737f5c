namespace Coherence.Reports;

/// <summary>One team's scores over the whole rubric.</summary>
/// <param name="Role"><c>government</c>, <c>civil-society</c> or <c>independent</c>; empty when the assessment names no role.</param>
/// <param name="RoleName">The role in the report's language, numbered when a role recurs.</param>
/// <param name="Team">What people call the team: its organisation or its assessors.</param>
/// <param name="Scores">Law, practice, gap and coherence over every group and dimension.</param>
public sealed record TeamScore(string Role, string RoleName, string Team, ScoreView Scores);
