using System;
using System.Collections.Generic;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

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
        var rubricOverride = ResolveRubricOrStop(Rubric);
        var diagnostics = new List<Diagnostic>();
        var compared = new List<AssessmentScore>(GatheredScores);
        if (GatheredPaths.Count > 0)
        {
            var run = new ScoreOperation(Catalog, Loader).Score(ReadAssessments(GatheredPaths), rubricOverride, TimeProvider.System, diagnostics);
            Report(diagnostics, null);
            diagnostics.Clear();
            compared.AddRange(run.Scores);
        }

        var comparison = new CompareOperation(Catalog, Loader).Compare(compared, rubricOverride, Reference, TimeProvider.System, diagnostics);
        Report(diagnostics, Reference);
        if (comparison is not null)
        {
            WriteObject(comparison.Rows, enumerateCollection: true);
        }
    }
}
