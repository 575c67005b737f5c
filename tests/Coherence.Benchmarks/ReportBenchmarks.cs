using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Scoring;

namespace Coherence.Benchmarks;

/// <summary>Issue figure: rendering 11 HTML country profiles and one regional comparison of the bundled rubric (report models included) under 1 s.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly ScoreRun run = CreateRun();
    private readonly ReportTemplate profile;
    private readonly ReportTemplate comparison;
    private readonly ReportRenderer warm = new();

    public ReportBenchmarks()
    {
        var catalog = new TemplateCatalog();
        profile = catalog.Resolve(TemplateCatalog.CountryProfile).Value!;
        comparison = catalog.Resolve(TemplateCatalog.RegionalComparison).Value!;
        Render(warm);
    }

    /// <summary>With templates compiled already, as in a PowerShell session or a second run of the renderer.</summary>
    [Benchmark(Baseline = true, Description = "11 profiles + 1 comparison, templates compiled")]
    public int RenderWithCompiledTemplates() => Render(warm);

    /// <summary>With a new renderer, which compiles both templates and their partials first.</summary>
    [Benchmark(Description = "11 profiles + 1 comparison, new renderer (compiles)")]
    public int RenderWithNewRenderer() => Render(new ReportRenderer());

    /// <summary>Times a first run in a fresh process: scoring apart, then templates resolved, compiled and rendered, JIT included.</summary>
    /// <returns>The time to score, the time to report, and the characters written.</returns>
    public static (TimeSpan Scoring, TimeSpan Reporting, int Length) ColdStart()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = CreateRun();
        var scoring = watch.Elapsed;
        watch.Restart();
        var catalog = new TemplateCatalog();
        var length = Render(new ReportRenderer(), run, catalog.Resolve(TemplateCatalog.CountryProfile).Value!, catalog.Resolve(TemplateCatalog.RegionalComparison).Value!);
        return (scoring, watch.Elapsed, length);
    }

    private static ScoreRun CreateRun()
    {
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        var engine = new ScoringEngine(rubric);
        var scores = SyntheticAssessments.Create(rubric, countries: 11, periods: 1).Select(engine.Score).ToList();
        return new ScoreRun(scores, new Dictionary<string, Rubric> { [rubric.Id] = rubric }, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), "0.0.0-bench");
    }

    private int Render(ReportRenderer renderer) => Render(renderer, run, profile, comparison);

    private static int Render(ReportRenderer renderer, ScoreRun run, ReportTemplate profile, ReportTemplate comparison)
    {
        var time = run.GeneratedAt;
        var length = 0;
        foreach (var score in run.Scores)
        {
            length += renderer.Render(profile, ReportModels.Profile(score, run, "es", time)).Value!.Length;
        }

        length += renderer.Render(comparison, ReportModels.Comparison(run.Scores.ToList(), run, "es", time)).Value!.Length;
        return length;
    }
}
