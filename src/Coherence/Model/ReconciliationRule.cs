namespace Coherence.Model;

/// <summary>A rule that settles cells on which assessors differ; rules are tried in order until one settles the cell.</summary>
/// <param name="Kind">Role, median or within.</param>
/// <param name="Role">The role that wins, for <see cref="ReconciliationRuleKind.Role"/>.</param>
/// <param name="Levels">How many levels apart answers may be, for <see cref="ReconciliationRuleKind.Within"/>.</param>
public sealed record ReconciliationRule(ReconciliationRuleKind Kind, AssessorRole? Role = null, int Levels = 0)
{
    /// <summary>Gets the rule that takes the median level.</summary>
    public static ReconciliationRule Median { get; } = new(ReconciliationRuleKind.Median);

    /// <summary>Makes the rule by which a role's answer wins.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The rule.</returns>
    public static ReconciliationRule RoleWins(AssessorRole role) => new(ReconciliationRuleKind.Role, role);

    /// <summary>Makes the rule that takes the median level of answers no more than <paramref name="levels"/> apart.</summary>
    /// <param name="levels">How many levels apart answers may be (0 or more).</param>
    /// <returns>The rule.</returns>
    public static ReconciliationRule WithinLevels(int levels) => new(ReconciliationRuleKind.Within, Levels: levels);
}
