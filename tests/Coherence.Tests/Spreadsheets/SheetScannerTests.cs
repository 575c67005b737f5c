using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Workbooks;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>The byte scanner of sheet XML reads every cell as the XML parser does (which still reads sheets saved in UTF-16).</summary>
public class SheetScannerTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static readonly string[] Shared = { "cero", "uno & <dos>", "tres" };

    [Theory]
    [InlineData("<c r=\"B2\" t=\"s\"><v>1</v></c>", "uno & <dos>")]
    [InlineData("<c r=\"B2\" t=\"s\"><v> 2 </v></c>", "tres")]
    [InlineData("<x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c>", "cero")]
    [InlineData("<c r=\"$B$2\" s=\"4\" t=\"s\"><v>0</v></c>", "cero")]
    [InlineData("<c r=\"b2\" t=\"s\"><v>0</v></c>", "cero")]
    [InlineData("<c r='B2' t='inlineStr'><is><t>comillas simples</t></is></c>", "comillas simples")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><is><t>a &amp; b &#233; &#x1F600;</t></is></c>", "a & b é 😀")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>Ley </t></r><r><t xml:space=\"preserve\">44-2016</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></is></c>", "Ley 44-2016")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><!-- <c r=\"Z9\"> --><is><t>tras comentario</t></is></c>", "tras comentario")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><is><t>Excel_x000D__x000A_escribe</t></is></c>", "Excel\r\nescribe")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><is><t>línea 1\r\nlínea 2</t></is></c>", "línea 1\nlínea 2")]
    [InlineData("<c r=\"B2\" t=\"str\" cm=\"a>b\"><f>A1&amp;\"x\"</f><v>uno &lt;dos&gt;</v></c>", "uno <dos>")]
    [InlineData("<c r=\"B2\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>", "#DIV/0!")]
    [InlineData("<c r=\"B2\" t=\"b\"><v>1</v></c>", "TRUE")]
    [InlineData("<c r=\"B2\" t=\"b\"><v>0</v></c>", "FALSE")]
    [InlineData("<c r=\"B2\"><v>2E0</v></c>", "2")]
    [InlineData("<c r=\"B2\" t=\"n\"><v>0.370</v></c>", "0.37")]
    [InlineData("<c r=\"B2\"><v><![CDATA[7]]></v></c>", "7")]
    [InlineData("<c r=\"B2\" t=\"str\"><v>a<![CDATA[<b>]]>c</v></c>", "a<b>c")]
    [InlineData("<c r=\"B2\" t=\"d\"><v>2026-12-03T00:00:00</v></c>", "2026-12-03T00:00:00")]
    [InlineData("<c r=\"B2\" t=\"inlineStr\"><is/></c>", null)]
    [InlineData("<c r=\"B2\"/>", null)]
    [InlineData("<c r=\"B2\" t=\"s\"></c>", null)]
    [InlineData("<c r=\"B2\" t=\"s\"><v>x</v></c>", null)]
    public void A_cell_reads_as_the_xml_parser_reads_it(string cell, string? expected)
    {
        var row = $"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>antes</t></is></c>{cell}<c r=\"C2\"><v>3</v></c></row>";
        foreach (var utf16 in new[] { false, true })
        {
            using var content = Open(Sheet(row, prefixed: cell.StartsWith("<x:", StringComparison.Ordinal)), utf16);
            var cells = content.Sheet("Hoja")!;
            Assert.Equal(expected, cells.Text(2, 2));
            Assert.Equal("antes", cells.Text(1, 2));
            Assert.Equal("3", cells.Text(3, 2));
        }
    }

    [Fact]
    public void A_formula_saved_without_its_result_is_noted_by_both_readers()
    {
        var row = "<row r=\"4\"><c r=\"B4\" t=\"str\"><f>A1</f></c><c r=\"C4\" t=\"s\"><f>A2</f></c><c r=\"D4\" t=\"str\"><f>A3</f><v>calculado</v></c></row>";
        foreach (var utf16 in new[] { false, true })
        {
            using var content = Open(Sheet(row), utf16);
            var cells = content.Sheet("Hoja")!;
            Assert.True(cells.IsUncalculated(2, 4));
            Assert.True(cells.IsUncalculated(3, 4));
            Assert.False(cells.IsUncalculated(4, 4));
            Assert.Null(cells.Text(2, 4));
            Assert.Equal("calculado", cells.Text(4, 4));
        }
    }

    [Theory]
    [InlineData("<row r=\"1\"><c r=\"A1\"><v>1</v")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a &bogus; b</t></is></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a & b</v></c></row>")]
    [InlineData("<row r=\"1\"><c r=\"A1\" t=\"str\"><v><![CDATA[sin fin</v></c></row>")]
    public void Damaged_sheet_xml_is_refused_as_damage(string rows)
    {
        using var content = Open(Sheet(rows, close: false), utf16: false);
        Assert.Throws<InvalidDataException>(() => content.Sheet("Hoja"));
    }

    [Fact]
    public void Any_sheet_reads_the_same_through_the_scanner_and_the_xml_parser()
    {
        // Rows out of order or repeated, cells right to left, references left out, every kind of value, prefixes.
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (xml, prefixed) = RandomSheet(new Random(seed));
            var sheet = Sheet(xml, prefixed);
            using var scanned = Open(sheet, utf16: false);
            using var parsed = Open(sheet, utf16: true);
            var a = Dump(scanned.Sheet("Hoja")!);
            var b = Dump(parsed.Sheet("Hoja")!);
            return (a == b).Label($"seed {seed}:\n{xml}\nscanner:\n{a}\nparser:\n{b}");
        }).QuickCheckThrowOnFailure();
    }

    private static (string Xml, bool Prefixed) RandomSheet(Random random)
    {
        var prefixed = random.Next(4) == 0;
        var p = prefixed ? "x:" : string.Empty;
        var xml = new StringBuilder();
        var rows = random.Next(1, 12);
        uint row = 0;
        for (var r = 0; r < rows; r++)
        {
            row = random.Next(5) switch { 0 => (uint)random.Next(1, 15), 1 => row, _ => row + (uint)random.Next(1, 3) };
            var numbered = random.Next(6) != 0;
            xml.Append('<').Append(p).Append("row").Append(numbered ? $" r=\"{Math.Max(row, 1)}\"" : string.Empty).Append(" spans=\"1:9\">");
            var column = 0;
            var cells = random.Next(0, 8);
            for (var c = 0; c < cells; c++)
            {
                column = random.Next(6) == 0 ? random.Next(1, 10) : column + random.Next(1, 3);
                var reference = random.Next(5) == 0 ? string.Empty : $" r=\"{CellReference.Column(column)}{Math.Max(row, 1)}\"";
                xml.Append(RandomCell(random, p, reference));
            }

            xml.Append("</").Append(p).Append("row>");
        }

        return (xml.ToString(), prefixed);
    }

    private static string RandomCell(Random random, string p, string reference) => random.Next(11) switch
    {
        0 => $"<{p}c{reference} t=\"s\"><{p}v>{random.Next(0, 3)}</{p}v></{p}c>",
        1 => $"<{p}c{reference} t=\"inlineStr\"><{p}is><{p}t>{Pick(random)}</{p}t></{p}is></{p}c>",
        2 => $"<{p}c{reference} t=\"inlineStr\"><{p}is><{p}r><{p}t>{Pick(random)}</{p}t></{p}r><{p}r><{p}t xml:space=\"preserve\"> {Pick(random)}</{p}t></{p}r></{p}is></{p}c>",
        3 => $"<{p}c{reference}><{p}v>{random.NextDouble() * 1000:R}</{p}v></{p}c>",
        4 => $"<{p}c{reference} t=\"str\"><{p}f>A1</{p}f><{p}v>{Pick(random)}</{p}v></{p}c>",
        5 => $"<{p}c{reference} t=\"str\"><{p}f>A1</{p}f></{p}c>",
        6 => $"<{p}c{reference} t=\"b\"><{p}v>{random.Next(2)}</{p}v></{p}c>",
        7 => $"<{p}c{reference} s=\"3\"/>",
        8 => $"<{p}c{reference}><{p}v><![CDATA[{random.Next(100)}]]></{p}v></{p}c>",
        9 => $"<{p}c{reference} t=\"s\"><{p}v> {random.Next(0, 3)}\n</{p}v></{p}c>",
        _ => $"<{p}c{reference} t=\"e\"><{p}v>#N/A</{p}v></{p}c>",
    };

    private static string Pick(Random random) => new[] { "Ausente", "a &amp; b", "&lt;c&gt;", "&#233;", "dos\r\nlíneas", "_x000D_", "  ", "ñandú" }[random.Next(8)];

    private static string Dump(SheetCells cells)
    {
        var text = new StringBuilder();
        foreach (var row in cells.Rows)
        {
            text.Append(row).Append(':');
            foreach (var cell in cells.Row(row).OrderBy(c => c.Key))
            {
                text.Append(' ').Append(cell.Key).Append('=').Append(cell.Value.Replace("\n", "\\n", StringComparison.Ordinal));
            }

            text.Append('\n');
        }

        for (var row = 1u; row < 16; row++)
        {
            for (var column = 1; column < 20; column++)
            {
                if (cells.IsUncalculated(column, row))
                {
                    text.Append("uncalculated ").Append(column).Append(',').Append(row).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Sheet(string rows, bool prefixed = false, bool close = true)
    {
        var p = prefixed ? "x:" : string.Empty;
        var ns = prefixed ? $"xmlns:x=\"{Main}\"" : $"xmlns=\"{Main}\" xmlns:x=\"{Main}\"";
        var head = $"<?xml version=\"1.0\" encoding=\"ENCODING\" standalone=\"yes\"?>\n<{p}worksheet {ns}><{p}dimension ref=\"A1:C9\"/><{p}cols><{p}col min=\"1\" max=\"3\" width=\"9\"/></{p}cols><{p}sheetData>{rows}";
        return close ? head + $"</{p}sheetData><{p}dataValidations count=\"1\"><{p}dataValidation sqref=\"A1\"><{p}formula1>\"&lt;c r=&quot;A1&quot;&gt;\"</{p}formula1></{p}dataValidation></{p}dataValidations></{p}worksheet>" : head;
    }

    // A workbook of one sheet, "Hoja", with the sheet's XML in UTF-8 (read by the scanner) or UTF-16 (read by the XML parser).
    private static SpreadsheetContent Open(string sheet, bool utf16)
    {
        var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, byte[] bytes)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(bytes, 0, bytes.Length);
            }

            void Text(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

            Text("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
            Text("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Text("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Hoja\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Text("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Text("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">" + string.Concat(Shared.Select(s => "<si><t>" + System.Security.SecurityElement.Escape(s) + "</t></si>")) + "</sst>");
            Encoding encoding = utf16 ? new UnicodeEncoding(bigEndian: false, byteOrderMark: true) : new UTF8Encoding(false);
            Add("xl/worksheets/sheet1.xml", encoding.GetPreamble().Concat(encoding.GetBytes(sheet.Replace("ENCODING", utf16 ? "UTF-16" : "UTF-8", StringComparison.Ordinal))).ToArray());
        }

        package.Position = 0;
        return SpreadsheetContent.Open(package);
    }
}
