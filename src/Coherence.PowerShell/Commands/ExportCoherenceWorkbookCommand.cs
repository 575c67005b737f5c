using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Export-CoherenceWorkbook</c>: writes scores as a results workbook: summary matrix, gaps, coverage, chart and method (like <c>coherence score --xlsx</c>).</summary>
/// <remarks>Every piped score goes into the one workbook; of the files given with -Path, each is read and scored on its own, and one that cannot be is an error that leaves the others in.</remarks>
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

    /// <summary>Gets or sets the paper the sheets are laid out to print on: Letter (the default, the paper of the region) or A4.</summary>
    [Parameter]
    [ValidateSet("Letter", "A4", IgnoreCase = true)]
    public string Paper { get; set; } = "Letter";

    /// <summary>Gets or sets a value indicating whether an existing workbook may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the workbook as <c>Get-Item</c> would.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var target = SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);

        // Refuse before reading and scoring anything, as coherence score --xlsx does.
        if (Report(ExportResultsWorkbookOperation.Check(target, Force.IsPresent), target))
        {
            return;
        }

        var run = ToRun(GatherScores(), target);
        if (run is null || !ShouldProcess(target, $"Write the results workbook of {run.Scores.Count} assessment(s)"))
        {
            return;
        }

        var result = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target) { Language = Labels.Choose(Language, CultureInfo.CurrentUICulture), Force = Force.IsPresent, Paper = PaperOf(Paper) });
        if (!Report(result.Diagnostics, target) && result.Value is { } written && PassThru.IsPresent)
        {
            WriteItem(written);
        }
    }

    private static Coherence.Workbooks.Paper PaperOf(string paper) =>
        string.Equals(paper, "A4", StringComparison.OrdinalIgnoreCase) ? Coherence.Workbooks.Paper.A4 : Coherence.Workbooks.Paper.Letter;
}
