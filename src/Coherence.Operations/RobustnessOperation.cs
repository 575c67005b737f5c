using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Progress;
using Coherence.Robustness;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Draws methodological choices many times and measures how ranks, classes and scores move: the operation behind <c>coherence robustness</c> and <c>Measure-CoherenceRobustness</c>.</summary>
public sealed class RobustnessOperation
{
    /// <summary>The most draws one run accepts.</summary>
    public const int MaxDraws = 10_000_000;

    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;

    /// <summary>Initializes a new instance of the <see cref="RobustnessOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="loader">How assessment files are read.</param>
    public RobustnessOperation(RubricCatalog catalog, AssessmentLoader loader)
    {
        this.catalog = catalog;
        this.loader = loader;
    }

    /// <summary>Runs the analysis and writes the outputs asked for.</summary>
    /// <param name="options">What to analyse and where to write.</param>
    /// <param name="progress">Receives progress over the draws, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between draws; nothing is then written.</param>
    /// <returns>The result and every diagnostic; no value when the analysis could not run.</returns>
    public Task<OperationResult<RobustnessResult>> RunAsync(RobustnessOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var diagnostics = new List<Diagnostic>();
        var result = Run(options, progress, diagnostics, cancellationToken);
        return Task.FromResult(new OperationResult<RobustnessResult>(diagnostics.Any(d => d.IsError) ? null : result, diagnostics));
    }

    private RobustnessResult? Run(RobustnessOptions options, IProgress<OperationProgress>? progress, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (options.Draws < 1 || options.Draws > MaxDraws)
        {
            diagnostics.Add(Diagnostic.Error("ROB030", Phrase.Of("diag.ROB030", options.Draws, MaxDraws), SourceLocation.None, Phrase.Of("hint.ROB030")));
            return null;
        }

        foreach (var path in new[] { options.JsonPath, options.CsvPath, options.DrawsPath, options.XlsxPath })
        {
            if (path is not null && OutputFile.CheckWritable(path, options.Force) is { } refused)
            {
                diagnostics.Add(refused);
            }
        }

        if (options.XlsxPath is not null && options.Language is { } asked && !Labels.Supported.Contains(asked))
        {
            diagnostics.Add(Diagnostic.Error("OUT004", Phrase.Of("diag.OUT004", asked), SourceLocation.None, Phrase.Of("hint.languages", Labels.Supported)));
        }

        byte[]? specBytes = null;
        if (options.SpecPath is not null)
        {
            if (!File.Exists(options.SpecPath))
            {
                diagnostics.Add(Diagnostic.Error("IN001", Phrase.Of("diag.IN001"), new SourceLocation(options.SpecPath)));
            }
            else
            {
                specBytes = File.ReadAllBytes(options.SpecPath);
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return null;
        }

        var scoring = new ScoreOperation(catalog, loader);
        if (!scoring.TryResolve(options.Rubric, diagnostics, out var rubricOverride))
        {
            return null;
        }

        var files = loader.Expand(options.Inputs, diagnostics);
        var pass = scoring.Pass(rubricOverride);
        var assessments = new List<Assessment>();
        var language = Texts.Choose(options.Language, CultureInfo.InvariantCulture);
        var workbook = options.XlsxPath is null ? null : new ResultsWorkbookWriter(language, options.Clock.GetUtcNow(), ToolInfo.Version, options.XlsxPaper);
        foreach (var item in pass.Score(files, diagnostics, null, cancellationToken))
        {
            assessments.Add(item.Score.Assessment);
            workbook?.Add(item.Score, item.Rows, item.Rubric);
        }

        if (assessments.Count == 0)
        {
            if (!diagnostics.Any(d => d.IsError))
            {
                diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.score"), SourceLocation.None, Phrase.Of("hint.IN004")));
            }

            return null;
        }

        if (pass.Rubrics.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("ROB031", Phrase.Of("diag.CMP001", pass.Rubrics.Keys.OrderBy(k => k, StringComparer.Ordinal).ToList()), SourceLocation.None, Phrase.Of("hint.ROB031")));
            return null;
        }

        var duplicate = assessments.GroupBy(a => a.Country.Value + ":" + a.Period, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            diagnostics.Add(Diagnostic.Error("ROB032", Phrase.Of("diag.ROB032", duplicate.Key), new SourceLocation(duplicate.Skip(1).First().Source?.Path), Phrase.Of("hint.ROB032")));
            return null;
        }

        assessments = assessments.OrderBy(a => a.Country.Value, StringComparer.Ordinal).ThenBy(a => a.Period, StringComparer.Ordinal).ToList();
        var rubric = pass.Rubrics.Values.Single();
        var model = new RobustnessModel(rubric, assessments);
        var read = specBytes is null
            ? RobustnessSpecReader.Read(DefaultSpec(rubric, model), null, model)
            : RobustnessSpecReader.Read(specBytes, options.SpecPath, model);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.IsSuccess)
        {
            return null;
        }

