using System;
using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Coherence.Model;
using Coherence.Robustness;
using Coherence.Rubrics;

namespace Coherence.Benchmarks;

/// <summary>Issue figure: 10,000 draws over 35 countries with the bundled rubric in under 1 s on one core (run with <c>--affinity 1</c>).</summary>
[MemoryDiagnoser]
public class RobustnessBenchmarks
{
    /// <summary>The example specification's inputs (rubrics/examples/robustness.yaml): eight uncertain inputs of every kind.</summary>
    public const string Spec = """
        apiVersion: coherence/v1
        kind: Robustness
        spec:
          weights:
            - { node: mesoamerica-coherence, dirichlet: 50 }
            - { node: rights, perturbation: 0.25 }
          aggregation:
            - { level: 0, methods: [arithmetic, geometric] }
          thresholds: { gap: [20, 30], high: [40, 60] }
          minCoverage:
            - { node: "*", range: [0.4, 0.6] }
          levels:
            - scale: implementation
              sets:
                - { none: 0, incipient: 15, partial: 40, extensive: 70, full: 100 }
          leaveOneOut: true
        """;

    private RobustnessModel model = null!;
    private RobustnessPlan plan = null!;
    private RobustnessPlan noIntervals = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        IReadOnlyList<Assessment> assessments = SyntheticAssessments.Create(rubric, countries: 35, periods: 1);
        model = new RobustnessModel(rubric, assessments);
        plan = RobustnessSpecReader.Read(Spec, null, model).Value!;
        noIntervals = plan with { Bootstrap = 0 };
    }

    [Benchmark(Description = "Robustness: 10,000 draws x 35 countries, ranks, classes, Sobol indices with 100 bootstrap resamples")]
    public int TenThousandDraws() => new RobustnessRunner(model, plan).Run(10_000, 1, DateTimeOffset.UnixEpoch, "bench", null, null, CancellationToken.None).Draws;

    /// <summary>Times the parts of a run, 10,000 times each over every assessment: drawing the choices, a draw aggregated whole (kept dimensions copied), the root alone, the classes alone.</summary>
    public void Parts()
    {
        var runner = new RobustnessRunner(model, plan);
        var design = runner.DesignFor(10_000, 1)!;
        var state = new DrawState(model, plan.Factors.Count);
        var scratch = new DrawScratch(model);
        var memo = runner.NewMemo();
        var scores = new double[model.Assessments.Count];
        var groups = new double[scores.Length * model.Groups];
        var classes = new sbyte[scores.Length * model.MatrixCells];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Prepare(design, run, state);
        }

        var prepare = watch.ElapsedMilliseconds;
        runner.Prepare(design, design.Runs - 1, state);
        runner.Score(state, scratch, scores, groups, classes, memo);
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Score(state, scratch, scores, groups, classes, memo);
        }

        var whole = watch.ElapsedMilliseconds;
        var root = new[] { model.Root };
        var none = new bool[model.TopSlots.Length];
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            for (var a = 0; a < scores.Length; a++)
            {
                scores[a] = model.Evaluate(state, a, scratch, plan.Measure, groups, classes, root, 0, none, null);
            }
        }

        var rootOnly = watch.ElapsedMilliseconds;
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            for (var a = 0; a < scores.Length; a++)
            {
                scores[a] = model.Evaluate(state, a, scratch, plan.Measure, groups, classes, Array.Empty<int>(), 0, null, null);
            }
        }

        Console.WriteLine($"{design.Runs} draws: prepare {prepare} ms; score whole {whole} ms, root alone {rootOnly} ms, classes alone {watch.ElapsedMilliseconds} ms");
    }

    [Benchmark(Description = "Robustness: the same, indices without intervals")]
    public int TenThousandDrawsNoBootstrap() => new RobustnessRunner(model, noIntervals).Run(10_000, 1, DateTimeOffset.UnixEpoch, "bench", null, null, CancellationToken.None).Draws;
}
