using System.Linq;
using BenchmarkDotNet.Attributes;
using Coherence.Reports;
using Coherence.Scoring;

namespace Coherence.Benchmarks;

/// <summary>Rendering the reports of a study: 11 HTML country profiles and one regional comparison, models included.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly ScoreRun run = ReportWorkload.Create();
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
    [Benchmark(Baseline = true)]
    public int RenderWithCompiledTemplates() => Render(warm);

    /// <summary>With a new renderer, which compiles both templates and their partials first.</summary>
    [Benchmark]
    public int RenderWithNewRenderer() => Render(new ReportRenderer());

    private int Render(ReportRenderer renderer)
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
