using System;
using System.Collections.Generic;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Measure-CoherenceGap</c>: scores assessments (like <c>coherence score</c>): law, practice, gap and coherence per group and dimension.</summary>
[Cmdlet(VerbsDiagnostic.Measure, "CoherenceGap", DefaultParameterSetName = InputSet)]
[OutputType(typeof(AssessmentScore))]
public sealed class MeasureCoherenceGapCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private Rubric? rubricOverride;
    private ScoreOperation? operation;

    /// <summary>Gets or sets the assessments to score, usually piped from <c>Import-CoherenceAssessment</c>.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public Assessment[] InputObject { get; set; } = Array.Empty<Assessment>();

    /// <summary>Gets or sets assessment files or folders to read and score; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a rubric (bundled id or file) to score with instead of the one each assessment names.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <inheritdoc/>
    protected override void BeginProcessing()
    {
        rubricOverride = ResolveRubricOrStop(Rubric);
        operation = new ScoreOperation(Catalog, Loader);
    }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        var assessments = ParameterSetName == PathSet ? ReadAssessments(Path) : InputObject;
        foreach (var assessment in assessments)
        {
            var diagnostics = new List<Diagnostic>();
            var run = operation!.Score(new[] { assessment }, rubricOverride, TimeProvider.System, diagnostics);
            Report(diagnostics, (object?)assessment.Source?.Path ?? assessment);
            WriteObject(run.Scores, enumerateCollection: true);
        }
    }
}
