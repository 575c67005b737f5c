using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Benchmarks;

/// <summary>Issue figures: scoring 220 assessments of the bundled rubric (11 countries x 20 periods) under 100 ms; loading and validating the bundled rubric under 50 ms.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private Rubric rubric = null!;
    private IReadOnlyList<Assessment> assessments = null!;
    private byte[] rubricBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        assessments = SyntheticAssessments.Create(rubric, countries: 11, periods: 20);
        using var stream = typeof(RubricCatalog).Assembly.GetManifestResourceStream("Coherence.Rubrics.mesoamerica.yaml")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        rubricBytes = buffer.ToArray();
    }

    [Benchmark(Description = "Score 220 assessments (11 countries x 20 periods)")]
    public int Score220Assessments()
    {
        var engine = new ScoringEngine(rubric);
        var total = 0;
        foreach (var assessment in assessments)
        {
            total += engine.Score(assessment).Indicators.Count;
        }

        return total;
    }

    [Benchmark(Description = "Parse the bundled rubric's YAML only")]
    public object? ParseBundledRubricYaml() => DocumentText.Parse(rubricBytes, "mesoamerica.yaml");

    [Benchmark(Description = "Load and validate the bundled rubric")]
    public Rubric LoadBundledRubric() => RubricReader.Read(rubricBytes, "mesoamerica.yaml").Value!;
}
