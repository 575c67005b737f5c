using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>A batch's workbooks copied from one template per language read exactly as workbooks written one by one.</summary>
public class WorkbookTemplateTests
{
    [Fact]
    public void A_workbook_copied_from_another_countrys_template_reads_exactly_as_one_written_alone()
    {
        using var temp = new TempDirectory();
        var rubric = CountryScoped();
        var templates = new WorkbookTemplates();
        var first = Request(rubric, "GTM", null, null);
        var second = Request(rubric, "HND", "Honduras <& \"Sur\">", "Ana Pérez & Cía");
        var third = Request(rubric, "SLV", "El Salvador", "Luis Romero") with { Period = "2027" };
        foreach (var (request, name) in new[] { (first, "a.xlsx"), (second, "b.xlsx"), (third, "c.xlsx") })
        {
            using var stream = File.Create(temp.File(name));
            templates.Write(request, stream);
        }

        // One template for the workbooks without an assessor, one for those with: the country, its name and the period are holes.
        Assert.Equal(2, templates.Count);
        foreach (var (request, name) in new[] { (first, "a.xlsx"), (second, "b.xlsx"), (third, "c.xlsx") })
        {
            var alone = temp.File("alone-" + name);
            using (var stream = File.Create(alone))
            {
                RubricWorkbookWriter.Write(request, stream);
            }

            var copied = temp.File(name);
            Assert.Equal(WorkbookDump.Of(alone), WorkbookDump.Of(copied));
            Assert.Equal(Headers(alone), Headers(copied));
            Workbooks.AssertValid(copied);
        }

        var headers = Headers(temp.File("b.xlsx"));
        Assert.All(headers, h => Assert.Equal("&C&10Honduras <&& \"Sur\"> · 2026", h));
        Assert.Contains("inline \"Honduras <& \\\"Sur\\\"> (HND)\"", WorkbookDump.Of(temp.File("b.xlsx")), StringComparison.Ordinal);
        var read = Workbooks.Read(temp.File("b.xlsx"), rubric);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(("HND", "2026", "Honduras <& \"Sur\">"), (read.Value!.Country.Value, read.Value.Period, read.Value.CountryName?.For("es")));
        Assert.Equal("Ana Pérez & Cía", Assert.Single(read.Value.Assessors).Name);
        Assert.Equal(("SLV", "2027"), WorkbookAssessmentReader.ReadKey(temp.File("c.xlsx")));
    }

    [Fact]
    public void A_country_whose_name_wraps_a_title_differently_gets_a_template_of_its_own()
    {
        using var temp = new TempDirectory();
        var rubric = CountryScoped();
        var templates = new WorkbookTemplates();
        var requests = new[]
        {
            Request(rubric, "GTM", "Guatemala", null),
            Request(rubric, "VEN", "República Bolivariana de Venezuela, con un nombre que ocupa más de una línea en el título del formulario impreso y en el propósito de las instrucciones", null),
            Request(rubric, "CRI", "Costa Rica", null),
        };
        for (var i = 0; i < requests.Length; i++)
        {
            using var stream = File.Create(temp.File(i + ".xlsx"));
            templates.Write(requests[i], stream);
        }

        Assert.Equal(2, templates.Count);
        using (var stream = File.Create(temp.File("alone.xlsx")))
        {
            RubricWorkbookWriter.Write(requests[1], stream);
        }

        // The row heights (h=) of the long name's workbook are its own, not the template's first country's.
        Assert.Equal(WorkbookDump.Of(temp.File("alone.xlsx")), WorkbookDump.Of(temp.File("1.xlsx")));
        Assert.NotEqual(RowHeights(temp.File("0.xlsx")), RowHeights(temp.File("1.xlsx")));
    }

