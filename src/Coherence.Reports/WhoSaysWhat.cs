using System.Collections.Generic;

namespace Coherence.Reports;

/// <summary>The "who says what" section of a country profile, when several teams assessed the country and period: each team's law and practice, where two teams differ most, and how far they agree per dimension.</summary>
/// <param name="Teams">Each team's scores over the whole rubric, government first.</param>
/// <param name="First">The name of the first team compared cell by cell: the government where there is one.</param>
/// <param name="Second">The name of the second team compared: civil society where there is one.</param>
/// <param name="Disagreements">The cells on which the two teams differ most, largest difference first.</param>
/// <param name="DisagreementCount">How many cells the two teams answered differently in all (the list may be cut).</param>
/// <param name="Overall">The agreement of every team over the whole rubric.</param>
/// <param name="Dimensions">The agreement per top-level dimension, in rubric order.</param>
public sealed record WhoSaysWhat(
    IReadOnlyList<TeamScore> Teams,
    string First,
    string Second,
    IReadOnlyList<TeamDisagreement> Disagreements,
    int DisagreementCount,
    AgreementView Overall,
    IReadOnlyList<AgreementView> Dimensions)
{
    /// <summary>Gets how many cells with a difference are left out of <see cref="Disagreements"/>.</summary>
    public int DisagreementsNotShown => DisagreementCount - Disagreements.Count;
}
