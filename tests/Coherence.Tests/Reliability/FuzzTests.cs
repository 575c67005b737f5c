using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using System.Xml.Linq;
using Coherence.Serialization;
using Coherence.Tables;
using Coherence.Tests.Spreadsheets;
using TestWorkbooks = Coherence.Tests.Spreadsheets.Workbooks;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Reliability;

/// <summary>Mutates valid inputs (bytes, zip entries, XML nodes) with a fixed seed and count: no exception may escape a reader, none may hang, none may allocate without bound.</summary>
/// <remarks>Every crash found so becomes a test of its own in <see cref="HostileInputTests"/> or <see cref="WorkbookLimitTests"/>.</remarks>
public sealed class FuzzTests
{
    private const int Seed = 20261203;
    private const long MaxAllocatedBytes = 256L * 1024 * 1024;
    private static readonly TimeSpan MaxPerCase = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Mutated_assessments_rubrics_and_tables_give_diagnostics_never_exceptions()
    {
        var random = new Random(Seed);
        var root = TestRubrics.RepositoryRoot();
        var assessment = File.ReadAllBytes(Path.Combine(root, "rubrics", "examples", "XMA-2026.json"));
        var rubricYaml = Encoding.UTF8.GetBytes(TestRubrics.SmallYaml);
        var rubricJson = Encoding.UTF8.GetBytes(RubricJsonWriter.Write(TestRubrics.Small()));
        var table = File.ReadAllLines(Path.Combine(root, "tests", "Coherence.Tests", "TestData", "impic2016.csv")).Take(40);
        var csv = Encoding.UTF8.GetBytes(string.Join("\n", table) + "\n");

        for (var i = 0; i < 150; i++)
        {
            Run($"assessment #{i}", Mutate(assessment, random), bytes => AssessmentJson.Read(bytes, "a.json"));
            Run($"rubric yaml #{i}", Mutate(rubricYaml, random), bytes => RubricReader.Read(bytes, "r.yaml"));
            Run($"rubric json #{i}", Mutate(rubricJson, random), bytes => RubricReader.Read(bytes, "r.json"));
            Run($"csv #{i}", Mutate(csv, random), bytes => CsvReader.Read(bytes, "t.csv"));
        }
    }

    [Fact]
    public void Mutated_workbooks_give_diagnostics_never_exceptions()
    {
        var random = new Random(Seed);
        var rubric = TestRubrics.Small();
        byte[] workbook;
        using (var dir = new TempDirectory())
        {
            TestWorkbooks.Write(dir.File("w.xlsx"), rubric, TestRubrics.Small().Indicators.Take(2).Select(i => TestRubrics.Law(i.Id, i.Groups.First(), "full")));
            workbook = File.ReadAllBytes(dir.File("w.xlsx"));
        }

        var reader = new WorkbookAssessmentReader(_ => rubric);
        for (var i = 0; i < 60; i++)
        {
            var mutated = (i % 3) switch
            {
                0 => Mutate(workbook, random),
                1 => MutateEntry(workbook, random),
                _ => MutateXml(workbook, random),
            };
            Run($"workbook #{i} ({(i % 3 == 0 ? "bytes" : i % 3 == 1 ? "entry" : "xml")})", mutated, bytes => reader.Read(bytes, "w.xlsx"));
        }
    }

