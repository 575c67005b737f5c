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

    /// <summary>Times the parts of a run: drawing the choices, scoring, ranking.</summary>
    public void Parts()
    {
        var runner = new RobustnessRunner(model, plan);
        var design = runner.DesignFor(10_000, 1)!;
        var state = new DrawState(model, plan.Factors.Count);
        var scratch = new DrawScratch(model);
        var scores = new double[model.Assessments.Count];
        var groups = new double[scores.Length * model.Groups];
        var classes = new sbyte[scores.Length * model.MatrixCells];
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Prepare(design, run, state);
        }

        var prepare = watch.ElapsedMilliseconds;
        state.Reset(model);
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Score(state, scratch, scores, groups, classes);
        }

        Console.WriteLine($"nominal choices: score {watch.ElapsedMilliseconds} ms");
        state.Geometric[model.Root] = true;
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Score(state, scratch, scores, groups, classes);
        }

        Console.WriteLine($"geometric root: score {watch.ElapsedMilliseconds} ms");
        runner.Prepare(design, design.Runs - 1, state);
        watch.Restart();
        for (var run = 0; run < design.Runs; run++)
        {
            runner.Score(state, scratch, scores, groups, classes);
        }

        Console.WriteLine($"prepare {prepare} ms, score {watch.ElapsedMilliseconds} ms (last draw's choices, {design.Runs} runs)");
    }

    [Benchmark(Description = "Robustness: the same, indices without intervals")]
    public int TenThousandDrawsNoBootstrap() => new RobustnessRunner(model, noIntervals).Run(10_000, 1, DateTimeOffset.UnixEpoch, "bench", null, null, CancellationToken.None).Draws;
}
