using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Coherence.Benchmarks -- --filter '*'</c>;
/// <c>-- cold-reports</c> times a first report run in a fresh process;
/// <c>-- inputs &lt;folder&gt; [n]</c> writes the inputs of <c>tests/perf/import-vs-openpyxl.sh</c>.
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

        if (args.Length > 0 && args[0] == "workbook-profile")
        {
            WorkbookProfile.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
            return;
        }

        if (args.Length > 0 && args[0] == "import-profile")
        {
            WorkbookProfile.Import(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 50);
            return;
        }

        if (args.Length > 0 && args[0] == "robustness-cpu")
        {
            // CPU time of 10,000 draws x 35 countries: on a loaded machine the processor time is what one core pays.
            var bench = new RobustnessBenchmarks();
            bench.Setup();
            bench.TenThousandDraws();
            var process = System.Diagnostics.Process.GetCurrentProcess();
            for (var i = 0; i < 3; i++)
            {
                var cpu = process.TotalProcessorTime;
                var wall = System.Diagnostics.Stopwatch.StartNew();
                bench.TenThousandDraws();
                process.Refresh();
                Console.WriteLine($"10,000 draws x 35 countries: {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, {wall.ElapsedMilliseconds} ms wall");
            }

            bench.Parts();
            return;
        }

        // 'inputs <folder> [n]' writes the full-size rubric, an assessment answering all of it and n filled workbooks.
        if (args.Length is 2 or 3 && args[0] == "inputs")
        {
            Directory.CreateDirectory(args[1]);
            var rubric = Rubrics.Full();
            File.WriteAllText(Path.Combine(args[1], "rubric.json"), RubricJsonWriter.Write(rubric));
            var assessment = new Assessment(CountryCode.Parse("GTM"), "2025", RubricReference.Of(rubric), Rubrics.Answers(rubric).ToList());
            File.WriteAllBytes(Path.Combine(args[1], "answers.json"), AssessmentJson.ToUtf8(assessment));
            var count = args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 0;
            var folder = Path.Combine(args[1], "workbooks");
            Directory.CreateDirectory(folder);
            var answers = assessment.Responses.ToDictionary(r => r.Key);
            for (var i = 1; i <= count; i++)
            {
                var period = "R" + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
                using var stream = File.Create(Path.Combine(folder, "GTM-" + period + ".xlsx"));
                Workbooks.RubricWorkbookWriter.Write(new Workbooks.RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), period, "es", DateTimeOffset.UnixEpoch) { Answers = answers, ToolVersion = Operations.ToolInfo.Version }, stream);
            }

            Console.WriteLine($"{rubric.Id} {rubric.Version}: {rubric.Indicators.Count} indicators, {rubric.Groups.Count} groups, {assessment.Responses.Count} answers, {count} workbooks");
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
