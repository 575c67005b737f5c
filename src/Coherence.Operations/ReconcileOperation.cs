using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Reconciles the assessments several teams made of one country and period into a consensus assessment: the operation behind <c>coherence reconcile</c> and <c>Merge-CoherenceAssessment</c>.</summary>
/// <remarks>
/// Two steps, both optional: rules settle what they can and a reconciliation workbook lists every difference for the
/// teams to decide; the filled workbook is then read back (<see cref="ReconcileOptions.DecisionsPath"/>) into the
/// consensus. The teams' assessments are read, never written.
/// </remarks>
public sealed class ReconcileOperation
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;

    /// <summary>Initializes a new instance of the <see cref="ReconcileOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="loader">How assessment files are read.</param>
    public ReconcileOperation(RubricCatalog catalog, AssessmentLoader loader)
    {
        this.catalog = catalog;
        this.loader = loader;
    }

    /// <summary>Reconciles assessments already in memory.</summary>
    /// <param name="assessments">The assessments of one country and period by two or more teams.</param>
    /// <param name="rubricOverride">A rubric for all of them, or <see langword="null"/> for the one they name.</param>
    /// <param name="rules">The rules that settle differences, in order.</param>
    /// <param name="decisions">Agreed answers by cell; may be empty.</param>
    /// <param name="settings">The bootstrap settings of the agreement statistics.</param>
    /// <param name="clock">Dates the consensus.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The consensus, or <see langword="null"/> when the assessments cannot be reconciled.</returns>
    public ReconcileResult? Reconcile(IEnumerable<Assessment> assessments, Rubric? rubricOverride, IReadOnlyList<ReconciliationRule> rules, IReadOnlyDictionary<ResponseKey, ReconciliationDecision> decisions, AgreementSettings settings, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        var sets = AssessorSet.Gather(assessments, diagnostics).Where(s => s.HasSeveralRaters).ToList();
        if (sets.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("REC001", Phrase.Of("diag.REC001"), SourceLocation.None, Phrase.Of("hint.REC001")));
            return null;
        }

        if (sets.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("REC002", Phrase.Of("diag.REC002", sets.Count, sets.Select(s => s.Country.Value + " " + s.Period).ToList()), SourceLocation.None, Phrase.Of("hint.REC002")));
            return null;
        }

        var usable = new AgreeOperation(catalog, loader).Usable(sets[0], rubricOverride, diagnostics, out var rubric);
        if (usable is null || rubric is null)
        {
            if (rubric is not null)
            {
                diagnostics.Add(Diagnostic.Error("REC001", Phrase.Of("diag.REC001.fit", sets[0].Country.Value, sets[0].Period, rubric.Id), SourceLocation.None, Phrase.Of("hint.REC001.fit")));
            }

            return null;
        }

        var consensus = new ReconciliationEngine(rubric).Reconcile(usable, rules, decisions, clock.GetUtcNow(), diagnostics);
        var agreement = new AgreementEngine(rubric).Measure(usable, settings, new List<Diagnostic>());
        return new ReconcileResult(consensus, agreement, rubric);
    }

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to reconcile and where to write.</param>
    /// <param name="progress">Receives progress per file read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The consensus and every diagnostic; no value when nothing could be reconciled.</returns>
    public Task<OperationResult<ReconcileResult>> RunAsync(ReconcileOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        OperationResult<ReconcileResult> Failed() => new(null, diagnostics);
        if (options.DecisionsPath is not null && (options.Inputs.Count > 0 || options.Assessments is not null))
        {
            diagnostics.Add(Diagnostic.Error("REC004", Phrase.Of("diag.REC004"), SourceLocation.None, Phrase.Of("hint.REC004")));
        }

        if (options.DecisionsPath is not null && options.Rules.Count > 0)
        {
            diagnostics.Add(Diagnostic.Error("REC005", Phrase.Of("diag.REC005"), new SourceLocation(options.DecisionsPath), Phrase.Of("hint.REC005")));
        }

        if (options.DecisionsPath is null && options.Inputs.Count == 0 && options.Assessments is null)
        {
            diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.reconcile"), SourceLocation.None, Phrase.Of("hint.IN004.reconcile")));
        }

        OutputFile.CheckWritable(new[] { options.OutputPath, options.WorkbookPath }, options.Force, diagnostics);

        var rubricOverride = OptionalRubric.Resolve(catalog, options.Rubric, diagnostics);

        if (diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(Failed());
        }

        IReadOnlyList<Assessment> assessments;
        var rules = options.Rules;
        IReadOnlyDictionary<ResponseKey, ReconciliationDecision> decisions = new Dictionary<ResponseKey, ReconciliationDecision>();
        if (options.DecisionsPath is { } decisionsPath)
        {
            var read = ReconciliationWorkbookReader.ReadFile(decisionsPath, reference => rubricOverride ?? catalog.Find(reference));
            diagnostics.AddRange(read.Diagnostics);
            if (read.Value is not { } workbook || !read.IsSuccess)
            {
                return Task.FromResult(Failed());
            }

            assessments = workbook.Sources;
            rules = workbook.Rules;
            decisions = workbook.Decisions;
            rubricOverride ??= workbook.Rubric;
        }
        else
        {
            assessments = options.Assessments ?? loader.Load(options.Inputs, diagnostics, progress, cancellationToken);
        }

        // The teams' own files are read, never written: not even with --force.
        foreach (var target in new[] { options.OutputPath, options.WorkbookPath }.Where(t => t is not null))
        {
            var full = Path.GetFullPath(target!);
            if (assessments.FirstOrDefault(a => a.Source is { } s && string.Equals(Path.GetFullPath(s.Path), full, StringComparison.Ordinal)) is { } original)
            {
                diagnostics.Add(Diagnostic.Error("REC003", Phrase.Of("diag.REC003.assessment"), new SourceLocation(target), Phrase.Of("hint.REC003.assessment", Path.GetFileNameWithoutExtension(original.Source!.Path) + "-consensus.json")));
            }
        }

        if (options.DecisionsPath is { } decisionFile && options.WorkbookPath is { } workbookPath && string.Equals(Path.GetFullPath(decisionFile), Path.GetFullPath(workbookPath), StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("REC003", Phrase.Of("diag.REC003.workbook"), new SourceLocation(workbookPath), Phrase.Of("hint.REC003.workbook")));
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(Failed());
        }

        // The bootstrap only serves the workbook's agreement sheet.
        var settings = new AgreementSettings { Resamples = options.WorkbookPath is null ? 0 : options.Resamples, Seed = options.Seed };
        var result = Reconcile(assessments, rubricOverride, rules, decisions, settings, options.Clock, diagnostics);
        if (result is null || diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(Failed());
        }

        if (options.DecisionsPath is not null)
        {
            result = result with { Consensus = result.Consensus with { Reconciliation = result.Consensus.Reconciliation! with { DecisionsFile = options.DecisionsPath } } };
        }

        if (options.WorkbookPath is { } workbookTarget)
        {
            var request = new ReconciliationWorkbookRequest(result.Rubric, result.Agreement, result.Consensus, Texts.Choose(options.Language, System.Globalization.CultureInfo.InvariantCulture), options.Clock.GetUtcNow())
            {
                Password = options.Password,
                ToolVersion = ToolInfo.Version,
            };
            if (OutputFile.Write(workbookTarget, options.Force, stream => ReconciliationWorkbookWriter.Write(request, stream)) is { } failed)
            {
                diagnostics.Add(failed);
            }
        }

        if (options.OutputPath is { } output)
        {
            if (result.Unresolved > 0)
            {
                diagnostics.Add(Diagnostic.Warning("REC010", Phrase.Of("diag.REC010", result.Unresolved, result.Disagreements), new SourceLocation(output), options.DecisionsPath is null ? Phrase.Of("hint.REC010.rules") : Phrase.Of("hint.REC010.workbook")));
            }

            if (OutputFile.Write(output, options.Force, AssessmentJson.ToUtf8(result.Consensus)) is { } failed)
            {
                diagnostics.Add(failed);
            }
        }

        return Task.FromResult(new OperationResult<ReconcileResult>(result, diagnostics));
    }
}
