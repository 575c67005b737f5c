using System;
using System.Collections.Generic;
using System.Management.Automation;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary>A cmdlet that works on a whole set of scores: piped from <c>Measure-CoherenceGap</c>, or read and scored from files; it gathers them all, then acts once.</summary>
public abstract class ScoresCmdlet : CoherenceCmdlet
{
    /// <summary>The parameter set of scores given as objects.</summary>
    protected const string InputSet = "InputObject";

    /// <summary>The parameter set of assessment files to read and score.</summary>
    protected const string PathSet = "Path";

    /// <summary>Gets or sets the scores, usually piped from <c>Measure-CoherenceGap</c>; all of them are gathered first.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public AssessmentScore[] InputObject { get; set; } = Array.Empty<AssessmentScore>();

    /// <summary>Gets or sets assessment files or folders to read and score; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a rubric (bundled id or file) to use instead of the one each assessment names, when it is not bundled.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets the scores gathered from the pipeline.</summary>
    protected List<AssessmentScore> GatheredScores { get; } = new();

    /// <summary>Gets the paths gathered from the pipeline.</summary>
    protected List<string> GatheredPaths { get; } = new();

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        // The work needs every score (a comparison, a workbook, a regional report): gather here, act in EndProcessing.
        if (ParameterSetName == PathSet)
        {
            GatheredPaths.AddRange(Path);
        }
        else
        {
            GatheredScores.AddRange(InputObject);
        }
    }
}
