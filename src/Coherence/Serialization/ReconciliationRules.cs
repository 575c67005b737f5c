using System;
using System.Globalization;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reconciliation rules as files and command lines write them: <c>role:civil-society</c>, <c>median</c>, <c>within:1</c>.</summary>
public static class ReconciliationRules
{
    /// <summary>Writes a rule as text.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    public static string Format(ReconciliationRule rule)
    {
        if (rule is null)
        {
            throw new ArgumentNullException(nameof(rule));
        }

        return rule.Kind switch
        {
            ReconciliationRuleKind.Role => "role:" + AssessorRoleNames.Of(rule.Role ?? AssessorRole.Independent),
            ReconciliationRuleKind.Within => "within:" + rule.Levels.ToString(CultureInfo.InvariantCulture),
            _ => "median",
        };
    }

    /// <summary>Reads a rule from text, ignoring case and spaces around.</summary>
    /// <param name="text">The text.</param>
    /// <param name="rule">The rule, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a rule.</returns>
    public static bool TryParse(string? text, out ReconciliationRule rule)
    {
        rule = ReconciliationRule.Median;
        var trimmed = (text ?? string.Empty).Trim();
        var colon = trimmed.IndexOf(':');
        var head = colon < 0 ? trimmed : trimmed.Substring(0, colon).Trim();
        var tail = colon < 0 ? null : trimmed.Substring(colon + 1).Trim();
        if (string.Equals(head, "median", StringComparison.OrdinalIgnoreCase) && tail is null)
        {
            return true;
        }

        if (string.Equals(head, "role", StringComparison.OrdinalIgnoreCase) && AssessorRoleNames.TryParse(tail, out var role))
        {
            rule = ReconciliationRule.RoleWins(role);
            return true;
        }

        if (string.Equals(head, "within", StringComparison.OrdinalIgnoreCase) && int.TryParse(tail, NumberStyles.None, CultureInfo.InvariantCulture, out var levels))
        {
            rule = ReconciliationRule.WithinLevels(levels);
            return true;
        }

        return false;
    }

    /// <summary>Gets the forms a rule may take, for messages.</summary>
    public static string Forms => "role:government, role:civil-society, role:independent, median, within:<levels>";
}
