using System;
using System.Diagnostics;
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
            var watch = Stopwatch.StartNew();
            var bytes = new ReportBenchmarks().RenderWithNewRenderer();
            watch.Stop();
            Console.WriteLine($"cold: 11 profiles + 1 comparison (HTML), {bytes / 1024} KiB, in {watch.Elapsed.TotalMilliseconds:0} ms");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
