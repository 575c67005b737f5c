using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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
    /// <remarks>A country and period that several teams assessed is left out, with a warning that lists the choices.</remarks>
    public ScoreRun Score(IEnumerable<Assessment> assessments, Rubric? rubricOverride, TimeProvider clock, List<Diagnostic> diagnostics) =>
        Score(assessments, rubricOverride, AssessorCombination.Unspecified, clock, diagnostics);

    /// <summary>Scores assessments already in memory, combining those of a country and period that several teams assessed as asked.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="rubricOverride">A rubric to use for all of them, or <see langword="null"/> to use the one each names.</param>
    /// <param name="combination">How to score a country and period that several teams assessed.</param>
    /// <param name="clock">The clock that dates the results.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The scores.</returns>
    public ScoreRun Score(IEnumerable<Assessment> assessments, Rubric? rubricOverride, AssessorCombination combination, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        var engines = new Dictionary<string, ScoringEngine>(StringComparer.Ordinal);
        var scores = new List<AssessmentScore>();

        // A second assessment by the same assessors is refused (ASM031); several teams' are combined as asked.
        foreach (var assessment in AssessorSetScoring.Select(assessments, combination, a => rubricOverride ?? catalog.Find(a.Rubric), clock, diagnostics))
        {
            var rubric = rubricOverride ?? catalog.Find(assessment.Rubric);
            if (rubric is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM030", $"rubric '{assessment.Rubric.Id}' is not bundled with this tool", new SourceLocation(assessment.Source?.Path, Detail: "rubric"), "pass the rubric file with --rubric"));
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

        if (options.Assessors == AssessorCombination.ByRole && (options.ReportsFolder is not null || options.XlsxPath is not null))
        {
            diagnostics.Add(Diagnostic.Error("ASM035", "--assessors by-role makes a score per team, and reports and the results workbook show one per country and period", SourceLocation.None, "write them from a consensus (--assessors consensus or median), or write --json"));
            return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
        }

        var refused = ScorePublication.CheckTargets(options);
        if (refused.Count > 0)
        {
            diagnostics.AddRange(refused);
            return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
        }

        var assessments = loader.Load(options.Inputs, diagnostics, progress, cancellationToken);
        var run = Score(assessments, rubricOverride, options.Assessors, options.Clock, diagnostics);
        if (run.Scores.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(assessments.Count == 0
                    ? Diagnostic.Error("IN004", "nothing to score: no assessment was read", SourceLocation.None, "pass assessment files or folders")
                    : Diagnostic.Error("IN004", "nothing to score: every assessment read was left out", SourceLocation.None, "see the warnings above"));
            }

            return Task.FromResult(new OperationResult<ScoreRun>(null, diagnostics));
        }

        diagnostics.AddRange(ScorePublication.Write(options, run, this));
        return Task.FromResult(new OperationResult<ScoreRun>(run, diagnostics));
    }
}
