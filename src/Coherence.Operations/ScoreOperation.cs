using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Reads assessments, scores each against its rubric, and publishes the results (JSON, workbook, reports): the operation behind <c>coherence score</c> and <c>Measure-CoherenceGap</c>.</summary>
public sealed class ScoreOperation
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;

    /// <summary>Initializes a new instance of the <see cref="ScoreOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="loader">How assessment files are read.</param>
    public ScoreOperation(RubricCatalog catalog, AssessmentLoader loader)
    {
        this.catalog = catalog;
        this.loader = loader;
    }

    /// <summary>Scores assessments already in memory.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="rubricOverride">A rubric to use for all of them, or <see langword="null"/> to use the one each names.</param>
    /// <param name="clock">The clock that dates the results.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The scores.</returns>
    public ScoreRun Score(IEnumerable<Assessment> assessments, Rubric? rubricOverride, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        var engines = new Dictionary<string, ScoringEngine>(StringComparer.Ordinal);
        var scores = new List<AssessmentScore>();
        var seen = new Dictionary<(string Country, string Period), Assessment>();
        foreach (var assessment in assessments)
        {
            // Two assessments of one country and period would be counted twice in every table, workbook and comparison.
            var key = (assessment.Country.Value, assessment.Period);
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Add(Diagnostic.Error("ASM031", Phrase.Of("diag.ASM031", key.Item1, key.Item2), new SourceLocation(assessment.Source?.Path), first.Source?.Path is { } firstPath ? Phrase.Of("hint.ASM031", firstPath) : Phrase.Of("hint.ASM031.memory")));
                continue;
            }

            seen.Add(key, assessment);
            var rubric = rubricOverride ?? catalog.Find(assessment.Rubric);
            if (rubric is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM030", Phrase.Of("diag.ASM030", assessment.Rubric.Id), new SourceLocation(assessment.Source?.Path, Detail: "rubric"), Phrase.Of("hint.WBK030")));
                continue;
            }

            if (!engines.TryGetValue(rubric.Id, out var engine))
            {
                engine = new ScoringEngine(rubric);
                engines.Add(rubric.Id, engine);
            }

            var score = engine.Score(assessment);
            diagnostics.AddRange(score.Diagnostics);

            // An assessment whose responses do not fit its rubric is reported and left out, as a file that cannot be read is:
            // its scores would silently miss what the team answered.
            if (!score.Diagnostics.Any(d => d.IsError))
            {
                scores.Add(score);
            }
        }

        var ordered = scores
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        var rubrics = engines.Values.ToDictionary(e => e.Rubric.Id, e => e.Rubric, StringComparer.Ordinal);
        return new ScoreRun(ordered, rubrics, clock.GetUtcNow(), ToolInfo.Version);
    }

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to score and where to write.</param>
    /// <param name="progress">Receives progress per file read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The scores and every diagnostic; no value when nothing could be scored.</returns>
    public Task<OperationResult<ScoreRun>> RunAsync(ScoreOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        Rubric? rubricOverride = null;
        if (options.Rubric is not null)
        {
            var resolved = catalog.Resolve(options.Rubric);
            diagnostics.AddRange(resolved.Diagnostics);
            if (!resolved.IsSuccess)
            {
                return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
            }

            rubricOverride = resolved.Value;
        }

        var refused = ScorePublication.CheckTargets(options);
        if (refused.Count > 0)
        {
            diagnostics.AddRange(refused);
            return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
        }

        var assessments = loader.Load(options.Inputs, diagnostics, progress, cancellationToken);
        var run = Score(assessments, rubricOverride, options.Clock, diagnostics);
        if (run.Scores.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.score"), SourceLocation.None, Phrase.Of("hint.IN004")));
            }

            return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
        }

        diagnostics.AddRange(ScorePublication.Write(options, run, this));
        return Task.FromResult(new OperationResult<ScoreRun>(run, diagnostics));
    }
}