    private void Run<T>(string name, byte[] input, Func<byte[], Coherence.Diagnostics.Result<T>> read)
        where T : class
    {
        Exception? escaped = null;
        long allocated = 0;
        var task = Task.Run(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                var result = read(input);
                // A failure always says why.
                if (!result.IsSuccess && !result.Diagnostics.Any(d => d.IsError))
                {
                    escaped = new InvalidOperationException("a failure without an error diagnostic");
                }
            }
            catch (Exception e)
            {
                escaped = e;
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        if (!task.Wait(MaxPerCase))
        {
            Save(name, input);
            Assert.Fail($"{name}: still reading after {MaxPerCase.TotalSeconds} s");
        }

        if (escaped is not null)
        {
            Save(name, input);
            Assert.Fail($"{name}: {escaped}");
        }

        Assert.True(allocated < MaxAllocatedBytes, $"{name}: allocated {allocated / (1024 * 1024)} MiB");
    }

    private void Save(string name, byte[] input)
    {
        // The input that failed, for a regression test.
        var path = Path.Combine(Path.GetTempPath(), "coherence-fuzz-" + string.Concat(name.Where(char.IsLetterOrDigit)) + ".bin");
        File.WriteAllBytes(path, input);
        output.WriteLine($"{name}: input saved to {path}");
    }

    private static readonly byte[][] Interesting =
    {
        new byte[] { 0 }, new byte[] { 0xFF }, new byte[] { 0xC3 }, new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE },
        Encoding.ASCII.GetBytes("\""), Encoding.ASCII.GetBytes("{"), Encoding.ASCII.GetBytes("]"), Encoding.ASCII.GetBytes("\t"),
        Encoding.ASCII.GetBytes("\n"), Encoding.ASCII.GetBytes(";"), Encoding.ASCII.GetBytes("&a;"), Encoding.ASCII.GetBytes("*a"),
        Encoding.ASCII.GetBytes("NaN"), Encoding.ASCII.GetBytes("1e999"), Encoding.ASCII.GetBytes("-"), Encoding.ASCII.GetBytes(": "),
    };

    private static byte[] Mutate(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var count = 1 + random.Next(8);
        for (var m = 0; m < count && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(6))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                case 2:
                    bytes.InsertRange(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 3:
                    // Repeat a slice: duplicate keys, responses, rows.
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(512));
                    var slice = bytes.GetRange(at, length);
                    for (var r = random.Next(1, 20); r > 0; r--)
                    {
                        bytes.InsertRange(at, slice);
                    }

                    break;
                case 4:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
            }
        }

        return bytes.ToArray();
    }

    private static byte[] Rewrite(byte[] workbook, Func<string, byte[], byte[]?> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var read = entry.Open();
                using var copy = new MemoryStream();
                read.CopyTo(copy);
                if (change(entry.FullName, copy.ToArray()) is { } content)
                {
                    using var write = target.CreateEntry(entry.FullName).Open();
                    write.Write(content);
                }
            }
        }

        return output.ToArray();
    }

    private static byte[] MutateEntry(byte[] workbook, Random random)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var chosen = names[random.Next(names.Count)];
        var action = random.Next(3);
        return Rewrite(workbook, (name, content) => name != chosen ? content : action switch
        {
            0 => null,
            1 => Mutate(content, random),
            _ => content.Take(random.Next(content.Length + 1)).ToArray(),
        });
    }

    private static byte[] MutateXml(byte[] workbook, Random random)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).Where(n => n.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        var chosen = names[random.Next(names.Count)];
        return Rewrite(workbook, (name, content) =>
        {
            if (name != chosen)
            {
                return content;
            }

            var document = XDocument.Load(new MemoryStream(content));
            var elements = document.Descendants().ToList();
            var element = elements[random.Next(elements.Count)];
            switch (random.Next(4))
            {
                case 0 when element.Parent is not null:
                    element.Remove();
                    break;
                case 1 when element.Parent is not null:
                    for (var r = random.Next(1, 50); r > 0; r--)
                    {
                        element.AddAfterSelf(new XElement(element));
                    }

                    break;
                case 2:
                    element.Value = new string('x', random.Next(1, 40_000));
                    break;
                default:
                    foreach (var attribute in element.Attributes().ToList())
                    {
                        attribute.Value = random.Next(2) == 0 ? string.Empty : "ZZ999999";
                    }

                    break;
            }

            return Encoding.UTF8.GetBytes(document.ToString(SaveOptions.DisableFormatting));
        });
    }
}
