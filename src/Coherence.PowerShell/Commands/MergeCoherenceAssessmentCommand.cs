using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Serialization;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Merge-CoherenceAssessment</c>: reconciles the assessments several teams made of one country and period into a consensus (like <c>coherence reconcile</c>).</summary>
/// <remarks>Without -OutFile or -Workbook it writes the consensus assessment, ready for <c>Measure-CoherenceGap</c>; with them it writes files, and their FileInfo with -PassThru.</remarks>
[Cmdlet(VerbsData.Merge, "CoherenceAssessment", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(Assessment), typeof(FileInfo))]
public sealed class MergeCoherenceAssessmentCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private const string DecisionsSet = "Decisions";
    private readonly List<Assessment> gathered = new();
    private readonly List<string> paths = new();

    /// <summary>Gets or sets the teams' assessments, usually piped from <c>Import-CoherenceAssessment</c>; all are gathered first.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public Assessment[] InputObject { get; set; } = Array.Empty<Assessment>();

    /// <summary>Gets or sets assessment files or folders to read; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a filled reconciliation workbook whose decisions make the consensus; it carries the teams' assessments.</summary>
    [Parameter(Mandatory = true, ParameterSetName = DecisionsSet)]
    [ValidateNotNullOrEmpty]
    public string Decisions { get; set; } = string.Empty;

    /// <summary>Gets or sets the rules that settle differences, in order: role:government, role:civil-society, role:independent, median, within:&lt;levels&gt;.</summary>
    [Parameter(ParameterSetName = InputSet)]
    [Parameter(ParameterSetName = PathSet)]
    [ArgumentCompleter(typeof(RuleCompleter))]
    public string[] Rule { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a rubric (bundled id or file) to use instead of the one the assessments name.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets or sets the consensus assessment file (JSON) to write.</summary>
    [Parameter]
    public string? OutFile { get; set; }

    /// <summary>Gets or sets the reconciliation workbook to write (.xlsx): a row per difference, each team's answer and evidence, a column for the agreed level.</summary>
    [Parameter]
    public string? Workbook { get; set; }

    /// <summary>Gets or sets the workbook's language (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets a value indicating whether existing files may be replaced (never a team's assessment).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write the FileInfo of the files written.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        if (ParameterSetName == PathSet)
        {
            paths.AddRange(Path);
        }
        else if (ParameterSetName == InputSet)
        {
            gathered.AddRange(InputObject);
        }
    }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var rules = new List<ReconciliationRule>();
        foreach (var text in Rule)
        {
            if (!ReconciliationRules.TryParse(text, out var rule))
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"'{text}' is not a rule; use {ReconciliationRules.Forms}."), "REC006", ErrorCategory.InvalidArgument, text));
            }

            rules.Add(rule);
        }

        var outFile = OutFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var workbook = Workbook is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Workbook);
        var targets = new[] { outFile, workbook }.Where(t => t is not null).ToList();
        if (targets.Count > 0 && !ShouldProcess(string.Join(", ", targets), "Write the consensus of the teams' assessments"))
        {
            return;
        }

        var operation = new ReconcileOperation(Catalog, Loader);
        var options = new ReconcileOptions(Array.Empty<string>())
        {
            Rules = rules,
            Rubric = Rubric is null ? null : RubricArgument(Rubric),
            OutputPath = outFile,
            WorkbookPath = workbook,
            Language = Localization.Labels.Choose(Language, System.Globalization.CultureInfo.CurrentUICulture),
            Force = Force.IsPresent,
        };
        if (ParameterSetName == DecisionsSet)
        {
            options = options with { DecisionsPath = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Decisions) };
        }
        else
        {
            var assessments = new List<Assessment>(gathered);
            assessments.AddRange(ReadAssessments(paths));
            options = options with { Assessments = assessments };
        }

        var run = operation.RunAsync(options).GetAwaiter().GetResult();
        if (Report(run.Diagnostics, targets.Count > 0 ? targets[0] : Decisions) || run.Value is null)
        {
            return;
        }

        if (targets.Count == 0)
        {
            WriteObject(run.Value.Consensus);
        }
        else if (PassThru.IsPresent)
        {
            // As Get-Item writes it, so that '-PassThru | Remove-Item' works, like the other cmdlets that write files.
            foreach (var target in targets)
            {
                WriteItem(target!);
            }
        }
    }
}
