using System;
using System.Globalization;
using System.Collections.Concurrent;
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

/// <summary>Reads and scores assessment files one at a time, in the order of the files, and hands each on before reading far ahead.</summary>
/// <remarks>
/// Files are read and scored on every core, at most <see cref="Window"/> ahead of the one being handed on, so that memory
/// holds a few assessments whatever the number of files. What is handed on, and every diagnostic, follows the files' order.
/// Each country and period is scored once (the first file wins); an assessment whose rubric is unknown or whose responses
/// do not fit it is reported and left out.
/// </remarks>
internal sealed class ScoringPass
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;
    private readonly Rubric? rubricOverride;
    private readonly ConcurrentDictionary<string, ScoringEngine> engines = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Period), string?> seen = new();
    private readonly Dictionary<string, Rubric> used = new(StringComparer.Ordinal);

    public ScoringPass(RubricCatalog catalog, AssessmentLoader loader, Rubric? rubricOverride)
    {
        this.catalog = catalog;
        this.loader = loader;
        this.rubricOverride = rubricOverride;
    }

    /// <summary>Gets how many files may be read and scored ahead of the one handed on.</summary>
    public static int Window => Math.Min(16, Math.Max(2, 2 * Environment.ProcessorCount));

    /// <summary>Gets the rubrics of the assessments handed on so far, by id.</summary>
    public IReadOnlyDictionary<string, Rubric> Rubrics => used;

    /// <summary>Reads and scores files, in order.</summary>
    /// <param name="files">The files, as <see cref="AssessmentLoader.Expand"/> gives them.</param>
    /// <param name="diagnostics">Receives every problem, in the files' order.</param>
    /// <param name="progress">Receives progress after each file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The assessments that could be scored.</returns>
    public IEnumerable<ScoredAssessment> Score(IReadOnlyList<string> files, List<Diagnostic> diagnostics, IProgress<OperationProgress>? progress, CancellationToken cancellationToken)
    {
        var pending = new Task<Item>[files.Count];
        var next = 0;
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (next < files.Count && next < i + Window)
                {
                    var file = files[next];
                    pending[next++] = Task.Run(() => Process(file), cancellationToken);
                }

                var item = pending[i].GetAwaiter().GetResult();
                pending[i] = null!;
                if (Admit(item.Read.IsSuccess ? item.Read.Value : null, item.Read.Diagnostics, item.Rubric, item.Score, diagnostics) && item.Rows is not null)
                {
                    yield return new ScoredAssessment(item.Score!, item.Rows, item.Rubric!) { Variants = item.Variants };
                }

                progress?.Report(new OperationProgress(i + 1, files.Count, files[i]));
            }
        }
        finally
        {
            // When the caller stops early, let the files still being read finish before their results are dropped.
            for (var i = 0; i < next; i++)
            {
                if (pending[i] is { } task)
                {
                    try
                    {
                        task.Wait(CancellationToken.None);
                    }
                    catch (AggregateException)
                    {
                        // Dropped with the rest: nobody waits for this result any more.
                    }
                }
            }
        }
    }

    /// <summary>Scores assessments already in memory, in order.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="diagnostics">Receives every problem, in order.</param>
    /// <returns>The assessments that could be scored.</returns>
    public IEnumerable<ScoredAssessment> Score(IEnumerable<Assessment> assessments, List<Diagnostic> diagnostics)
    {
        foreach (var assessment in assessments)
        {
            var rubric = RubricOf(assessment);
            var score = rubric is null ? null : EngineFor(rubric).Score(assessment);
            if (Admit(assessment, Array.Empty<Diagnostic>(), rubric, score, diagnostics))
            {
                yield return new ScoredAssessment(score!, EngineFor(rubric!).Rows(score!), rubric!) { Variants = ScoreVariants(rubric!, assessment) };
            }
        }
    }

    /// <summary>Gets the engine for a rubric, made once per rubric id and shared by every thread.</summary>
    public ScoringEngine EngineFor(Rubric rubric) => engines.GetOrAdd(rubric.Id, _ => new ScoringEngine(rubric));

    // Every variant of the rubric, scored in the same run: the same responses, other weights and aggregations. The responses
    // were checked against the rubric as written, and a variant has the same indicators, so its diagnostics are the same and
    // are not repeated.
    private IReadOnlyList<VariantScore> ScoreVariants(Rubric rubric, Assessment assessment)
    {
        if (rubric.Variants.Count == 0)
        {
            return Array.Empty<VariantScore>();
        }

        var result = new List<VariantScore>(rubric.Variants.Count);
        foreach (var variant in rubric.Variants)
        {
            var engine = engines.GetOrAdd(rubric.Id + "\n" + variant.Id, _ => new ScoringEngine(rubric.ResolveVariant(variant.Id)!));
            var score = engine.Score(assessment);
            result.Add(new VariantScore(variant.Id, score with { Diagnostics = Array.Empty<Diagnostic>() }, engine.Rows(score)));
        }

        return result;
    }

    private Rubric? RubricOf(Assessment assessment) => rubricOverride ?? catalog.Find(assessment.Rubric);

    // Runs on a worker thread: everything here is safe to run for several files at once.
    private Item Process(string file)
    {
        var read = loader.Read(file);
        if (!read.IsSuccess || read.Value is not { } assessment)
        {
            return new Item(read, null, null, null);
        }

        var rubric = RubricOf(assessment);
        if (rubric is null)
        {
            return new Item(read, null, null, null);
        }

        var engine = EngineFor(rubric);
        var score = engine.Score(assessment);

        // An assessment whose responses do not fit its rubric is left out, so its rows are not even laid out.
        var rows = score.Diagnostics.Any(d => d.IsError) ? null : engine.Rows(score);
        var variants = rows is null ? Array.Empty<VariantScore>() : ScoreVariants(rubric, assessment);
        return new Item(read, rubric, score, rows) { Variants = variants };
    }

    // Runs in order, on the caller's thread: decides whether a scored assessment goes on, and reports why not.
    private bool Admit(Assessment? assessment, IReadOnlyList<Diagnostic> readDiagnostics, Rubric? rubric, AssessmentScore? score, List<Diagnostic> diagnostics)
    {
        diagnostics.AddRange(readDiagnostics);
        if (assessment is null)
        {
            return false;
        }

        // Two assessments of one country and period would be counted twice in every table, workbook and comparison.
        var key = (assessment.Country.Value, assessment.Period);
        if (seen.TryGetValue(key, out var first))
        {
            diagnostics.Add(Diagnostic.Error("ASM031", Phrase.Of("diag.ASM031", key.Item1, key.Item2), new SourceLocation(assessment.Source?.Path), first is { } firstPath ? Phrase.Of("hint.ASM031", firstPath) : Phrase.Of("hint.ASM031.memory")));
            return false;
        }

        seen.Add(key, assessment.Source?.Path);
        if (rubric is null || score is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM030", Phrase.Of("diag.ASM030", assessment.Rubric.Id), new SourceLocation(assessment.Source?.Path, Detail: "rubric"), Phrase.Of("hint.WBK030")));
            return false;
        }

        diagnostics.AddRange(score.Diagnostics);

        // An assessment whose responses do not fit its rubric is reported and left out, as a file that cannot be read is:
        // its scores would silently miss what the team answered.
        if (score.Diagnostics.Any(d => d.IsError))
        {
            return false;
        }

        used[rubric.Id] = rubric;
        return true;
    }

    private sealed record Item(Result<Assessment> Read, Rubric? Rubric, AssessmentScore? Score, IReadOnlyList<ScoreRow>? Rows)
    {
        public IReadOnlyList<VariantScore> Variants { get; init; } = Array.Empty<VariantScore>();
    }
}
