using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Operations;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Compare-CoherenceAssessment</c>: compares scored assessments against a reference (like <c>coherence compare</c>); one row per assessment, group and dimension.</summary>
[Cmdlet(VerbsData.Compare, "CoherenceAssessment", DefaultParameterSetName = InputSet)]
[OutputType(typeof(ComparisonRow))]
public sealed class CompareCoherenceAssessmentCommand : ScoresCmdlet
{
    /// <summary>Gets or sets the reference assessment as <c>ISO3:period</c>; the first by country then period when omitted.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z]{3}:.+$")]
    public string? Reference { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var scored = GatherScores();
        var diagnostics = new List<Diagnostic>();

        // Piped scores carry the rubric they were computed with: one rubric for all of them needs no -Rubric, even from a file.
        var rubrics = scored.Select(s => s.Rubric).Distinct().ToList();
        var rubric = rubrics.Count == 1 ? rubrics[0] : ResolveRubricOrStop(Rubric);
        var comparison = new CompareOperation(Catalog, Loader).Compare(scored.Select(s => s.Score).ToList(), rubric, Reference, TimeProvider.System, diagnostics);
        Report(diagnostics, Reference);
        if (comparison is not null)
        {
            WriteObject(comparison.Rows, enumerateCollection: true);
        }
    }
}
