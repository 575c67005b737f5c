using System;
using System.Globalization;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Agreement;
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
/// do not fit it is reported and left out. The files of a country and period that several teams assessed are found first,
/// from their country and period alone, and read together when the first of them comes up: memory then holds that one set,
/// which is combined as <see cref="AssessorCombination"/> says (<see cref="AssessorSetScoring"/>).
/// </remarks>
internal sealed class ScoringPass
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;
    private readonly Rubric? rubricOverride;
    private readonly AssessorCombination combination;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, ScoringEngine> engines = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Country, string Period), string?> seen = new();
    private readonly Dictionary<string, Rubric> used = new(StringComparer.Ordinal);

    public ScoringPass(RubricCatalog catalog, AssessmentLoader loader, Rubric? rubricOverride, AssessorCombination combination = AssessorCombination.Unspecified, TimeProvider? clock = null)
    {
        this.catalog = catalog;
        this.loader = loader;
        this.rubricOverride = rubricOverride;
        this.combination = combination;
        this.clock = clock ?? TimeProvider.System;
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
        var units = Units(files, cancellationToken);
        var pending = new Task<Unit>[units.Count];
        var next = 0;
        var done = 0;
        try
        {
            for (var i = 0; i < units.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                while (next < units.Count && next < i + Window)
                {
                    var unit = units[next];
                    pending[next++] = Task.Run(() => Process(unit), cancellationToken);
                }

                var processed = pending[i].GetAwaiter().GetResult();
                pending[i] = null!;
                diagnostics.AddRange(processed.Before);
                for (var k = 0; k < processed.Items.Count; k++)
                {
                    var item = processed.Items[k];
                    if (Admit(item.Read.IsSuccess ? item.Read.Value : null, item.Read.Diagnostics, item.Rubric, item.Score, diagnostics, checkSeen: !processed.IsSet) && item.Rows is not null)
                    {
                        yield return new ScoredAssessment(item.Score!, item.Rows, item.Rubric!, item.Panel) { Variants = item.Variants };
                    }
                }

                done += units[i].Count;
                progress?.Report(new OperationProgress(done, files.Count, units[i][units[i].Count - 1]));
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
    /// <remarks>Those of a country and period that several teams assessed are combined first, as the pass was told.</remarks>
    public IEnumerable<ScoredAssessment> Score(IEnumerable<Assessment> assessments, List<Diagnostic> diagnostics)
    {
        // In memory already: the sets are gathered over all of them, and gathering reports true duplicates (ASM031).
        foreach (var assessment in AssessorSetScoring.Select(assessments, combination, RubricOf, clock, diagnostics))
        {
            var rubric = RubricOf(assessment);
            var score = rubric is null ? null : EngineFor(rubric).Score(assessment);
            if (Admit(assessment, Array.Empty<Diagnostic>(), rubric, score, diagnostics, checkSeen: false))
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

    // Groups the files by country and period, in the order of each group's first file. Only the country and period of each
    // file are read here (a JSON file's responses are skipped); a file whose key cannot be told is a group of its own, and
    // reading it whole says why.
    private List<IReadOnlyList<string>> Units(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var units = new List<IReadOnlyList<string>>(files.Count);
        if (files.Count < 2)
        {
            units.AddRange(files.Select(f => (IReadOnlyList<string>)new[] { f }));
            return units;
        }

        var keys = new (string Country, string Period)?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, i => keys[i] = loader.KeyOf(files[i]));
        var byKey = new Dictionary<(string Country, string Period), List<string>>();
        for (var i = 0; i < files.Count; i++)
        {
            if (keys[i] is not { } key)
            {
                units.Add(new[] { files[i] });
            }
            else if (byKey.TryGetValue(key, out var members))
            {
                members.Add(files[i]);
            }
            else
            {
                members = new List<string> { files[i] };
                byKey.Add(key, members);
                units.Add(members);
            }
        }

        return units;
    }

    // Runs on a worker thread: a file on its own, or the files of one country and period combined as asked.
    private Unit Process(IReadOnlyList<string> files)
    {
        if (files.Count == 1)
        {
            return new Unit(Array.Empty<Diagnostic>(), new[] { Process(files[0]) }, false);
        }

        var before = new List<Diagnostic>();
        var items = new List<Item>();
        var assessments = new List<Assessment>();
        foreach (var file in files)
        {
            var read = loader.Read(file);
            if (read.IsSuccess && read.Value is { } assessment)
            {
                before.AddRange(read.Diagnostics);
                assessments.Add(assessment);
            }
            else
            {
                items.Add(new Item(read, null, null, null));
            }
        }

        var sets = AssessorSet.Gather(assessments, before);
        var chosen = AssessorSetScoring.Select(sets, combination, RubricOf, clock, before);

        // One score made of several teams' (consensus, median) carries the teams and their agreement, for reports.
        var panel = chosen.Count == 1 && sets.Count == 1 && combination != AssessorCombination.ByRole ? Panel(sets[0]) : null;
        foreach (var assessment in chosen)
        {
            items.Add(Score(new Result<Assessment>(assessment, Array.Empty<Diagnostic>())) with { Panel = panel });
        }

        return new Unit(before, items, true);
    }

    // Runs on a worker thread: everything here is safe to run for several files at once.
    private Item Process(string file) => Score(loader.Read(file));

    // Each team's score and the agreement without a bootstrap interval: reports show alpha's value; coherence agree its interval.
    private Reports.AssessorPanel? Panel(AssessorSet set)
    {
        if (!Reports.AssessorPanel.Applies(set) || RubricOf(set.Raters[0].Assessment) is not { } rubric)
        {
            return null;
        }

        var engine = EngineFor(rubric);
        var ignored = new List<Diagnostic>();
        var teams = set.Raters.Select(r => (r, engine.Score(r.Assessment))).ToList();
        return new Reports.AssessorPanel(teams, new AgreementEngine(rubric).Measure(set, new AgreementSettings { Resamples = 0 }, ignored));
    }

    private Item Score(Result<Assessment> read)
    {
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
    private bool Admit(Assessment? assessment, IReadOnlyList<Diagnostic> readDiagnostics, Rubric? rubric, AssessmentScore? score, List<Diagnostic> diagnostics, bool checkSeen)
    {
        diagnostics.AddRange(readDiagnostics);
        if (assessment is null)
        {
            return false;
        }

        // Two assessments of one country and period would be counted twice in every table, workbook and comparison.
        // The assessments of a set were gathered already: a team's and its peers' scores (by role) share the key.
        var key = (assessment.Country.Value, assessment.Period);
        if (checkSeen && seen.TryGetValue(key, out var first))
        {
            diagnostics.Add(Diagnostic.Error("ASM031", Phrase.Of("diag.ASM031", key.Item1, key.Item2), new SourceLocation(assessment.Source?.Path), first is { } firstPath ? Phrase.Of("hint.ASM031", firstPath) : Phrase.Of("hint.ASM031.memory")));
            return false;
        }

        seen[key] = assessment.Source?.Path;
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

    private sealed record Unit(IReadOnlyList<Diagnostic> Before, IReadOnlyList<Item> Items, bool IsSet);

    private sealed record Item(Result<Assessment> Read, Rubric? Rubric, AssessmentScore? Score, IReadOnlyList<ScoreRow>? Rows)
    {
        public Reports.AssessorPanel? Panel { get; init; }

        public IReadOnlyList<VariantScore> Variants { get; init; } = Array.Empty<VariantScore>();
    }
}
