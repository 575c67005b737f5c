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

namespace Coherence.Operations;

/// <summary>Writes country profiles and regional comparisons from templates: the operation behind <c>coherence report</c> and <c>Export-CoherenceReport</c>.</summary>
/// <remarks>Nothing is written unless every report can be: the template compiles, every output may be written, and the inputs fit the outputs.</remarks>
public sealed class ReportOperation
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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
    public async Task<OperationResult<ReportResult>> RunAsync(ReportOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
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
            return Fail();
        }

        var language = Texts.Choose(options.Language, CultureInfo.InvariantCulture);
        if (!Labels.Supported.Contains(language))
        {
            diagnostics.Add(Diagnostic.Error("REP009", Phrase.Of("diag.REP009", Labels.Supported, options.Language), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported)));
            return Fail();
        }

        var wanted = options.OutputPath is null ? null : TemplateCatalog.FormatOf(options.OutputPath);
        var resolved = templates.Resolve(options.Template, wanted);
        diagnostics.AddRange(resolved.Diagnostics);
        if (!resolved.IsSuccess)
        {
            return Fail();
        }

        var template = resolved.Value!;
        if (options.OutputPath is not null && wanted is null && !TemplateNamesFormat(options.Template))
        {
            diagnostics.Add(Diagnostic.Error("REP005", Phrase.Of("diag.REP005"), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP005")));
            return Fail();
        }

        if (wanted is { } format && format != template.Format)
        {
            diagnostics.Add(Diagnostic.Warning("REP008", Phrase.Of("diag.REP008", template.Format == ReportFormat.Html ? "HTML" : "Markdown"), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP008", Path.ChangeExtension(Path.GetFileName(options.OutputPath!), template.Extension))));
        }

        diagnostics.AddRange(renderer.Check(template));
        if (diagnostics.Any(d => d.IsError))
        {
            return Fail();
        }

        var run = options.Run;
        if (run is null)
        {
            var scored = await scoring.RunAsync(new ScoreOptions(options.Inputs) { Rubric = options.Rubric, Clock = options.Clock }, progress, cancellationToken).ConfigureAwait(false);
            diagnostics.AddRange(scored.Diagnostics);
            if (scored.Value is null)
            {
                return Fail();
            }

            run = scored.Value;
        }

        var plan = Plan(template, run, options, diagnostics);
        if (plan is null)
        {
            return Fail();
        }

        foreach (var item in plan)
        {
            if (OutputFile.CheckWritable(item.Path, options.Force) is { } refused)
            {
                diagnostics.Add(refused);
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return Fail();
        }

        var written = new List<ReportFile>(plan.Count);
        var generatedAt = options.Clock.GetUtcNow();
        for (var i = 0; i < plan.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = plan[i];
            ReportModel model = template.Kind == ReportKind.CountryProfile
                ? ReportModels.Profile(item.Scores[0], run, language, generatedAt)
                : ReportModels.Comparison(item.Scores, run, language, generatedAt);
            var rendered = renderer.Render(template, model);
            diagnostics.AddRange(rendered.Diagnostics);
            if (!rendered.IsSuccess)
            {
                break;
            }

            if (OutputFile.Write(item.Path, options.Force, Utf8.GetBytes(rendered.Value!)) is { } failed)
            {
                diagnostics.Add(failed);
                break;
            }

            written.Add(item.File);
            progress?.Report(new OperationProgress(i + 1, plan.Count, item.Path));
        }

        return new OperationResult<ReportResult>(new ReportResult(run, written), diagnostics);
    }

    private static bool TemplateNamesFormat(string template) =>
        TemplateCatalog.FormatOf(template) is not null ||
        (template.EndsWith(".hbs", StringComparison.OrdinalIgnoreCase) && TemplateCatalog.FormatOf(template.Substring(0, template.Length - 4)) is not null);

    private static List<PlannedReport>? Plan(ReportTemplate template, ScoreRun run, ReportOptions options, List<Diagnostic> diagnostics)
    {
        var scores = run.Scores.ToList();
        var periods = scores.Select(s => s.Assessment.Period).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
        if (options.Period is { } period)
        {
            if (!periods.Contains(period, StringComparer.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error("REP004", Phrase.Of("diag.REP004", period), SourceLocation.None, Phrase.Of("hint.REP004", periods)));
                return null;
            }

            scores = scores.Where(s => s.Assessment.Period == period).ToList();
            periods = new List<string> { period };
        }

        var plan = new List<PlannedReport>();
        if (template.Kind == ReportKind.CountryProfile)
        {
            foreach (var twice in scores.GroupBy(s => (s.Assessment.Country.Value, s.Assessment.Period)).Where(g => g.Count() > 1))
            {
                diagnostics.Add(Diagnostic.Error("REP006", Phrase.Of("diag.REP006", twice.Key.Value, twice.Key.Period, twice.Select(s => s.Assessment.Source?.Path ?? "?").ToList()), SourceLocation.None, Phrase.Of("hint.one-per-country-period")));
            }

            if (options.OutputPath is not null && scores.Count != 1)
            {
                diagnostics.Add(Diagnostic.Error("REP002", Phrase.Of("diag.REP002", scores.Count), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP002")));
            }

            if (diagnostics.Any(d => d.IsError))
            {
                return null;
            }

            foreach (var score in scores)
            {
                var country = score.Assessment.Country.Value;
                var path = options.OutputPath ?? Path.Combine(options.OutputDirectory!, ProfileFileName(country, score.Assessment.Period, template.Extension));
                plan.Add(new PlannedReport(path, new[] { score }, new ReportFile(path, ReportKind.CountryProfile, score.Assessment.Period, country)));
            }

            return plan;
        }

        if (options.OutputPath is not null && periods.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("REP003", Phrase.Of("diag.REP003", periods.Count, periods), new SourceLocation(options.OutputPath), Phrase.Of("hint.REP003")));
            return null;
        }

        foreach (var group in scores.GroupBy(s => s.Assessment.Period).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rubrics = group.Select(s => s.Root.NodeId).Distinct(StringComparer.Ordinal).ToList();
            if (rubrics.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error("REP007", Phrase.Of("diag.REP007", group.Key, rubrics), SourceLocation.None, Phrase.Of("hint.REP007")));
                continue;
            }

            var path = options.OutputPath ?? Path.Combine(options.OutputDirectory!, ComparisonFileName(group.Key, template.Extension));
            plan.Add(new PlannedReport(path, group.ToList(), new ReportFile(path, ReportKind.RegionalComparison, group.Key, null)));
        }

        return diagnostics.Any(d => d.IsError) ? null : plan;
    }

    private sealed class PlannedReport
    {
        public PlannedReport(string path, IReadOnlyList<AssessmentScore> scores, ReportFile file)
        {
            Path = path;
            Scores = scores;
            File = file;
        }

        public string Path { get; }

        public IReadOnlyList<AssessmentScore> Scores { get; }

        public ReportFile File { get; }
    }
}
