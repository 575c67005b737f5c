namespace Coherence.Operations;

/// <summary>How to score a country and period that several teams assessed (government, civil society, independent experts).</summary>
public enum AssessorCombination
{
    /// <summary>Not said: such a country and period is left out of the scores, with a warning that lists the choices.</summary>
    Unspecified,

    /// <summary>Score each team's assessment on its own; every score row carries the team's role.</summary>
    ByRole,

    /// <summary>Score the consensus assessment reconciled from them (<c>coherence reconcile</c>), and only it.</summary>
    Consensus,

    /// <summary>Score the median level of the teams' answers, cell by cell (the lower of the two middle levels for two teams).</summary>
    Median,
}
