using BenchmarkDotNet.Running;

namespace Coherence.Benchmarks;

/// <summary>Runs the benchmarks picked on the command line (<c>--filter '*Workbook*'</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
