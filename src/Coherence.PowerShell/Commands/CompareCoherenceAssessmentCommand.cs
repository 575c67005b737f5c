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
public sealed class CompareCoherenceAssessmentCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private readonly List<AssessmentScore> scores = new();
    private readonly List<string> paths = new();

    /// <summary>Gets or sets the scores to compare, usually piped from <c>Measure-CoherenceGap</c>.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public AssessmentScore[] InputObject { get; set; } = Array.Empty<AssessmentScore>();

    /// <summary>Gets or sets assessment files or folders to read, score and compare; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets the reference assessment as <c>ISO3:period</c>; the first by country then period when omitted.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z]{3}:.+$")]
    public string? Reference { get; set; }

    /// <summary>Gets or sets a rubric (bundled id or file) to score and compare with instead of the one each assessment names.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        // A comparison needs every assessment: gather them here and compare at the end.
        if (ParameterSetName == PathSet)
        {
            paths.AddRange(Path);
        }
        else
        {
            scores.AddRange(InputObject);
        }
    }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var rubricOverride = ResolveRubricOrStop(Rubric);
        var diagnostics = new List<Diagnostic>();
        var compared = new List<AssessmentScore>(scores);
        if (paths.Count > 0)
        {
            var run = new ScoreOperation(Catalog, Loader).Score(ReadAssessments(paths), rubricOverride, TimeProvider.System, diagnostics);
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
