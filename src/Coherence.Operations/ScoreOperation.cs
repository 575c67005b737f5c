using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>Reads assessments, scores each against its rubric, and publishes the results (JSON, CSV, JSON Lines, workbook, reports): the operation behind <c>coherence score</c> and <c>Measure-CoherenceGap</c>.</summary>
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
    /// <returns>The scores, sorted by country then period.</returns>
    /// <remarks>A country and period that several teams assessed is left out, with a warning that lists the choices.</remarks>
    public ScoreRun Score(IEnumerable<Assessment> assessments, Rubric? rubricOverride, TimeProvider clock, List<Diagnostic> diagnostics) =>
        Score(assessments, rubricOverride, AssessorCombination.Unspecified, clock, diagnostics);

    /// <summary>Scores assessments already in memory, combining those of a country and period that several teams assessed as asked.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="rubricOverride">A rubric to use for all of them, or <see langword="null"/> to use the one each names.</param>
    /// <param name="combination">How to score a country and period that several teams assessed.</param>
    /// <param name="clock">The clock that dates the results.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The scores, sorted by country then period.</returns>
    public ScoreRun Score(IEnumerable<Assessment> assessments, Rubric? rubricOverride, AssessorCombination combination, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        if (clock is null)
        {
            throw new ArgumentNullException(nameof(clock));
        }

        var pass = new ScoringPass(catalog, loader, rubricOverride, combination, clock);
        var ordered = pass.Score(assessments, diagnostics)
            .Select(s => s.Score)
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        return new ScoreRun(ordered, pass.Rubrics.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), clock.GetUtcNow(), ToolInfo.Version);
    }

    /// <summary>Runs the operation: reads, scores and writes one assessment at a time.</summary>
    /// <param name="options">What to score and where to write.</param>
    /// <param name="progress">Receives progress per file scored, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files; nothing is then written.</param>
    /// <returns>A summary of the scores and the files written, and every diagnostic; no value when nothing could be scored.</returns>
    /// <remarks>
    /// Memory holds a few assessments at a time, whatever their number: every output is written as each assessment is
    /// scored, to temporary files that replace their targets together at the end, and only when all could be written.
    /// </remarks>
    public Task<OperationResult<ScoreSummary>> RunAsync(ScoreOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new List<Diagnostic>();
        if (!TryResolve(options.Rubric, diagnostics, out var rubricOverride))
        {
            return Done(null, diagnostics);
        }

        if (options.Assessors == AssessorCombination.ByRole && (options.ReportsFolder is not null || options.XlsxPath is not null))
        {
            diagnostics.Add(Diagnostic.Error("ASM035", Phrase.Of("diag.ASM035"), SourceLocation.None, Phrase.Of("hint.ASM035")));
            return Done(null, diagnostics);
        }

        var refused = ScorePublication.CheckTargets(options);
        if (refused.Count > 0)
        {
            diagnostics.AddRange(refused);
            return Done(null, diagnostics);
        }

        var files = loader.Expand(options.Inputs, diagnostics);
        var generatedAt = options.Clock.GetUtcNow();
        using var publication = new ScorePublication(options, generatedAt);
        diagnostics.AddRange(publication.Begin());
        if (diagnostics.Any(d => d.IsError))
        {
            return Done(null, diagnostics);
        }

        var pass = new ScoringPass(catalog, loader, rubricOverride, options.Assessors, options.Clock);
        var summaries = new List<AssessmentSummary>();
        long rows = 0;
        foreach (var item in pass.Score(files, diagnostics, progress, cancellationToken))
        {
            summaries.Add(AssessmentSummary.Of(item.Score, item.Rows));
            rows += item.Rows.Count;
            foreach (var variant in item.Variants)
            {
                rows += variant.Rows.Count;
            }

            publication.Add(item, diagnostics);
            if (publication.Stop)
            {
                break;
            }
        }

        if (summaries.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                // Files were read but every one was left out with a warning (several teams, not said how to combine them).
                diagnostics.Add(files.Count == 0
                    ? Diagnostic.Error("IN004", Phrase.Of("diag.IN004.score"), SourceLocation.None, Phrase.Of("hint.IN004"))
                    : Diagnostic.Error("IN004", Phrase.Of("diag.IN004.left-out"), SourceLocation.None, Phrase.Of("hint.IN004.left-out")));
            }

            return Done(null, diagnostics);
        }

        var written = publication.Complete(pass.Rubrics, diagnostics);
        var rubrics = pass.Rubrics.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return Done(new ScoreSummary(summaries, rubrics, rows, written, generatedAt, ToolInfo.Version), diagnostics);
    }

    /// <summary>Reads and scores every assessment of some files, and keeps what comparisons need of each.</summary>
    /// <remarks>Each score keeps its aggregates down to the top-level dimensions, and neither responses nor indicator cells.</remarks>
    internal ScoreRun? ScoreForComparison(IReadOnlyList<string> inputs, string? rubric, TimeProvider clock, List<Diagnostic> diagnostics, IProgress<OperationProgress>? progress, CancellationToken cancellationToken)
    {
        if (!TryResolve(rubric, diagnostics, out var rubricOverride))
        {
            return null;
        }

        var files = loader.Expand(inputs, diagnostics);
        var pass = new ScoringPass(catalog, loader, rubricOverride);
        var scores = new List<AssessmentScore>();
        foreach (var item in pass.Score(files, diagnostics, progress, cancellationToken))
        {
            scores.Add(Slim(item.Score));
        }

        if (scores.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.score"), SourceLocation.None, Phrase.Of("hint.IN004")));
            }

            return null;
        }

        var ordered = scores
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        return new ScoreRun(ordered, pass.Rubrics.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), clock.GetUtcNow(), ToolInfo.Version);
    }

    /// <summary>Makes the pass that reads and scores files for other operations.</summary>
    internal ScoringPass Pass(Rubric? rubricOverride, AssessorCombination combination = AssessorCombination.Unspecified, TimeProvider? clock = null) => new(catalog, loader, rubricOverride, combination, clock);

    /// <summary>Gets the loader that expands and reads inputs.</summary>
    internal AssessmentLoader Loader => loader;

    /// <summary>Resolves a rubric override given by id or path.</summary>
    internal bool TryResolve(string? rubric, List<Diagnostic> diagnostics, out Rubric? rubricOverride)
    {
        rubricOverride = OptionalRubric.Resolve(catalog, rubric, diagnostics);
        return rubric is null || rubricOverride is not null;
    }

    private static AssessmentScore Slim(AssessmentScore score) => score with
    {
        Assessment = score.Assessment with { Responses = Array.Empty<Response>() },
        Root = score.Root with { Children = score.Root.Children.Select(c => c with { Children = Array.Empty<NodeScore>() }).ToList() },
        Indicators = Array.Empty<IndicatorScore>(),
    };

    private static Task<OperationResult<ScoreSummary>> Done(ScoreSummary? summary, List<Diagnostic> diagnostics) =>
        Task.FromResult(new OperationResult<ScoreSummary>(summary, diagnostics));
}
