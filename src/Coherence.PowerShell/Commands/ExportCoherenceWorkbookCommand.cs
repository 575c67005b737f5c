using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Export-CoherenceWorkbook</c>: writes GatheredScores as a results workbook: summary matrix, gaps, coverage, chart and method (like <c>coherence score --xlsx</c>).</summary>
[Cmdlet(VerbsData.Export, "CoherenceWorkbook", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportCoherenceWorkbookCommand : ScoresCmdlet
{

    /// <summary>Gets or sets the results workbook to write (.xlsx).</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string OutFile { get; set; } = string.Empty;

    /// <summary>Gets or sets the workbook's language (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets a value indicating whether an existing workbook may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the workbook's FileInfo.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var count = ParameterSetName == PathSet ? GatheredPaths.Count : GatheredScores.Count;
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
            var assessments = ReadAssessments(GatheredPaths).ToList();
            run = new ScoreOperation(Catalog, Loader).Score(assessments, rubricOverride, TimeProvider.System, diagnostics);
            if (run.Scores.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.write"), SourceLocation.None, Phrase.Of("hint.IN004")));
            }
        }
        else
        {
            run = PipedScores.ToRun(GatheredScores, Catalog, rubricOverride, TimeProvider.System, diagnostics);
        }

        if (Report(diagnostics, target) || run is null)
        {
            return;
        }

        var result = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target) { Language = Labels.Choose(Language, CultureInfo.CurrentUICulture), Force = Force.IsPresent });
        if (!Report(result.Diagnostics, target) && result.Value is { } written && PassThru.IsPresent)
        {
            WriteObject(new FileInfo(written));
        }
    }
}