        var plan = read.Value!;
        var runner = new RobustnessRunner(model, plan);
        RobustnessResult? result = null;
        void Analyse(Action<int, DrawState, double[], double[], sbyte[]>? onDraw) =>
            result = runner.Run(options.Draws, options.Seed, options.Clock.GetUtcNow(), ToolInfo.Version, progress, onDraw, cancellationToken);

        if (options.DrawsPath is not null)
        {
            var failed = OutputFile.Write(options.DrawsPath, options.Force, stream =>
            {
                using var writer = new RobustnessDrawWriter(stream, model, plan, runner.DesignFor(options.Draws, options.Seed));
                Analyse((run, state, _, _, _) => writer.Write(run, state));
            });
            if (failed is not null)
            {
                diagnostics.Add(failed);
                return null;
            }
        }
        else
        {
            Analyse(null);
        }

        if (options.JsonPath is not null && OutputFile.Write(options.JsonPath, options.Force, s => RobustnessJsonWriter.Write(s, result!)) is { } jsonFailed)
        {
            diagnostics.Add(jsonFailed);
        }

        if (options.CsvPath is not null && OutputFile.Write(options.CsvPath, options.Force, s => RobustnessCsvWriter.Write(s, result!, Texts.Choose(options.Language, CultureInfo.InvariantCulture))) is { } csvFailed)
        {
            diagnostics.Add(csvFailed);
        }

        if (workbook is not null)
        {
            workbook.Robustness = result;
            if (OutputFile.Write(options.XlsxPath!, options.Force, workbook.WriteTo) is { } xlsxFailed)
            {
                diagnostics.Add(xlsxFailed);
            }
        }

        return result;
    }

    /// <summary>Gets the specification used when none is given, for a rubric.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="model">The rubric compiled.</param>
    /// <returns>The specification's YAML.</returns>
    internal static string DefaultSpec(Rubric rubric, RobustnessModel model)
    {
        static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
        var lines = new List<string> { "apiVersion: coherence/v1", "kind: Robustness", "spec:" };

        // The rubric's variants, those that change the method: a variant the rubric publishes is a choice its readers may make.
        var methods = new List<DrawMethod> { model.Nominal };
        var variants = new List<string>();
        foreach (var variant in rubric.Variants)
        {
            DrawMethod method;
            try
            {
                method = model.MethodOf(variant.Choices.ApplyTo(rubric, variant.Id));
            }
            catch (ArgumentException)
            {
                // Listed anyway, so that the run refuses it with its message (ROB041) rather than skipping it.
                variants.Add(variant.Id);
                continue;
            }

            if (!methods.Any(m => m.SameAs(method)))
            {
                methods.Add(method);
                variants.Add(variant.Id);
            }
        }

        if (variants.Count > 0)
        {
            lines.Add("  variants: [" + string.Join(", ", variants.Select(v => "\"" + v + "\"")) + "]");
        }

        if (model.TopSlots.Length >= 2)
        {
            lines.Add("  weights:");
            lines.Add("    - { node: \"" + rubric.Root.Id + "\", dirichlet: 50 }");
            lines.Add("  aggregation:");
            lines.Add("    - { level: 0, methods: [arithmetic, geometric] }");
            lines.Add("  leaveOneOut: true");
        }

        var gap = rubric.Thresholds.Gap;
        var high = rubric.Thresholds.High;
        lines.Add("  thresholds:");
        lines.Add("    gap: [" + N(Math.Max(0, gap - 5)) + ", " + N(Math.Min(100, gap + 5)) + "]");
        lines.Add("    high: [" + N(Math.Max(0, high - 10)) + ", " + N(Math.Min(100, high + 10)) + "]");
        var coverage = rubric.Root.MinCoverage;
        lines.Add("  minCoverage:");
        lines.Add("    - { node: \"*\", range: [" + N(Math.Max(0, coverage - 0.2)) + ", " + N(Math.Min(1, Math.Max(coverage + 0.2, 0.2))) + "] }");
        return string.Join("\n", lines) + "\n";
    }
}
