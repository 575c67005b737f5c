using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Export-CoherenceWorkbook</c>: writes scores as a results workbook: summary matrix, gaps, coverage, chart and method (like <c>coherence score --xlsx</c>).</summary>
[Cmdlet(VerbsData.Export, "CoherenceWorkbook", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportCoherenceWorkbookCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private readonly List<AssessmentScore> scores = new();
    private readonly List<string> paths = new();

    /// <summary>Gets or sets the scores to write, usually piped from <c>Measure-CoherenceGap</c>; all of them are gathered first.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public AssessmentScore[] InputObject { get; set; } = Array.Empty<AssessmentScore>();

    /// <summary>Gets or sets assessment files or folders to read, score and write; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets the results workbook to write (.xlsx).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string OutFile { get; set; } = string.Empty;

    /// <summary>Gets or sets the workbook's language (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets a rubric (bundled id or file) the scores were computed with, when it is not bundled.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets or sets a value indicating whether an existing workbook may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the workbook's FileInfo.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        // One workbook holds every score: gather them here and write at the end.
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
        var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var count = ParameterSetName == PathSet ? paths.Count : scores.Count;
        if (!ShouldProcess(target, $"Write the results workbook of {count} input(s)"))
        {
            return;
        }

        // Refuse before reading and scoring anything, as coherence score --xlsx does.
        if (Report(ExportResultsWorkbookOperation.Check(target, Force.IsPresent), target))
        {
            return;
        }

        var rubricOverride = ResolveRubricOrStop(Rubric);
        var diagnostics = new List<Diagnostic>();
        ScoreRun? run;
        if (ParameterSetName == PathSet)
        {
            var assessments = ReadAssessments(paths).ToList();
            run = new ScoreOperation(Catalog, Loader).Score(assessments, rubricOverride, TimeProvider.System, diagnostics);
            if (run.Scores.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error("IN004", "nothing to write: no assessment was scored", SourceLocation.None, "pass assessment files or folders"));
            }
        }
        else
        {
            run = PipedScores.ToRun(scores, Catalog, rubricOverride, TimeProvider.System, diagnostics);
        }

        if (Report(diagnostics, target) || run is null)
        {
            return;
        }

        var result = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target) { Language = Labels.Choose(Language), Force = Force.IsPresent });
        if (!Report(result.Diagnostics, target) && result.Value is { } written && PassThru.IsPresent)
        {
            WriteObject(new FileInfo(written));
        }
    }
}
