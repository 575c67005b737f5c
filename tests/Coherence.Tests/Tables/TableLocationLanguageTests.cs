using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Tables;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Tables;

/// <summary>The places a table's diagnostics point at (a row of a column map, the header row) are said in the reader's language, like the messages.</summary>
public class TableLocationLanguageTests
{
    private static readonly CultureInfo Guatemala = CultureInfo.GetCultureInfo("es-GT");

    [Fact]
    public void A_column_map_row_is_a_row_in_english_and_a_fila_in_spanish()
    {
        var map = ColumnMap.Read(CsvReader.Read("column,indicator,facet,group\nA,H1,law,immigrants\nB,HH1,law,immigrants\n", "map.csv").Value!).Value!;
        var result = new TableImporter(TestRubrics.Small()).Import(
            CsvReader.Read("country,year,A,B\nMEX,2016,full,full\n", "t.csv").Value!, new TableImportSettings("country", "year") { Map = map, Strict = true });

        var error = result.Diagnostics.Single(d => d.Code == "TAB021");

        Assert.Equal("map.csv:3: row 3", error.Location.ToString());
        Assert.StartsWith("map.csv:3: row 3: error TAB021: ", error.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("map.csv:3: fila 3: error TAB021: ", error.ToString(Guatemala), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_header_row_is_named_in_the_reader_s_language()
    {
        var result = new TableImporter(TestRubrics.Small()).Import(
            CsvReader.Read("pais,year,A\nMEX,2016,full\n", "t.csv").Value!, new TableImportSettings("country", "year"));

        var error = result.Diagnostics.Single(d => d.Code == "TAB006");

        Assert.StartsWith("t.csv:1: header row: error TAB006: ", error.ToString(), System.StringComparison.Ordinal);
        Assert.StartsWith("t.csv:1: fila de encabezados: error TAB006: ", error.ToString(Guatemala), System.StringComparison.Ordinal);
        Assert.DoesNotContain("header", error.ToString(Texts.For("es")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_comes_before_the_detail_it_refines()
    {
        var location = new SourceLocation("lista.csv", 4, Detail: "Country (A4)") { Place = Phrase.Of("location.row", "4") };

        Assert.Equal("lista.csv:4: row 4, Country (A4)", location.ToString());
        Assert.Equal("lista.csv:4: fila 4, Country (A4)", location.ToString(Texts.For("es")));
    }
}
