using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>A workbook opened and scanned ahead, while a batch's rubric loads, reads exactly as one read in one go.</summary>
public class ReadAheadTests
{
    [Fact]
    public void A_workbook_scanned_ahead_reads_as_one_read_in_one_go_whatever_is_wrong_with_it()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var good = temp.File("GTM-2026.xlsx");
        Workbooks.Write(good, rubric, new[] { Law("D1", "immigrants", "full") with { Evidence = "Ley 44 & <anexo>" }, Practice("D2", "returnees", "none") });
        var files = new[]
        {
            good,
            Edited(temp, good, "damaged-sheet.xlsx", GroupSheet(good), xml => xml.Replace("</x:sheetData>", "<x:row r=\"900\"><x:c r=\"A900\" t=\"inlineStr\"><x:is><x:t>a &bogus; b</x:t></x:is></x:c></x:row></x:sheetData>", StringComparison.Ordinal)),
            Edited(temp, good, "lost-text.xlsx", "xl/sharedStrings.xml", xml => xml.Substring(0, xml.IndexOf("Ley 44", StringComparison.Ordinal))),
            Edited(temp, good, "other-format.xlsx", "xl/sharedStrings.xml", xml => xml.Replace(">" + WorkbookLayout.Format + "<", ">otro-formato<", StringComparison.Ordinal)),
            Cut(temp, good, "cut.xlsx"),
            temp.File("missing.xlsx"),
            Copy(temp, good, "old.xls"),
        };

        foreach (var file in files)
        {
            var reader = new WorkbookAssessmentReader(_ => rubric);
            var ahead = reader.Read(reader.Prepare(file), rubric);
            var whole = new WorkbookAssessmentReader(_ => rubric).ReadFile(file, rubric);

            Assert.Equal(Describe(whole), Describe(ahead));
        }

        // What each case is: the comparison above is only worth as much as the variety of what it compared.
        var codes = files.Select(f => string.Join(",", new WorkbookAssessmentReader(_ => rubric).ReadFile(f, rubric).Errors.Select(e => e.Code))).ToList();
        Assert.Equal(new[] { string.Empty, "WBK004", "WBK120", "WBK005", "WBK004", "WBK008", "WBK003" }, codes);
    }

    [Fact]
    public void A_prepared_workbook_gives_its_buffer_back_once_read()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, rubric, new[] { Law("D1", "immigrants", "full") });
        var reader = new WorkbookAssessmentReader(_ => rubric);
        var prepared = reader.Prepare(path);
        Assert.NotNull(prepared.Content);
        Assert.NotNull(prepared.Bytes);

        Assert.True(reader.Read(prepared, rubric).IsSuccess);

        Assert.Null(prepared.Content);
        Assert.Null(prepared.Bytes);
    }

    private static string Describe(Result<Assessment> result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.ToString())) + "\n--\n" + (result.Value is { } a ? Workbooks.Describe(a.Responses) + "\n" + a.Source?.Sha256 : "(none)");

    private static string GroupSheet(string path) => SheetWith(path, "law.level");

    // The worksheet part whose shared strings or inline strings include a text (the first sheet that shows it).
    private static string SheetWith(string path, string text)
    {
        using var zip = ZipFile.OpenRead(path);
        var strings = Read(zip.GetEntry("xl/sharedStrings.xml")!);
        var items = strings.Split("<x:si>").Skip(1).ToList();
        var index = items.FindIndex(i => i.Contains(">" + text + "<", StringComparison.Ordinal));
        return zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal)
            .First(e => Read(e) is var xml && (xml.Contains($"<x:v>{index}</x:v>", StringComparison.Ordinal) || xml.Contains(">" + text + "<", StringComparison.Ordinal))).FullName;
    }

    private static string Edited(TempDirectory temp, string source, string name, string entry, Func<string, string> edit)
    {
        var path = Copy(temp, source, name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var xml = Read(zip.GetEntry(entry)!);
        var edited = edit(xml);
        Assert.NotEqual(xml, edited);
        zip.GetEntry(entry)!.Delete();
        using var stream = zip.CreateEntry(entry).Open();
        var bytes = Encoding.UTF8.GetBytes(edited);
        stream.Write(bytes, 0, bytes.Length);
        return path;
    }

    private static string Cut(TempDirectory temp, string source, string name)
    {
        var bytes = File.ReadAllBytes(source);
        var path = temp.File(name);
        File.WriteAllBytes(path, bytes.Take(bytes.Length / 2).ToArray());
        return path;
    }

    private static string Copy(TempDirectory temp, string source, string name)
    {
        var path = temp.File(name);
        File.Copy(source, path);
        return path;
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
