using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Runtime.CompilerServices;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Scoring;

using Coherence.Localization;

namespace Coherence.PowerShell.Commands;

/// <summary>A cmdlet that works on a whole set of scores: piped from <c>Measure-CoherenceGap</c>, or read and scored from files; it gathers them all, then acts once.</summary>
/// <remarks>
/// Piped objects of any level are gathered by assessment: the rows of one assessment give its score once. A second assessment of a
/// country and period (ASM031) is refused wherever it comes in the pipeline, as <c>coherence score</c> refuses it in one run. Files
/// given with -Path are read and scored one at a time: a file that cannot be read or scored is one error, and the others go on.
/// </remarks>
public abstract class ScoresCmdlet : CoherenceCmdlet
{
    /// <summary>The parameter set of scores given as objects.</summary>
    protected const string InputSet = "InputObject";

    /// <summary>The parameter set of assessment files to read and score.</summary>
    protected const string PathSet = "Path";

    private readonly SeenAssessments seen = new();
    private readonly HashSet<AssessmentScore> scores = new(ByReference.Instance);
    private readonly List<ScoredAssessment> gathered = new();
    private readonly List<string> paths = new();

    /// <summary>Gets or sets the scores, usually piped from <c>Measure-CoherenceGap</c> (any -Level); all of them are gathered first.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = InputSet, ValueFromPipeline = true)]
    [ValidateNotNull]
    public CoherenceGap[] InputObject { get; set; } = Array.Empty<CoherenceGap>();

    /// <summary>Gets or sets assessment files or folders to read and score; binds <c>FullName</c> from <c>Get-ChildItem</c>.</summary>
    [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    /// <summary>Gets or sets a rubric (bundled id or file) to score the files of -Path with, instead of the one each assessment names; piped scores carry the rubric they were computed with.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(RubricCompleter))]
    public string? Rubric { get; set; }

    /// <summary>Gets how many inputs were given: files and folders of -Path, or assessments piped.</summary>
    protected int InputCount => ParameterSetName == PathSet ? paths.Count : gathered.Count;

    /// <inheritdoc/>
    protected override void ProcessRecord()
    {
        // The work needs every score (a comparison, a workbook, a regional report): gather here, act in EndProcessing.
        if (ParameterSetName == PathSet)
        {
            paths.AddRange(Path);
            return;
        }

        foreach (var gap in InputObject)
        {
            var score = gap.GetScore();
            if (!scores.Add(score))
            {
                continue;
            }

            if (seen.Admit(score.Assessment) is { } twice)
            {
                Report(new[] { twice }, (object?)score.Assessment.Source?.Path ?? gap);
                continue;
            }

            gathered.Add(new ScoredAssessment(score, gap.ScoredWith));
        }
    }

    /// <summary>Gets every score: those piped, or those of the files of -Path, each read and scored on its own.</summary>
    /// <returns>The scores with their rubrics, in the order given.</returns>
    internal IReadOnlyList<ScoredAssessment> GatherScores()
    {
        if (ParameterSetName == PathSet)
        {
            gathered.AddRange(ScoreFiles(paths, ResolveRubricOrStop(Rubric), seen));
        }

        return gathered;
    }

    /// <summary>Makes a run of scores, sorted by country then period like a run scored at once.</summary>
    /// <param name="scored">The scores with their rubrics.</param>
    /// <param name="target">What an error is about.</param>
    /// <returns>The run, or <see langword="null"/> (reported as IN004) when there is no score.</returns>
    internal ScoreRun? ToRun(IReadOnlyList<ScoredAssessment> scored, object? target)
    {
        if (scored.Count == 0)
        {
            Report(new[] { Diagnostic.Error("IN004", Phrase.Of("diag.IN004.write"), SourceLocation.None, Phrase.Of("hint.IN004.pipe")) }, target);
            return null;
        }

        var rubrics = new Dictionary<string, Rubric>(StringComparer.Ordinal);
        foreach (var item in scored)
        {
            rubrics[item.Rubric.Id] = item.Rubric;
        }

        var ordered = scored
            .Select(s => s.Score)
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        return new ScoreRun(ordered, rubrics, TimeProvider.System.GetUtcNow(), ToolInfo.Version);
    }

    private sealed class ByReference : IEqualityComparer<AssessmentScore>
    {
        public static readonly ByReference Instance = new();

        public bool Equals(AssessmentScore? x, AssessmentScore? y) => ReferenceEquals(x, y);

        public int GetHashCode(AssessmentScore obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
