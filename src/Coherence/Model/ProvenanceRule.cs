namespace Coherence.Model;

/// <summary>Why a consensus answer is what it is.</summary>
public enum ProvenanceRule
{
    /// <summary>Every assessor who answered the cell gave this answer.</summary>
    Agreed,

    /// <summary>Only one assessor answered the cell.</summary>
    Only,

    /// <summary>The assessors differed and the answer of the role that wins was taken.</summary>
    Role,

    /// <summary>The assessors differed and the median level was taken.</summary>
    Median,

    /// <summary>The assessors differed by no more than the levels the rule allows, and the median level was taken.</summary>
    Within,

    /// <summary>The assessors differed and the answer was decided by the people reconciling, in the reconciliation workbook.</summary>
    Decision,

    /// <summary>The assessors differed and nothing settled it: the cell is recorded as unknown.</summary>
    Unresolved,
}
