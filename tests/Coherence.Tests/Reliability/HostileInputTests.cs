using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Serialization;
using Coherence.Tables;
using Coherence.Tests.Spreadsheets;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reliability;

/// <summary>Each failure of the hostile-input corpus (issue 10), rebuilt from a small generated file: one located message, exit 1, nothing more.</summary>
public sealed class HostileInputTests
{
    private static string Example => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json");

    private static byte[] WithInvalidUtf8(byte[] json)
    {
        var at = IndexOf(json, Encoding.ASCII.GetBytes("\"evidence\"")) + 14;
        return json.Take(at).Concat(new byte[] { 0xFF, 0xFE }).Concat(json.Skip(at)).ToArray();
    }

    [Fact]
    public async Task Invalid_utf8_in_an_assessment_is_one_located_message_and_no_stack_trace()
    {
        using var dir = new TempDirectory();
        var bytes = WithInvalidUtf8(File.ReadAllBytes(Example));
        File.WriteAllBytes(dir.File("bad.json"), bytes);

        foreach (var args in new[] { new[] { "score", dir.File("bad.json") }, new[] { "compare", dir.File("bad.json") }, new[] { "report", dir.File("bad.json"), "-o", dir.File("r.html") } })
        {
            var (code, _, error) = await CliRunner.RunAsync(args);
            Assert.Equal(1, code);
            Assert.DoesNotContain("Exception", error);
            Assert.Matches(@"bad\.json:\d+:\d+: error ASM001: .*byte 0xFF is not valid UTF-8", error);
        }
    }

