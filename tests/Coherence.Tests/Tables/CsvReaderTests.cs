using System.Linq;
using System.Text;
using Coherence.Tables;
using Xunit;

namespace Coherence.Tests.Tables;

public class CsvReaderTests
{
    private static CsvTable Read(string text)
    {
        var result = CsvReader.Read(text, "t.csv");
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public void Quoted_cells_keep_delimiters_line_breaks_and_doubled_quotes()
    {
        var table = Read("id,evidence,n\nX1,\"Ley 12, art. 3\",1\nX2,\"first line\nsecond \"\"quoted\"\" line\",2\nX3,\"\",3\n");

        Assert.Equal(new[] { "id", "evidence", "n" }, table.Header);
        Assert.Equal(new[] { "X1", "Ley 12, art. 3", "1" }, table.Rows[0].Cells);
        Assert.Equal("first line\nsecond \"quoted\" line", table.Rows[1][1]);
        Assert.Equal(new[] { "X3", string.Empty, "3" }, table.Rows[2].Cells);
    }

    [Fact]
    public void A_byte_order_mark_and_crlf_line_endings_leave_no_trace_in_the_cells()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("país,año\r\nMÉX,2016\r\n\"a\r\nb\",2017\r\n")).ToArray();

        var table = CsvReader.Read(bytes, "t.csv").Value!;

        Assert.Equal(new[] { "país", "año" }, table.Header);
        Assert.Equal(new[] { "MÉX", "2016" }, table.Rows[0].Cells);
        Assert.Equal("a\nb", table.Rows[1][0]);
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void Old_mac_line_endings_end_records_too()
    {
        var table = Read("a,b\r1,2\r3,4");

        Assert.Equal(new[] { "1", "2" }, table.Rows[0].Cells);
        Assert.Equal(new[] { "3", "4" }, table.Rows[1].Cells);
    }

    [Fact]
    public void Empty_cells_at_the_end_of_a_record_are_kept()
    {
        var table = Read("a,b,c\n1,,\n2,3,");

        Assert.Equal(new[] { "1", string.Empty, string.Empty }, table.Rows[0].Cells);
        Assert.Equal(new[] { "2", "3", string.Empty }, table.Rows[1].Cells);
    }

    [Fact]
    public void Blank_lines_are_left_out_but_row_numbers_stay_those_a_spreadsheet_shows()
    {
        var table = Read("a,b\n\n1,\"x\ny\"\n2,z\n\n");

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(3, table.Rows[0].Number);
        Assert.Equal(3, table.Rows[0].Line);
        Assert.Equal(4, table.Rows[1].Number);
        Assert.Equal(5, table.Rows[1].Line);
    }

    [Fact]
    public void A_quote_never_closed_is_an_error_where_it_opens()
    {
        var result = CsvReader.Read("a,b\n1,\"open\n2,3\n", "t.csv");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TAB001", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(3, error.Location.Column);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_an_error()
    {
        var result = CsvReader.Read("a,b\n\"x\"y,1\n", "t.csv");

        Assert.Equal("TAB001", Assert.Single(result.Diagnostics).Code);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Semicolons_are_the_delimiter_when_the_header_uses_them()
    {
        var table = Read("país;año;x1\nMEX;2016;\"0,5\"\n");

        Assert.Equal(';', table.Delimiter);
        Assert.Equal(new[] { "MEX", "2016", "0,5" }, table.Rows[0].Cells);
    }

    [Fact]
    public void Tabs_are_the_delimiter_when_the_header_uses_them()
    {
        var table = Read("a\tb\n1,5\t2\n");

        Assert.Equal('\t', table.Delimiter);
        Assert.Equal(new[] { "1,5", "2" }, table.Rows[0].Cells);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("a,b\nñ,2\n")).ToArray();

        Assert.Equal("ñ", CsvReader.Read(bytes, "t.csv").Value!.Rows[0][0]);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_with_the_line_and_how_to_save_as_utf8()
    {
        var bytes = Encoding.ASCII.GetBytes("a,b\n1,2\nM").Concat(new byte[] { 0xC9, (byte)'X', (byte)'\n' }).ToArray();

        var error = Assert.Single(CsvReader.Read(bytes, "t.csv").Diagnostics);

        Assert.Equal("TAB002", error.Code);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("UTF-8", error.Hint?.ToString());
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        Assert.Equal("TAB003", Assert.Single(CsvReader.Read("\n\n", "t.csv").Diagnostics).Code);
    }

    [Fact]
    public void Header_names_are_trimmed_but_cells_are_verbatim()
    {
        var table = Read(" a , b\n 1 , 2 \n");

        Assert.Equal(new[] { "a", "b" }, table.Header);
        Assert.Equal(new[] { " 1 ", " 2 " }, table.Rows[0].Cells);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void Columns_are_lettered_as_spreadsheets_do(int index, string letters)
    {
        Assert.Equal(letters, CsvTable.ColumnLetters(index));
    }
}
