using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Coherence.Model;
using Coherence.Workbooks;

namespace Coherence.Benchmarks;

/// <summary>Where the time of writing one rubric workbook goes: <c>-- workbook-profile [n]</c>.</summary>
public static class WorkbookProfile
{
    /// <summary>Writes n workbooks in one thread and prints the time per workbook, then what compressing its parts costs.</summary>
    public static void Run(int count)
    {
        var rubric = Rubrics.Full();
        var empty = new Dictionary<ResponseKey, Response>();
        byte[] Write(int i)
        {
            using var stream = new MemoryStream();
            RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "P" + i, "es", DateTimeOffset.UnixEpoch) { Answers = empty, CountryName = CountryName.Plain("Guatemala") }, stream);
            return stream.ToArray();
        }

        var bytes = Write(0);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            bytes = Write(i);
        }

        process.Refresh();
        Console.WriteLine($"write: {wall.Elapsed.TotalMilliseconds / count:0.0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds / count:0.0} ms CPU per workbook, {bytes.Length / 1024} KB");
        var parts = new List<(string Name, byte[] Data)>();
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            foreach (var entry in zip.Entries)
            {
                using var s = entry.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                parts.Add((entry.FullName, m.ToArray()));
            }
        }

        foreach (var (name, data) in parts.OrderByDescending(p => p.Data.Length).Take(12))
        {
            Console.WriteLine($"  {name,-40} {data.Length / 1024,6} KB");
        }

        foreach (var level in new[] { CompressionLevel.Optimal, CompressionLevel.Fastest })
        {
            var sw = Stopwatch.StartNew();
            long size = 0;
            for (var i = 0; i < count; i++)
            {
                using var m = new MemoryStream();
                using (var zip = new ZipArchive(m, ZipArchiveMode.Create, leaveOpen: true))
                {
                    foreach (var (name, data) in parts)
                    {
                        using var s = zip.CreateEntry(name, level).Open();
                        s.Write(data, 0, data.Length);
                    }
                }

                size = m.Length;
            }

            Console.WriteLine($"zip {level}: {sw.Elapsed.TotalMilliseconds / count:0.0} ms per workbook, {size / 1024} KB");
        }
    }

    /// <summary>Reads a filled workbook n times and prints what each stage of reading costs.</summary>
    public static void Import(int count)
    {
        var rubric = Rubrics.Full();
        var answers = Rubrics.Answers(rubric).ToDictionary(r => r.Key);
        using var buffer = new MemoryStream();
        RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", "es", DateTimeOffset.UnixEpoch) { Answers = answers }, buffer);
        var bytes = buffer.ToArray();
        var reader = new WorkbookAssessmentReader(_ => rubric);
        void Time(string what, Action action)
        {
            action();
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < count; i++)
            {
                action();
            }

            process.Refresh();
            var kb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / count;
            Console.WriteLine($"{what,-50} {wall.Elapsed.TotalMilliseconds / count,6:0.00} ms wall {(process.TotalProcessorTime - cpu).TotalMilliseconds / count,6:0.00} ms CPU {kb,8:0} KB allocated");
        }

        if (Environment.GetEnvironmentVariable("COHERENCE_PROFILE_READ_ONLY") == "1")
        {
            // For a sampling profiler: nothing but whole reads.
            Time("whole read", () => reader.Read(bytes, "filled.xlsx", rubric));
            return;
        }

        Time("package check", () => PackageCheck.Check(bytes, WorkbookLimits.Default));
        Time("open package", () => SpreadsheetContent.Open(new MemoryStream(bytes, false)).Dispose());
        Time("open + metadata sheet", () =>
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, false));
            content.Sheet(WorkbookLayout.MetadataSheet)!.Pairs();
        });
        Time("open + every visible sheet", () =>
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, false));
            foreach (var sheet in content.Sheets.Where(s => s.State is null))
            {
                content.Sheet(sheet.Name);
            }
        });
        var answerSheets = new List<string>();
        using (var content = SpreadsheetContent.Open(new MemoryStream(bytes, false)))
        {
            var pairs = content.Sheet(WorkbookLayout.MetadataSheet)!.Pairs();
            answerSheets.AddRange(pairs.Where(p => p.Key.EndsWith(".sheet", StringComparison.Ordinal)).Select(p => p.Value));
        }

        Time("open + answer sheets, no cell read", () =>
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, false));
            foreach (var name in answerSheets)
            {
                content.Sheet(name);
            }
        });
        Time("open + answer sheets, every cell read", () =>
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, false));
            foreach (var name in answerSheets)
            {
                var sheet = content.Sheet(name)!;
                foreach (var row in sheet.Rows)
                {
                    sheet.Row(row);
                }
            }
        });
        byte[] table;
        using (var zip = new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read))
        using (var s = zip.GetEntry("xl/sharedStrings.xml")!.Open())
        using (var m = new MemoryStream())
        {
            s.CopyTo(m);
            table = m.ToArray();
        }

        Time("inflate shared strings", () =>
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read);
            using var s = zip.GetEntry("xl/sharedStrings.xml")!.Open();
            s.CopyTo(Stream.Null);
        });
        Time("shared strings: index, read the last", () =>
        {
            using var index = new SharedStringIndex(new MemoryStream(table, false));
            try
            {
                index.Get(int.MaxValue - 1, "x");
            }
            catch (WorkbookLimitException)
            {
            }
        });
        Time("shared strings: index, read every item", () =>
        {
            using var index = new SharedStringIndex(new MemoryStream(table, false));
            for (var i = 0; ; i++)
            {
                try
                {
                    index.Get(i, "x");
                }
                catch (WorkbookLimitException)
                {
                    break;
                }
            }
        });
        Time("sha-256", () => Coherence.Serialization.AssessmentJson.Sha256(bytes));
        Time("whole read", () => reader.Read(bytes, "filled.xlsx", rubric));
        var assessment = reader.Read(bytes, "filled.xlsx", rubric).Value!;
        Time("assessment to JSON", () => Coherence.Serialization.AssessmentJson.ToUtf8(assessment));
    }
}