    [Fact]
    public void Names_given_per_language_are_each_countrys_own_in_a_copied_workbook_and_a_plain_name_takes_another_template()
    {
        using var temp = new TempDirectory();
        var rubric = CountryScoped();
        var templates = new WorkbookTemplates();
        var requests = new[]
        {
            Request(rubric, "XMA", null, null) with { CountryName = CountryName.PerLanguage("es", "País de ejemplo A (ficticio)", "en", "Example country A (fictitious)") },
            Request(rubric, "XMB", null, null) with { CountryName = CountryName.PerLanguage("es", "País de ejemplo B (ficticio)", "en", "Example country B (fictitious)") },
            Request(rubric, "XMC", "País de ejemplo C", null),
        };
        for (var i = 0; i < requests.Length; i++)
        {
            using var stream = File.Create(temp.File(i + ".xlsx"));
            templates.Write(requests[i], stream);
        }

        // The metadata of a name per language has keys a plain name has not: the plain name cannot share the first template.
        Assert.Equal(2, templates.Count);
        for (var i = 0; i < requests.Length; i++)
        {
            var alone = temp.File("alone-" + i + ".xlsx");
            using (var stream = File.Create(alone))
            {
                RubricWorkbookWriter.Write(requests[i], stream);
            }

            Assert.Equal(WorkbookDump.Of(alone), WorkbookDump.Of(temp.File(i + ".xlsx")));
            var read = Workbooks.Read(temp.File(i + ".xlsx"), rubric);
            Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
            Assert.Equal(requests[i].CountryName, read.Value!.CountryName);
        }
    }

    [Fact]
    public void Where_the_runtime_cannot_deflate_runs_apart_each_part_is_deflated_whole_and_the_workbook_is_the_same()
    {
        // Windows PowerShell 5.1 (.NET Framework) may not end a deflated run on a byte boundary when flushed: its
        // packages take this path, which net10 never takes on its own.
        using var temp = new TempDirectory();
        var rubric = CountryScoped();
        var sample = Request(rubric, "GTM", "Guatemala", "Marta Díaz");
        var other = Request(rubric, "HND", "Honduras <& \"Sur\">", "Ana Pérez & Cía") with { Period = "2027" };
        var template = WorkbookTemplate.Build(sample, deflateRunsApart: false);
        Assert.True(template.Fits(other));
        foreach (var (request, name) in new[] { (sample, "gtm"), (other, "hnd") })
        {
            using (var stream = File.Create(temp.File(name + ".xlsx")))
            {
                template.Write(request, stream);
            }

            using (var stream = File.Create(temp.File(name + "-alone.xlsx")))
            {
                RubricWorkbookWriter.Write(request, stream);
            }

            Assert.Equal(WorkbookDump.Of(temp.File(name + "-alone.xlsx")), WorkbookDump.Of(temp.File(name + ".xlsx")));
            Workbooks.AssertValid(temp.File(name + ".xlsx"));
        }

        var read = Workbooks.Read(temp.File("hnd.xlsx"), rubric);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(("HND", "2027", "Honduras <& \"Sur\">"), (read.Value!.Country.Value, read.Value.Period, read.Value.CountryName?.For("es")));
        using var zip = new ZipArchive(File.OpenRead(temp.File("hnd.xlsx")));
        Assert.All(zip.Entries, e => Assert.True(Read(e).Length > 0 || e.Length == 0));
    }

