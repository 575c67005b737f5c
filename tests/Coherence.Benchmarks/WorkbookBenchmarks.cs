using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Benchmarks;

/// <summary>Making a rubric workbook for the full-size rubric, and reading a filled one back.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
[MinColumn]
[MedianColumn]
public class WorkbookBenchmarks
{
    private Rubric rubric = null!;
    private Dictionary<ResponseKey, Response> answers = null!;
    private byte[] filled = Array.Empty<byte>();
    private WorkbookAssessmentReader reader = null!;

    [GlobalSetup]
    public void Setup()
    {
        rubric = Rubrics.Full();
        answers = Rubrics.Answers(rubric).ToDictionary(r => r.Key);
        filled = Write(answers);
        reader = new WorkbookAssessmentReader(_ => rubric);
    }

    [Benchmark]
    public int NewWorkbook() => Write(new Dictionary<ResponseKey, Response>()).Length;

    [Benchmark]
    public int NewWorkbookCarryingOverEveryAnswer() => Write(answers).Length;

    [Benchmark]
    public int ImportFilledWorkbook() => reader.Read(filled, "filled.xlsx", rubric).Value!.Responses.Count;

    private byte[] Write(IReadOnlyDictionary<ResponseKey, Response> carried)
    {
        using var stream = new MemoryStream();
        RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", "es", DateTimeOffset.UnixEpoch) { Answers = carried }, stream);
        return stream.ToArray();
    }
}
