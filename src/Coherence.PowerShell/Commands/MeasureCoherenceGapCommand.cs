using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Measure-CoherenceGap</c>: scores assessments (like <c>coherence score</c>) and writes flat objects: law, practice, gap, coherence and coverage per assessment, group, dimension or indicator.</summary>
/// <remarks>
/// One object per assessment by default (<c>-Level Assessment</c>), as many as assessments given; <c>-Level Group</c> gives one per
/// assessment and migrant group, <c>Dimension</c> one per group and top-level dimension, <c>Indicator</c> one per group and indicator.
/// Each assessment is scored as it comes; a second one of a country and period is refused (ASM031) wherever it comes in the pipeline.
/// Scores without a value (insufficient data, not applicable) are left out unless -IncludeUnscored is given, with a warning per
/// assessment: PowerShell takes <see langword="null"/> for less than any number in <c>Where-Object Coherence -lt 60</c> and for 0 in
/// <c>Measure-Object -Average</c>, and missing data must never count as a low score or as zero.
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

    /// <summary>Gets or sets how to score, among the files of -Path, a country and period that several teams assessed: ByRole (each team's own, the objects carry the Role), Consensus (the reconciled assessment among the files) or Median (the median level per cell); without it such a country and period is left out, with a warning.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public AssessorCombination Assessors { get; set; }

    /// <summary>Gets or sets what one object scores: Assessment (default), Group, Dimension or Indicator.</summary>
    [Parameter]
    public ScoreLevel Level { get; set; } = ScoreLevel.Assessment;

    /// <summary>Gets or sets a value indicating whether to write the scores without a value too (Status InsufficientData or NotApplicable, values <see langword="null"/>).</summary>
    [Parameter]
    public SwitchParameter IncludeUnscored { get; set; }

    /// <summary>Gets or sets the language of names and titles (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <inheritdoc/>
    protected override void BeginProcessing()
    {
        language = Labels.Choose(Language?.Trim().ToLowerInvariant(), CultureInfo.CurrentUICulture);
        if (!Labels.Supported.Contains(language))
        {
            var error = Diagnostic.Error("OUT004", Phrase.Of("diag.OUT004", Language), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported));
            ThrowTerminatingError(ErrorRecords.Of(new[] { error }, Language));
        }

        rubricOverride = ResolveRubricOrStop(Rubric);
    }

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        var scores = ParameterSetName == PathSet ? ScoreFiles(Path, rubricOverride, seen, Assessors) : InputObject.Select(a => Score(a, rubricOverride, seen)).OfType<ScoredAssessment>();
        foreach (var scored in scores)
        {
            var assessment = scored.Score.Assessment;

            var gaps = CoherenceGap.Of(scored.Score, scored.Rubric, Level, language).ToList();
            var unscored = gaps.Where(g => g.Status != nameof(ScoreStatus.Scored)).ToList();
            if (unscored.Count > 0 && !IncludeUnscored.IsPresent)
            {
                WriteWarning(LeftOut(assessment, unscored, gaps.Count));
                gaps = gaps.Except(unscored).ToList();
            }

            WriteObject(gaps, enumerateCollection: true);
        }
    }

    private string LeftOut(Assessment assessment, IReadOnlyList<CoherenceGap> unscored, int total)
    {
        var named = unscored.Take(5).Select(g => string.Join(" ", new[] { g.Group, Level >= ScoreLevel.Dimension ? g.Node : null }.Where(p => p is not null)) + " (" + (g.Reason ?? g.Status) + ")");
        var more = unscored.Count > 5 ? ", ..." : string.Empty;
        return string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}: {2} of {3} scores have no value and are left out: {4}{5}; -IncludeUnscored writes them",
            assessment.Country.Value,
            assessment.Period,
            unscored.Count,
            total,
            string.Join(", ", named).Replace(" ()", string.Empty),
            more);
    }
}
