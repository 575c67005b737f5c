using System;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Measure-CoherenceGap</c>: scores assessments (like <c>coherence score</c>) and writes flat objects: law, practice, gap, coherence and coverage per assessment, group, dimension or indicator.</summary>
/// <remarks>
/// One object per assessment by default (<c>-Level Assessment</c>), as many as assessments given; <c>-Level Group</c> gives one per
/// assessment and migrant group, <c>Dimension</c> one per group and top-level dimension, <c>Indicator</c> one per group and indicator.
/// Each assessment is scored as it comes; a second one of a country and period is refused (ASM031) wherever it comes in the pipeline.
/// </remarks>
[Cmdlet(VerbsDiagnostic.Measure, "CoherenceGap", DefaultParameterSetName = InputSet)]
[OutputType(typeof(CoherenceGap))]
public sealed class MeasureCoherenceGapCommand : CoherenceCmdlet
{
    private const string InputSet = "InputObject";
    private const string PathSet = "Path";
    private readonly SeenAssessments seen = new();
    private Rubric? rubricOverride;
    private string language = "en";

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

    /// <summary>Gets or sets what one object scores: Assessment (default), Group, Dimension or Indicator.</summary>
    [Parameter]
    public ScoreLevel Level { get; set; } = ScoreLevel.Assessment;

    /// <summary>Gets or sets the language of names and titles (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <inheritdoc/>
    protected override void BeginProcessing()
    {
        language = Labels.Choose(Language?.Trim().ToLowerInvariant());
        if (!Labels.Supported.Contains(language))
        {
            var error = Diagnostic.Error("OUT004", $"'{Language}' is not a language of names and titles", SourceLocation.None, "use -Language " + string.Join(" or -Language ", Labels.Supported));
            ThrowTerminatingError(ErrorRecords.Of(new[] { error }, Language));
        }

        rubricOverride = ResolveRubricOrStop(Rubric);
    }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        var assessments = ParameterSetName == PathSet ? ReadAssessments(Path) : InputObject;
        foreach (var assessment in assessments)
        {
            if (Score(assessment, rubricOverride, seen) is { } scored)
            {
                WriteObject(CoherenceGap.Of(scored.Score, scored.Rubric, Level, language), enumerateCollection: true);
            }
        }
    }
}
