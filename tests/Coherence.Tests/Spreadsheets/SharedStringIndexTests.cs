using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Coherence.Workbooks;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

public class SharedStringIndexTests
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    [Theory]
    [InlineData("<si><t>Ausente</t></si>", "Ausente")]
    [InlineData("<x:si><x:t>con prefijo</x:t></x:si>", "con prefijo")]
    [InlineData("<si><t xml:space=\"preserve\">  espacios  </t></si>", "  espacios  ")]
    [InlineData("<si><t>a &lt; b &amp;&amp; c &gt; d &quot;e&quot; &apos;f&apos;</t></si>", "a < b && c > d \"e\" 'f'")]
    [InlineData("<si><t>&#233;&#xE9;&#x1F600;</t></si>", "éé😀")]
    [InlineData("<si><r><rPr><b/><rFont val=\"Calibri\"/></rPr><t>Ley </t></r><r><t xml:space=\"preserve\">44-2016</t></r></si>", "Ley 44-2016")]
    [InlineData("<si><t>東京</t><rPh sb=\"0\" eb=\"2\"><t>トウキョウ</t></rPh><phoneticPr fontId=\"1\"/></si>", "東京")]
    [InlineData("<si><t>línea 1\r\nlínea 2\rlínea 3</t></si>", "línea 1\nlínea 2\nlínea 3")]
    [InlineData("<si><t>retorno&#13;&#10;guardado</t></si>", "retorno\r\nguardado")]
    [InlineData("<si><t>Excel_x000D__x000A_escribe</t></si>", "Excel\r\nescribe")]
    [InlineData("<si><t>literal _x005F_x0041_ y _x12_</t></si>", "literal _x0041_ y _x12_")]
    [InlineData("<si><t><![CDATA[<b> & ]]></t></si>", "<b> & ")]
    [InlineData("<si><!-- a > b --><t>tras comentario</t></si>", "tras comentario")]
    [InlineData("<si><t/></si>", "")]
    [InlineData("<si/>", "")]
    public void An_item_reads_as_spreadsheet_programs_show_it(string item, string expected)
    {
        var table = Head + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>antes</t></si>" + item + "<si><t>después</t></si></sst>";

        using var index = Index(table);

        Assert.Equal("después", index.Get(2, "A!A1"));
        Assert.Equal(expected, index.Get(1, "A!A1"));
        Assert.Equal("antes", index.Get(0, "A!A1"));
    }

    [Fact]
    public void Items_read_in_any_order_and_in_small_pieces_equal_what_an_xml_parser_reads()
    {
        Prop.ForAll(Texts().ToArbitrary(), texts =>
        {
            var table = Written(texts);
            using var index = new SharedStringIndex(new TrickleStream(table, 7));
            var order = Enumerable.Range(0, texts.Length).Reverse().Concat(Enumerable.Range(0, texts.Length)).ToList();
            return order.All(i => index.Get(i, "A!A1") == Parsed(table)[i]);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Only_as_much_of_the_table_is_inflated_as_the_items_asked_for()
    {
        var texts = Enumerable.Range(0, 2000).Select(i => "nivel " + i + new string('x', 200)).ToArray();
        var stream = new TrickleStream(Written(texts), 4096);
        using var index = new SharedStringIndex(stream);

        Assert.Equal(texts[10], index.Get(10, "A!A1"));

        Assert.True(stream.Position < stream.Length / 10, $"{stream.Position} of {stream.Length} bytes read for the 11th item");
    }

    [Theory]
    [InlineData("<sst><si><t>uno</t></si><si><t>dos</t></si></sst>", 2)]
    [InlineData("<sst><si><t>uno</t></si><si><t>do", 1)]
    [InlineData("<sst><si><t>uno</t></si><si><t>dos</t><si><t>tres</t></si></si></sst>", 1)]
    [InlineData("<sst><si><t>uno</t></si><si><t>a &bogus; b</t></si></sst>", 1)]
    [InlineData("<sst><si><t>uno</t></si><si><t>a &#xD800; b</t></si></sst>", 1)]
    [InlineData("<sst><si><t>uno</t></si><si><t>a & b</t></si></sst>", 1)]
    [InlineData("<sst><si><t>uno</t></si></si><si><t>dos</t></si></sst>", 1)]
    public void A_damaged_table_or_an_index_past_its_end_is_told_at_the_cell_that_shows_it(string table, int damaged)
    {
        using var index = Index(Head + table);

        Assert.Equal("uno", index.Get(0, "Inmigrantes!F6"));
        var error = Assert.Throws<WorkbookLimitException>(() => index.Get(damaged, "Inmigrantes!F6"));

        Assert.Equal("WBK120", error.Code);
        Assert.Equal("Inmigrantes!F6", error.Where);
        Assert.Contains(damaged.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Reason.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_in_utf16_is_read_by_the_xml_parser()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-16\"?><sst><si><t>añadido</t></si><si><r><t>dos </t></r><r><t>partes</t></r></si></sst>")).ToArray();

        using var index = new SharedStringIndex(new MemoryStream(bytes));

        Assert.Equal("dos partes", index.Get(1, "A!A1"));
        Assert.Equal("añadido", index.Get(0, "A!A1"));
        Assert.Throws<WorkbookLimitException>(() => index.Get(2, "A!A1"));
    }

    [Fact]
    public void A_workbook_without_a_table_refuses_every_index()
    {
        using var index = new SharedStringIndex(null);

        Assert.Equal("WBK120", Assert.Throws<WorkbookLimitException>(() => index.Get(0, "A!A1")).Code);
    }

    private static SharedStringIndex Index(string table) => new(new MemoryStream(Encoding.UTF8.GetBytes(table)));

    // Texts with what needs escaping or care: markup characters, line ends, spaces at the ends, non-Latin letters.
    private static Gen<string[]> Texts() =>
        Gen.Elements("a", "ñ", "<", ">", "&", "\"", "'", "\n", " ", "\t", "東", "😀", "x", "_", "Ley 44-2016", "art.")
            .ListOf()
            .Select(parts => string.Concat(parts))
            .ArrayOf()
            .Where(texts => texts.Length > 0);

    // A table as Open XML writers write it: XmlWriter escaping, xml:space on texts with spaces at the ends.
    private static byte[] Written(IEnumerable<string> texts)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize }))
        {
            const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            writer.WriteStartElement("x", "sst", Main);
            foreach (var text in texts)
            {
                writer.WriteStartElement("x", "si", Main);
                writer.WriteStartElement("x", "t", Main);
                if (text.Trim().Length != text.Length)
                {
                    writer.WriteAttributeString("xml", "space", null, "preserve");
                }

                writer.WriteString(text);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static List<string> Parsed(byte[] table)
    {
        var texts = new List<string>();
        using var reader = SpreadsheetContent.CreateReader(new MemoryStream(table));
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                texts.Add(SpreadsheetContent.ReadStringItem(reader));
            }
        }

        return texts;
    }

    /// <summary>A stream that hands out at most a few bytes per read, as an inflating stream may.</summary>
    private sealed class TrickleStream : MemoryStream
    {
        private readonly int most;

        public TrickleStream(byte[] bytes, int most)
            : base(bytes, writable: false) => this.most = most;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, most));
    }
}
