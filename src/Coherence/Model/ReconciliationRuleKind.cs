namespace Coherence.Model;

/// <summary>The kinds of rule that settle a cell on which assessors differ.</summary>
public enum ReconciliationRuleKind
{
    /// <summary>One role's answer wins.</summary>
    Role,

    /// <summary>The median level wins (with an even number of answers, the lower of the two middle levels).</summary>
    Median,

    /// <summary>When the answers lie within a number of levels of each other, the median level wins; otherwise the cell stays open.</summary>
    Within,
}
