using System;
using BenchmarkDotNet.Running;

namespace Coherence.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Coherence.Benchmarks -- --filter '*'</c>;
/// <c>-- cold-reports</c> times a first report run in a fresh process.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cold-reports")
        {
            // What a user waits for in 'coherence report': compiling the templates and JIT included.
            var (scoring, reporting, length) = ReportBenchmarks.ColdStart();
            Console.WriteLine($"cold, fresh process: scoring 11 assessments {scoring.TotalMilliseconds:0} ms; 11 profiles + 1 comparison (HTML, {length / 1024} K characters) {reporting.TotalMilliseconds:0} ms");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
