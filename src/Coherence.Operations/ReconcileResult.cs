using System.Linq;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>A consensus assessment and how it was reached.</summary>
/// <param name="Consensus">The consensus assessment, every answer with its provenance.</param>
/// <param name="Agreement">How far the teams agree, cell by cell.</param>
/// <param name="Rubric">The rubric of the assessments.</param>
public sealed record ReconcileResult(Assessment Consensus, AssessorAgreement Agreement, Rubric Rubric)
{
    /// <summary>Gets the number of cells on which the teams differ.</summary>
    public int Disagreements => Agreement.Disagreements.Count;

    /// <summary>Gets the number of answers settled by a rule (role, median, within).</summary>
    public int Settled => Count(ProvenanceRule.Role) + Count(ProvenanceRule.Median) + Count(ProvenanceRule.Within);

    /// <summary>Gets the number of answers decided in the reconciliation workbook.</summary>
    public int Decided => Count(ProvenanceRule.Decision);

    /// <summary>Gets the number of cells nothing settled, recorded as unknown.</summary>
    public int Unresolved => Count(ProvenanceRule.Unresolved);

    private int Count(ProvenanceRule rule) => Consensus.Responses.Count(r => r.Provenance?.Rule == rule);
}
