using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Progress;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Reports;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Writes country profiles and regional comparisons from templates: the operation behind <c>coherence report</c> and <c>Export-CoherenceReport</c>.</summary>
/// <remarks>Nothing is written unless every report can be: the template compiles, every output may be written, and the inputs fit the outputs.</remarks>
public sealed class ReportOperation
{
    private readonly ScoreOperation scoring;
    private readonly TemplateCatalog templates;
    private readonly ReportRenderer renderer;

    /// <summary>Initializes a new instance of the <see cref="ReportOperation"/> class.</summary>
    /// <param name="scoring">Reads and scores inputs when no scores are given.</param>
    /// <param name="templates">Where templates are found, or <see langword="null"/> for a new catalog.</param>
    /// <param name="renderer">The renderer, whose compiled templates are reused across runs, or <see langword="null"/> for a new one.</param>
    public ReportOperation(ScoreOperation scoring, TemplateCatalog? templates = null, ReportRenderer? renderer = null)
    {
        this.scoring = scoring ?? throw new ArgumentNullException(nameof(scoring));
        this.templates = templates ?? new TemplateCatalog();
        this.renderer = renderer ?? new ReportRenderer();
    }

    /// <summary>Gets the file name of a country profile: <c>&lt;ISO3&gt;-&lt;period&gt;&lt;extension&gt;</c>.</summary>
    /// <param name="country">The country code.</param>
    /// <param name="period">The period.</param>
    /// <param name="extension">The extension, with the dot.</param>
    /// <returns>The file name; characters of the period that files cannot hold become '-'.</returns>
    public static string ProfileFileName(string country, string period, string extension) => country + "-" + OutputNames.Safe(period) + extension;

    /// <summary>Gets the file name of a regional comparison: <c>regional-&lt;period&gt;&lt;extension&gt;</c>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="extension">The extension, with the dot.</param>
    /// <returns>The file name.</returns>
    public static string ComparisonFileName(string period, string extension) => "regional-" + OutputNames.Safe(period) + extension;

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to report on and where to write.</param>
    /// <param name="progress">Receives progress per file read and per report written, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The scores and the files written, and every diagnostic; no value when nothing could be reported.</returns>
    public Task<OperationResult<ReportResult>> RunAsync(ReportOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new List<Diagnostic>();
        OperationResult<ReportResult> Fail() => new(null, diagnostics);

        if ((options.OutputPath is null) == (options.OutputDirectory is null))
        {
            diagnostics.Add(Diagnostic.Error("REP001", Phrase.Of(options.OutputPath is null ? "diag.REP001.none" : "diag.REP001.both"), SourceLocation.None, Phrase.Of("hint.REP001")));
            return Task.FromResult(Fail());
        }

        var language = Texts.Choose(options.Language?.Trim().ToLowerInvariant(), CultureInfo.InvariantCulture);
        if (!Labels.Supported.Contains(language))
        {
            diagnostics.Add(Diagnostic.Error("REP009", Phrase.Of("diag.REP009", Labels.Supported, language), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported)));
            return Task.FromResult(Fail());
        }

        if (options.Assessors == AssessorCombination.ByRole)
        {
            diagnostics.Add(Diagnostic.Error("ASM035", Phrase.Of("diag.ASM035"), SourceLocation.None, Phrase.Of("hint.ASM035")));
            return Task.FromResult(Fail());
        }

        var paper = ReportPaper.Parse(options.Paper);
        if (options.Paper is not null && paper is null)
        {
            diagnostics.Add(Diagnostic.Error("REP011", Phrase.Of("diag.REP011", options.Paper), SourceLocation.None, Phrase.Of("hint.REP011", ReportPaper.All)));
            return Task.FromResult(Fail());
        }

        var wanted = options.OutputPath is null ? null : TemplateCatalog.FormatOf(options.OutputPath);
        var resolved = templates.Resolve(options.Template, wanted);
        diagnostics.AddRange(resolved.Diagnostics);
        if (!resolved.IsSuccess)
        {
            return Task.FromResult(Fail());
        }