    [Fact]
    public void The_metadata_a_reader_needs_is_written_in_its_cells_and_read_from_there()
    {
        using var temp = new TempDirectory();
        var path = temp.File("gtm.xlsx");
        var rubric = CountryScoped();
        using (var stream = File.Create(path))
        {
            RubricWorkbookWriter.Write(Request(rubric, "GTM", "Guatemala", "Marta Díaz"), stream);
        }

        // The country, its name, the period and the assessor are inline strings (t="inlineStr"), not shared ones.
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var metadata = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == "_coherence");
            var part = (WorksheetPart)document.WorkbookPart.GetPartById(metadata.Id!);
            var inline = part.Worksheet.Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InlineString!.InnerText).ToList();
            Assert.Equal(new[] { "GTM", "Guatemala", "2026", "Marta Díaz", "government" }, inline);
        }

        var read = Workbooks.Read(path, rubric);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(("GTM", "2026", "Guatemala"), (read.Value!.Country.Value, read.Value.Period, read.Value.CountryName?.For("es")));
        Assert.Equal(new Assessor("Marta Díaz", null, AssessorRole.Government), Assert.Single(read.Value.Assessors));
        Assert.Equal(("GTM", "2026"), WorkbookAssessmentReader.ReadKey(path));
    }

    [Fact]
    public void Crc32_of_two_runs_joined_is_their_checksums_combined()
    {
        Assert.Equal(0xCBF43926u, Crc32.Of(Encoding.ASCII.GetBytes("123456789"), 0, 9));
        var random = new Random(12);
        foreach (var length in new[] { 1, 2, 7, 100, 4096, 100_003 })
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            foreach (var cut in new[] { 0, 1, length / 2, length - 1, length })
            {
                var joined = Crc32.Combine(Crc32.Of(bytes, 0, cut), Crc32.Of(bytes, cut, length - cut), length - cut);
                Assert.Equal(Crc32.Of(bytes, 0, length), joined);
            }
        }
    }

    [Fact]
    public void Runs_deflated_apart_and_stored_blocks_inflate_to_the_bytes_laid_end_to_end()
    {
        var random = new Random(3);
        var text = string.Concat(Enumerable.Range(0, 4000).Select(i => "<c r=\"A" + i + "\"><v>" + random.Next(100) + "</v></c>"));
        var a = Encoding.UTF8.GetBytes(text);
        var hole = new byte[70_000];
        random.NextBytes(hole);
        var runs = new[] { DeflatedRun.TryDeflate(a, 0, a.Length)!, DeflatedRun.Stored(hole), DeflatedRun.TryDeflate(a, 10, 5000)!, DeflatedRun.Stored(Array.Empty<byte>()), DeflatedRun.TryDeflate(a, 0, 0)! };
        Assert.DoesNotContain(null, runs);
        var expected = a.Concat(hole).Concat(a.Skip(10).Take(5000)).ToArray();

        using var zipped = new MemoryStream();
        var zip = new ZipPackageWriter(zipped, new DateTime(2026, 3, 1, 12, 30, 44));
        zip.Add("xl/worksheets/sheet1.xml", runs);
        zip.Add("docProps/título.xml", runs.Take(1).ToList());
        zip.Finish();

        zipped.Position = 0;
        using var archive = new ZipArchive(zipped, ZipArchiveMode.Read);
        Assert.Equal(new[] { "xl/worksheets/sheet1.xml", "docProps/título.xml" }, archive.Entries.Select(e => e.FullName));
        Assert.Equal(expected, Read(archive.Entries[0]));
        Assert.Equal(a, Read(archive.Entries[1]));
        Assert.Equal(Crc32.Of(expected, 0, expected.Length), archive.Entries[0].Crc32);
        Assert.Equal(new DateTime(2026, 3, 1, 12, 30, 44), archive.Entries[0].LastWriteTime.DateTime);
    }

    [Fact]
    public void A_package_past_what_a_zip_without_zip64_holds_is_refused_not_written_unreadable()
    {
        var before = ZipPackageWriter.Limit;
        try
        {
            ZipPackageWriter.Limit = 1000;
            var bytes = new byte[2000];
            var zip = new ZipPackageWriter(new MemoryStream(), DateTime.UnixEpoch);
            var refused = Assert.Throws<WorkbookLimitException>(() => zip.Add("xl/sharedStrings.xml", new[] { DeflatedRun.Stored(bytes) }));
            Assert.Equal("WBK110", refused.Code);
            Assert.Equal("xl/sharedStrings.xml", refused.Where);
        }
        finally
        {
            ZipPackageWriter.Limit = before;
        }
    }

    private static RubricWorkbookRequest Request(Rubric rubric, string country, string? name, string? assessor) =>
        new(rubric, CountryCode.Parse(country), "2026", "es", Workbooks.Now)
        {
            CountryName = name is null ? null : CountryName.Plain(name),
            Assessor = assessor is null ? null : new Assessor(assessor, null, AssessorRole.Government),
            ToolVersion = "test",
        };

    private static List<string> Headers(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<OddHeader>()).Select(h => h.Text).ToList();
    }

    private static string RowHeights(string path) =>
        string.Join("\n", WorkbookDump.Of(path).Split('\n').Where(l => l.StartsWith("row ", StringComparison.Ordinal)));

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