    [Fact]
    public void Invalid_utf8_in_a_yaml_or_json_rubric_is_refused_where_it_is_not_replaced_by_U_FFFD()
    {
        var yaml = Encoding.UTF8.GetBytes(TestRubrics.SmallYaml);
        var line2 = Array.IndexOf(yaml, (byte)'\n') + 1;
        var bad = yaml.Take(line2).Concat(new byte[] { (byte)'#', 0xC3, 0x28, (byte)'\n' }).Concat(yaml.Skip(line2)).ToArray();
        var result = RubricReader.Read(bad, "r.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RUB001", error.Code);
        Assert.Equal(2, error.Location.Line);
        Assert.Equal(2, error.Location.Column);

        var json = RubricReader.Read(new byte[] { (byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, "r.json");
        Assert.Equal("RUB001", Assert.Single(json.Diagnostics).Code);
    }

    [Fact]
    public void Utf16_json_without_a_byte_order_mark_is_named_as_such()
    {
        var bytes = Encoding.Unicode.GetBytes(File.ReadAllText(Example));
        var result = AssessmentJson.Read(bytes, "a.json");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("ASM001", error.Code);
        Assert.Contains("UTF-16", error.ToString());
    }

    [Fact]
    public void Json_comments_and_trailing_commas_are_accepted_as_documented()
    {
        var text = "// exported by hand\n" + File.ReadAllText(Example).TrimEnd().TrimEnd('}').TrimEnd() + ",\n}\n";
        var result = AssessmentJson.Read(Encoding.UTF8.GetBytes(text), "a.json");
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_tab_in_yaml_indentation_is_reported_on_its_line()
    {
        var lines = TestRubrics.SmallYaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var target = Array.FindIndex(lines, 3, l => l.StartsWith("  ", StringComparison.Ordinal));
        lines[target] = "\t" + lines[target];
        var result = RubricReader.Read(string.Join("\n", lines), "tab.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((target + 1, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("tab", error.ToString());
    }

    [Theory]
    [InlineData("nul", "TAB002", 2, 10)]
    [InlineData("utf16", "TAB002", 1, 0)]
    [InlineData("mixed", "TAB001", 2, 5)]
    public void Broken_csv_gets_the_message_of_what_is_wrong(string kind, string code, int line, int column)
    {
        var bytes = kind switch
        {
            "nul" => Encoding.ASCII.GetBytes("cntry,year,x\nAT,2010,1\0\n"),
            "utf16" => Encoding.Unicode.GetBytes("cntry,year,x\nAT,2010,1\n"),
            _ => Encoding.ASCII.GetBytes("cntry;year;x\n\"AT\"\t2010;1\n"),
        };
        var result = CsvReader.Read(bytes, "t.csv");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(code, error.Code);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
        if (kind == "mixed")
        {
            Assert.Contains("mixes separators", error.ToString());
        }
    }

    [Fact]
    public void A_huge_csv_cell_stops_at_the_text_limit_and_is_not_repeated()
    {
        var bytes = Encoding.ASCII.GetBytes("cntry,year,x\nAT,2010," + new string('z', CsvReader.DefaultMaxCellCharacters + 1) + "\n");
        var result = CsvReader.Read(bytes, "t.csv");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TAB008", error.Code);
        Assert.Contains(CsvReader.TextLimitVariable, error.ToString());
        Assert.True(error.ToString().Length < 400);
    }

    [Fact]
    public void Messages_quote_at_most_80_characters_of_a_value_with_an_ellipsis_in_every_language()
    {
        var value = new string('q', 50_000) + "\nsecond line";
        var diagnostic = Diagnostic.Error("ASM024", Phrase.Of("diag.not-a-level", value, "scale"), new SourceLocation("a.json", 3, 4));
        foreach (var language in Texts.Supported)
        {
            var text = diagnostic.ToString(Texts.For(language));
            Assert.Contains(new string('q', Texts.MaxQuoted - 1) + "…", text);
            Assert.DoesNotContain(new string('q', Texts.MaxQuoted), text);
            Assert.DoesNotContain("\n", text);
        }

        // Words for people other than diagnostics are not cut.
        Assert.Contains(value, Texts.English.Format("diag.not-a-level", value, "scale"));
    }

    [Fact]
    public async Task Half_a_thousand_repeats_of_one_mistake_show_20_lines_and_a_count_of_the_rest()
    {
        using var dir = new TempDirectory();
        var document = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Example))!.AsObject();
        var first = document["responses"]![0]!.ToJsonString();
        document["responses"] = System.Text.Json.Nodes.JsonNode.Parse("[" + string.Join(",", Enumerable.Repeat(first, 500)) + "]");
        File.WriteAllText(dir.File("dups.json"), document.ToJsonString());

        var (code, _, error) = await CliRunner.RunAsync("score", dir.File("dups.json"));
        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(DiagnosticCap.DefaultPerCode + 1, lines.Count(l => l.Contains("ASM026", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains($"ASM026: and {499 - DiagnosticCap.DefaultPerCode} more like this", StringComparison.Ordinal));
        Assert.Equal("499 errors.", lines[^1].Trim());
    }

    [Fact]
    public void Diagnostic_cap_passes_the_first_of_each_code_and_file_and_counts_the_rest()
    {
        var many = Enumerable.Range(1, 30).Select(i => Diagnostic.Error("X001", Phrase.Of("diag.more", i), new SourceLocation("a", i)))
            .Concat(Enumerable.Range(1, 3).Select(i => Diagnostic.Error("X001", Phrase.Of("diag.more", i), new SourceLocation("b", i))))
            .ToList();
        var shown = DiagnosticCap.Limit(many, 5).ToList();
        Assert.Equal(5 + 3 + 1, shown.Count);
        var more = shown[^1];
        Assert.Equal("a", more.Location.File);
        Assert.Equal("and 25 more like this", more.Message.ToString());
        Assert.Equal("y 25 más como este", Texts.For("es").Render(more.Message));
    }

    [Fact]
    public async Task Two_hundred_thousand_unknown_columns_are_read_with_few_suggestions()
    {
        using var dir = new TempDirectory();
        var header = "cntry,year," + string.Join(",", Enumerable.Range(0, 200_000).Select(i => "c" + i));
        File.WriteAllText(dir.File("wide.csv"), header + "\nAT,2010" + string.Concat(Enumerable.Repeat(",1", 200_000)) + "\n");
        var (code, _, error) = await CliRunner.RunAsync("import-table", dir.File("wide.csv"), "--rubric", "impic-2016", "--unit-column", "cntry", "--period-column", "year", "-o", dir.File("out") + "/");
        Assert.True(code <= 1, error);
        Assert.True(error.Count(c => c == '\n') <= 15, error);
        Assert.Matches(@"TAB010: 1999\d\d more like the above", error);
    }

    [Fact]
    public async Task Workbook_new_refuses_a_period_that_is_not_an_id_as_every_other_input_does()
    {
        using var dir = new TempDirectory();
        var (code, _, error) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--country", "GTM", "--period", "../../../wbtrav", "-o", dir.File("w.xlsx"));
        Assert.Equal(1, code);
        Assert.Contains("--period: error WBK061", error);
        Assert.Empty(Directory.GetFiles(dir.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_yaml_file_that_broke_the_scanner_in_the_fuzz_test_is_a_located_error()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", "rubric-truncated-flow.yaml");
        var result = RubricReader.Read(File.ReadAllBytes(path), "r.yaml");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RUB001", error.Code);
        Assert.True(error.Location.Line > 0);
    }

    [Fact]
    public void A_document_with_more_values_than_the_limit_stops_where_it_goes_over()
    {
        var json = "{\"spec\": [" + string.Join(",", Enumerable.Repeat("1", DocumentLimits.DefaultMaxValues)) + "]}";
        var result = RubricReader.Read(Encoding.UTF8.GetBytes(json), "r.json");
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RUB001", error.Code);
        Assert.Contains(DocumentLimits.Variable, error.ToString());
        Assert.Equal(1, error.Location.Line);
    }

    internal static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
