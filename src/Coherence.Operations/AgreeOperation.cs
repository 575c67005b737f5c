using System;
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
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Measures how far the teams that assessed the same country and period agree: the operation behind <c>coherence agree</c> and <c>Measure-CoherenceAgreement</c>.</summary>
public sealed class AgreeOperation
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;

    /// <summary>Initializes a new instance of the <see cref="AgreeOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="loader">How assessment files are read.</param>
    public AgreeOperation(RubricCatalog catalog, AssessmentLoader loader)
    {
        this.catalog = catalog;
        this.loader = loader;
    }

    /// <summary>Measures agreement over assessments already in memory.</summary>
    /// <param name="assessments">The assessments; they are gathered per country and period.</param>
    /// <param name="rubricOverride">A rubric for all of them, or <see langword="null"/> to use the one each names.</param>
    /// <param name="settings">The bootstrap settings.</param>
    /// <param name="clock">The clock that dates the results.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The agreement of every country and period assessed by two or more teams; sets of one are left out.</returns>
    public AgreementRun Measure(IEnumerable<Assessment> assessments, Rubric? rubricOverride, AgreementSettings settings, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        var sets = AssessorSet.Gather(assessments, diagnostics);
        var engines = new Dictionary<string, AgreementEngine>(StringComparer.Ordinal);
        var results = new List<AssessorAgreement>();
        foreach (var set in sets.Where(s => s.HasSeveralRaters))
        {
            var usable = Usable(set, rubricOverride, diagnostics, out var rubric);
            if (usable is null || rubric is null)
            {
                continue;
            }

            if (!engines.TryGetValue(rubric.Id, out var engine))
            {
                engine = new AgreementEngine(rubric);
                engines.Add(rubric.Id, engine);
            }

            results.Add(engine.Measure(usable, settings, new List<Diagnostic>()));
        }

        var ordered = results.OrderBy(r => r.Country.Value, StringComparer.Ordinal).ThenBy(r => r.Period, StringComparer.Ordinal).ToList();
        return new AgreementRun(ordered, engines.Values.ToDictionary(e => e.Rubric.Id, e => e.Rubric, StringComparer.Ordinal), settings, clock.GetUtcNow(), ToolInfo.Version);
    }

    /// <summary>Runs the operation: reads the assessments, measures agreement per country and period, and writes the JSON and CSV when asked.</summary>
    /// <param name="options">What to compare and where to write.</param>
    /// <param name="progress">Receives progress per file read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The agreement and every diagnostic; no value when no country and period was assessed by two or more teams.</returns>
    public Task<OperationResult<AgreementRun>> RunAsync(AgreementOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        if (options.Resamples < 0)
        {
            diagnostics.Add(Diagnostic.Error("AGR003", Phrase.Of("diag.AGR003", options.Resamples), SourceLocation.None, Phrase.Of("hint.AGR003")));
            return Task.FromResult(new OperationResult<AgreementRun>(null, diagnostics));
        }

        OutputFile.CheckWritable(new[] { options.JsonPath, options.CsvPath }, options.Force, diagnostics);

        var rubricOverride = OptionalRubric.Resolve(catalog, options.Rubric, diagnostics);

        if (diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(new OperationResult<AgreementRun>(null, diagnostics));
        }

        var assessments = loader.Load(options.Inputs, diagnostics, progress, cancellationToken);
        var run = Measure(assessments, rubricOverride, new AgreementSettings { Resamples = options.Resamples, Seed = options.Seed }, options.Clock, diagnostics);
        if (run.Sets.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error("AGR001", Phrase.Of("diag.AGR001", assessments.Count), SourceLocation.None, Phrase.Of("hint.AGR001")));
            }

            return Task.FromResult(new OperationResult<AgreementRun>(null, diagnostics));
        }

        if (options.JsonPath is not null && OutputFile.Write(options.JsonPath, options.Force, stream => AgreementJson.Write(stream, run)) is { } jsonFailed)
        {
            diagnostics.Add(jsonFailed);
        }

        if (options.CsvPath is not null && OutputFile.Write(options.CsvPath, options.Force, AgreementCsv.ToUtf8(run)) is { } csvFailed)
        {
            diagnostics.Add(csvFailed);
        }

        return Task.FromResult(new OperationResult<AgreementRun>(run, diagnostics));
    }

    /// <summary>Finds a set's rubric and keeps the raters whose responses fit it; <see langword="null"/> when fewer than two remain.</summary>
    internal AssessorSet? Usable(AssessorSet set, Rubric? rubricOverride, List<Diagnostic> diagnostics, out Rubric? rubric)
    {
        rubric = null;
        var first = set.Raters[0].Assessment;
        var ids = set.Raters.Select(r => r.Assessment.Rubric.Id).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 1 && rubricOverride is null)
        {
            diagnostics.Add(Diagnostic.Error("AGR002", Phrase.Of("diag.AGR002", set.Country.Value, set.Period, ids.ToList()), new SourceLocation(first.Source?.Path), Phrase.Of("hint.AGR002")));
            return null;
        }

        rubric = rubricOverride ?? catalog.Find(first.Rubric);
        if (rubric is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM030", Phrase.Of("diag.ASM030", first.Rubric.Id), new SourceLocation(first.Source?.Path, Detail: "rubric"), Phrase.Of("hint.WBK030")));
            return null;
        }

        var kept = new List<Rater>();
        foreach (var rater in set.Raters)
        {
            var found = new List<Diagnostic>();
            AssessmentValidator.Check(rubric, rater.Assessment, found);
            diagnostics.AddRange(found);

            // An assessment whose responses do not fit its rubric is reported and left out, as scoring does.
            if (!found.Any(d => d.IsError))
            {
                kept.Add(rater);
            }
        }

        if (kept.Count < 2)
        {
            return null;
        }

        // Rater ids stay those of the whole set, so that what is reported matches the files.
        return set with { Raters = kept };
    }
}
