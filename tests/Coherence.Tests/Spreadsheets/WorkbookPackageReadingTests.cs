using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using Coherence.Model;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>How the importer reads the package itself: parts, shared strings, inline strings, and damage.</summary>
public class WorkbookPackageReadingTests
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Answers_written_as_inline_strings_read_as_the_same_answers_as_shared_ones()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, rubric, Answers());
        var shared = Workbooks.Read(path, rubric);
        Assert.True(shared.IsSuccess, string.Join("\n", shared.Diagnostics));

        // Every cell of every sheet as an inline string, evidence split in two rich-text runs, as a writer of
        // country-specific texts may do; the shared-strings table is then emptied, so nothing can come from it.
        var inline = temp.File("inline.xlsx");
        File.Copy(path, inline);
        var inlined = 0;
        using (var zip = ZipFile.Open(inline, ZipArchiveMode.Update))
        {
            var strings = SharedTexts(zip);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).ToList())
            {
                var sheet = Load(entry);
                foreach (var cell in sheet.Descendants(Main + "c").Where(c => (string?)c.Attribute("t") == "s").ToList())
                {
                    var text = strings[int.Parse(cell.Element(Main + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)];
                    var half = text.Length / 2;
                    cell.SetAttributeValue("t", "inlineStr");
                    cell.Element(Main + "v")!.Remove();
                    cell.Add(text.StartsWith("Ley", StringComparison.Ordinal)
                        ? new XElement(Main + "is", Run(text.Substring(0, half)), Run(text.Substring(half)))
                        : new XElement(Main + "is", new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text)));
                    inlined++;
                }

                Save(zip, entry.FullName, sheet);
            }

            Save(zip, "xl/sharedStrings.xml", new XDocument(new XElement(Main + "sst")));
        }

        var read = Workbooks.Read(inline, rubric);

        Assert.True(inlined > 100, $"{inlined} cells inlined");
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(Workbooks.Describe(shared.Value!.Responses), Workbooks.Describe(read.Value!.Responses));
        Assert.Equal(Workbooks.Describe(Answers()), Workbooks.Describe(read.Value!.Responses));
    }

    [Fact]
    public void A_damaged_shared_strings_table_is_told_at_the_first_cell_that_needs_a_lost_text()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, rubric, Answers());
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            // Cut after the metadata's texts and before the answers': the file still opens, and tells who it is.
            var table = Encoding.UTF8.GetString(Bytes(zip.GetEntry("xl/sharedStrings.xml")!));
            var cut = table.IndexOf("<x:si>", table.IndexOf("Ley 44", StringComparison.Ordinal) - 200, StringComparison.Ordinal);
            Assert.True(cut > 0);
            Replace(zip, "xl/sharedStrings.xml", Encoding.UTF8.GetBytes(table.Substring(0, cut + 12)));
        }

        var result = Workbooks.Read(path, rubric);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        Assert.Equal("WBK120", error.Code);
        Assert.Matches(@"^.*GTM-2026\.xlsx: [^!]+![A-Z]+[0-9]+: error WBK120: the workbook's table of shared texts \(xl/sharedStrings\.xml\) is damaged or ends before text [0-9]+, which this cell shows", error.ToString());
        Assert.Contains("xl/sharedStrings.xml", error.ToString(System.Globalization.CultureInfo.GetCultureInfo("es-GT")), StringComparison.Ordinal);
        Assert.Equal(("GTM", "2026"), WorkbookAssessmentReader.ReadKey(path));
    }

    [Fact]
    public void A_zip_cut_anywhere_or_with_damaged_entries_gets_one_clear_line()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, rubric, Answers());
        var bytes = File.ReadAllBytes(path);
        var reader = new WorkbookAssessmentReader(_ => rubric);

        foreach (var length in new[] { 4, 30, bytes.Length / 10, bytes.Length / 2, bytes.Length * 9 / 10, bytes.Length - 30, bytes.Length - 1 })
        {
            var result = reader.Read(bytes.Take(length).ToArray(), "cut.xlsx");

            var error = Assert.Single(result.Diagnostics);
            Assert.Equal("cut.xlsx: error WBK004: is damaged or truncated: it cannot be opened as a workbook (open it in Excel or LibreOffice Calc and save it again as .xlsx)", error.ToString());
        }

        // The directory intact but an entry's compressed bytes overwritten: inflating it fails, or its CRC does not match.
        using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
        {
            var entry = zip.GetEntry("xl/sharedStrings.xml")!;
            var offset = LocalDataOffset(bytes, entry.FullName);
            var damaged = (byte[])bytes.Clone();
            for (var i = offset + 20; i < offset + Math.Min(entry.CompressedLength, 400); i++)
            {
                damaged[i] = 0xFF;
            }

            var result = reader.Read(damaged, "bits.xlsx");

            Assert.False(result.IsSuccess);
            Assert.Contains(Assert.Single(result.Errors).Code, new[] { "WBK004", "WBK120" });
        }
    }

    [Fact]
    public void Parts_are_found_through_relationships_wherever_a_writer_puts_them()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, rubric, Answers());

        // Relative targets and other part names, as Excel writes them, and a main part found through its content type.
        var moved = temp.File("moved.xlsx");
        using (var source = ZipFile.OpenRead(path))
        using (var target = ZipFile.Open(moved, ZipArchiveMode.Create))
        {
            foreach (var entry in source.Entries)
            {
                var name = entry.FullName.Replace("xl/", "book/", StringComparison.Ordinal).Replace("worksheets/sheet", "hojas/hoja%20", StringComparison.Ordinal);
                var data = Bytes(entry);
                if (entry.FullName.EndsWith(".rels", StringComparison.Ordinal) || entry.FullName == "[Content_Types].xml")
                {
                    var text = Encoding.UTF8.GetString(data).Replace("/xl/worksheets/sheet", "hojas/hoja%20", StringComparison.Ordinal).Replace("/xl/", "/book/", StringComparison.Ordinal);
                    if (entry.FullName == "_rels/.rels")
                    {
                        // No package relationships at all: the content types must say where the workbook is.
                        continue;
                    }

                    data = Encoding.UTF8.GetBytes(text);
                }

                using var stream = target.CreateEntry(name.Replace("hoja%20", "hoja ", StringComparison.Ordinal)).Open();
                stream.Write(data, 0, data.Length);
            }
        }

        var read = Workbooks.Read(moved, rubric);

        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(Workbooks.Describe(Answers()), Workbooks.Describe(read.Value!.Responses));
    }

    private static List<Response> Answers() => new()
    {
        Law("D1", "immigrants", "full") with { Evidence = "Ley 44-2016, art. 12 & <anexo>", Sources = new[] { "https://ejemplo.gt/ley?a=1&b=2", "Acuerdo 3" }, Confidence = Confidence.High },
        Practice("D1", "immigrants", "partial") with { Notes = "  con espacios  \nen dos líneas", Confidence = Confidence.Low },
        Practice("D2", "returnees", "none") with { Evidence = "Ley 7 — informe \"anual\"" },
    };

    private static XElement Run(string text) => new(Main + "r", new XElement(Main + "rPr", new XElement(Main + "b")), new XElement(Main + "t", new XAttribute(XNamespace.Xml + "space", "preserve"), text));

    private static List<string> SharedTexts(ZipArchive zip) =>
        Load(zip.GetEntry("xl/sharedStrings.xml")!).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value))).ToList();

    private static XDocument Load(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        return XDocument.Load(stream, LoadOptions.PreserveWhitespace);
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void Save(ZipArchive zip, string name, XDocument document)
    {
        using var buffer = new MemoryStream();
        document.Save(buffer, SaveOptions.DisableFormatting);
        Replace(zip, name, buffer.ToArray());
    }

    private static void Replace(ZipArchive zip, string name, byte[] data)
    {
        zip.GetEntry(name)?.Delete();
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(data, 0, data.Length);
    }

    // Where an entry's compressed data starts: its local header, then the name and extra field.
    private static int LocalDataOffset(byte[] bytes, string name)
    {
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 30 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4)
            {
                var nameLength = BitConverter.ToUInt16(bytes, i + 26);
                var extraLength = BitConverter.ToUInt16(bytes, i + 28);
                if (nameLength == encoded.Length && bytes.Skip(i + 30).Take(nameLength).SequenceEqual(encoded))
                {
                    return i + 30 + nameLength + extraLength;
                }
            }
        }

        throw new InvalidOperationException(name + " not found");
    }
}
