using System.Collections.Generic;
using Coherence.Agreement;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>What a report needs of a country and period that several teams assessed: each team's score and how far they agree.</summary>
/// <param name="Teams">Each team with its score and the rows of its rubric root.</param>
/// <param name="Agreement">The agreement of the teams, cell by cell and rolled up.</param>
internal sealed record AssessorPanel(IReadOnlyList<(Rater Rater, AssessmentScore Score)> Teams, AssessorAgreement Agreement)
{
    /// <summary>Gets the agreement over the whole rubric.</summary>
    public AgreementSummary Overall => Agreement.Overall;

    /// <summary>Gets whether a set of assessments gives a panel: two teams or more.</summary>
    public static bool Applies(AssessorSet set) => set.Raters.Count > 1;
}
