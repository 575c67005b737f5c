using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Measure-CoherenceAgreement</c>: how far the teams that assessed the same country and period agree (like <c>coherence agree</c>); one flat row per roll-up, or per team's answer to each disagreement.</summary>
[Cmdlet(VerbsDiagnostic.Measure, "CoherenceAgreement", DefaultParameterSetName = InputSet)]
[OutputType(typeof(AgreementRow), typeof(DisagreementRow))]
public sealed class MeasureCoherenceAgreementCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private readonly List<Assessment> gathered = new();
    private readonly List<string> paths = new();

    /// <summary>Gets or sets the assessments, usually piped from <c>Import-CoherenceAssessment</c>; all are gathered first.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public Assessment[] InputObject { get; set; } = Array.Empty<Assessment>();

    /// <summary>Gets or sets assessment files or folders to read; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a rubric (bundled id or file) to use instead of the one each assessment names.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets or sets the number of bootstrap resamples behind alpha's 95% interval; 0 for none.</summary>
    [Parameter]
    [ValidateRange(0, 1000000)]
    public int Resamples { get; set; } = 1000;

    /// <summary>Gets or sets the seed of the bootstrap.</summary>
    [Parameter]
    public int Seed { get; set; } = 1;

    /// <summary>Gets or sets a value indicating whether to write each team's answer to each cell on which the teams differ, largest first, instead of the roll-ups.</summary>
    [Parameter]
    public SwitchParameter Disagreements { get; set; }

    /// <summary>Gets or sets the language of country names the assessments do not give (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet)
        {
            paths.AddRange(Path);
        }
        else
        {
            gathered.AddRange(InputObject);
        }
    }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var rubricOverride = ResolveRubricOrStop(Rubric);
        var assessments = new List<Assessment>(gathered);
        assessments.AddRange(ReadAssessments(paths));
        var diagnostics = new List<Diagnostic>();
        var run = new AgreeOperation(Catalog, Loader).Measure(assessments, rubricOverride, new AgreementSettings { Resamples = Resamples, Seed = Seed }, TimeProvider.System, diagnostics);
        if (run.Sets.Count == 0 && !diagnostics.Exists(d => d.IsError))
        {
            diagnostics.Add(Diagnostic.Error("AGR001", Phrase.Of("diag.AGR001.given", assessments.Count), SourceLocation.None, Phrase.Of("hint.REC001")));
        }

        Report(diagnostics, null);
        if (Disagreements.IsPresent)
        {
            WriteObject(DisagreementRow.Of(run), enumerateCollection: true);
        }
        else
        {
            WriteObject(AgreementRow.Of(run, Labels.Choose(Language, CultureInfo.CurrentUICulture)), enumerateCollection: true);
        }
    }
}