        var template = resolved.Value!;
        if (options.OutputPath is not null && wanted is null && !TemplateNamesFormat(options.Template))
        {
            diagnostics.Add(Diagnostic.Error("REP005", Phrase.Of("diag.REP005"), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP005")));
            return Task.FromResult(Fail());
        }

        if (wanted is { } format && format != template.Format)
        {
            diagnostics.Add(Diagnostic.Warning("REP008", Phrase.Of("diag.REP008", template.Format == ReportFormat.Html ? "HTML" : "Markdown"), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP008", Path.ChangeExtension(Path.GetFileName(options.OutputPath!), template.Extension))));
        }

        diagnostics.AddRange(renderer.Check(template));
        if (diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(Fail());
        }

        RobustnessSummary? robustness = null;
        if (options.Robustness is not null)
        {
            robustness = RobustnessJsonReader.Read(options.Robustness, diagnostics);
            if (robustness is null)
            {
                return Task.FromResult(Fail());
            }
        }

        var generatedAt = options.Clock.GetUtcNow();
        var profile = template.Kind == ReportKind.CountryProfile;
        using var outputs = new PendingOutputs(options.Force);
        var publisher = new ReportPublisher(
            renderer,
            profile ? template : null,
            profile ? null : template,
            options.OutputPath,
            options.OutputDirectory,
            options.Period,
            language,
            options.Force,
            generatedAt,
            options.Run?.GeneratedAt ?? generatedAt,
            paper)
        {
            Robustness = robustness,
        };
        var assessments = 0;
        IEnumerable<ScoredAssessment> items;
        if (options.Run is { } run)
        {
            if (profile && Duplicates(run, diagnostics))
            {
                return Task.FromResult(Fail());
            }

            items = Rows(run);
        }
        else
        {
            if (!scoring.TryResolve(options.Rubric, diagnostics, out var rubricOverride))
            {
                return Task.FromResult(Fail());
            }

            var files = scoring.Loader.Expand(options.Inputs, diagnostics);
            items = scoring.Pass(rubricOverride, options.Assessors, options.Clock).Score(files, diagnostics, progress, cancellationToken);
        }

        // Profiles and comparisons are rendered at the end: a profile shows its region and its previous round.
        foreach (var item in items)
        {
            assessments++;
            publisher.Add(item, outputs, diagnostics);
        }

        if (assessments == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.score"), SourceLocation.None, Phrase.Of("hint.IN004")));
            }

            return Task.FromResult(Fail());
        }

        publisher.Complete(outputs, diagnostics);

        // Nothing is written unless every report can be, from inputs without errors.
        if (publisher.Failed || diagnostics.Any(d => d.IsError))
        {
            return Task.FromResult(Fail());
        }

        var problems = outputs.Commit();
        diagnostics.AddRange(problems);
        if (problems.Count > 0)
        {
            return Task.FromResult(Fail());
        }

        return Task.FromResult(new OperationResult<ReportResult>(new ReportResult(assessments, publisher.Files), diagnostics));
    }

    private static IEnumerable<ScoredAssessment> Rows(ScoreRun run)
    {
        var engines = new Dictionary<string, ScoringEngine>(StringComparer.Ordinal);
        foreach (var score in run.Scores)
        {
            var rubric = ReportRubricOf(score, run);
            if (!engines.TryGetValue(rubric.Id, out var engine))
            {
                engine = new ScoringEngine(rubric);
                engines.Add(rubric.Id, engine);
            }

            yield return new ScoredAssessment(score, engine.Rows(score), rubric);
        }
    }

    private static Model.Rubric ReportRubricOf(AssessmentScore score, ScoreRun run) =>
        run.Rubrics.TryGetValue(score.Root.NodeId, out var rubric)
            ? rubric
            : throw new ArgumentException($"the score run holds no rubric '{score.Root.NodeId}'", nameof(run));

    private static bool Duplicates(ScoreRun run, List<Diagnostic> diagnostics)
    {
        var found = false;
        foreach (var twice in run.Scores.GroupBy(s => (s.Assessment.Country.Value, s.Assessment.Period)).Where(g => g.Count() > 1))
        {
            diagnostics.Add(Diagnostic.Error("REP006", Phrase.Of("diag.REP006", twice.Key.Value, twice.Key.Period, twice.Select(s => s.Assessment.Source?.Path ?? "?").ToList()), SourceLocation.None, Phrase.Of("hint.one-per-country-period")));
            found = true;
        }

        return found;
    }

    private static bool TemplateNamesFormat(string template) =>
        TemplateCatalog.FormatOf(template) is not null ||
        ((template.EndsWith(".sbn", StringComparison.OrdinalIgnoreCase) || template.EndsWith(".hbs", StringComparison.OrdinalIgnoreCase)) && TemplateCatalog.FormatOf(template.Substring(0, template.Length - 4)) is not null);
}
