using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Tests.Spreadsheets;
using TestWorkbooks = Coherence.Tests.Spreadsheets.Workbooks;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;

namespace Coherence.Tests.Reliability;

/// <summary>Workbooks that inflate without end, or declare entities, are refused early with the limit named (Apache POI's <c>ZipSecureFile</c> defence).</summary>
public sealed class WorkbookLimitTests
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void An_entry_compressed_far_beyond_the_ratio_is_refused_as_a_zip_bomb_before_it_is_read()
    {
        // 2 MiB of identical rows compress about a thousand times.
        var result = ReadWith("xl/worksheets/sheet2.xml", Sheet(Enumerable.Repeat("<row><c t=\"inlineStr\"><is><t>1</t></is></c></row>", 50_000)));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK071", error.Code);
        Assert.Contains("COHERENCE_MAX_COMPRESSION_RATIO", error.ToString());
        Assert.Equal("xl/worksheets/sheet2.xml", error.Location.Detail);
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_stops_at_the_first_row_beyond_it()
    {
        // Numbered rows of varied content: under the ratio, over the rows.
        var rows = Enumerable.Range(1, 10_001).Select(r => $"<row r=\"{r}\"><c r=\"A{r}\"><v>{r * 7919 % 100_003}</v></c></row>");
        var result = ReadWith(GroupSheet(), Sheet(rows));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK072", error.Code);
        Assert.EndsWith("!A10001", error.Location.Detail);
        Assert.Contains("COHERENCE_MAX_ROWS", error.ToString());
    }

    [Fact]
    public void A_row_with_more_cells_than_the_limit_is_refused_at_the_first_cell_beyond_it()
    {
        var cells = string.Concat(Enumerable.Range(1, 501).Select(c => $"<c><v>{c}</v></c>"));
        var result = ReadWith(GroupSheet(), Sheet(new[] { $"<row r=\"1\">{cells}</row>" }));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK073", error.Code);
        Assert.Contains("COHERENCE_MAX_CELLS_PER_ROW", error.ToString());
    }

    [Fact]
    public void A_declared_entity_is_refused_as_such_not_as_damage_and_no_file_is_opened()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><sst xmlns=\"" + Main + "\"><si><t>&e;</t></si></sst>";
        var result = ReadWith("xl/sharedStrings.xml", Encoding.UTF8.GetBytes(xxe));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK004", error.Code);
        Assert.Contains("declares a DTD or an entity", error.ToString());
        Assert.DoesNotContain("damaged", error.ToString());
    }

    [Fact]
    public void A_formula_saved_without_its_result_is_noted_so_that_the_reader_can_warn()
    {
        using var dir = new TempDirectory();
        TestWorkbooks.Write(dir.File("w.xlsx"), TestRubrics.Small());
        var entry = GroupSheet();
        using (var zip = ZipFile.Open(dir.File("w.xlsx"), ZipArchiveMode.Update))
        {
            zip.GetEntry(entry)!.Delete();
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(Sheet(new[] { "<row r=\"2\"><c r=\"B2\"><f>CONCATENATE(\"a\",\"b\")</f></c><c r=\"C2\" t=\"str\"><f>1+1</f><v>2</v></c></row>" }));
        }

        using var content = SpreadsheetContent.Open(new MemoryStream(File.ReadAllBytes(dir.File("w.xlsx"))));
        var name = content.Sheets.First(s => s.RelationshipId is not null && content.Sheet(s.Name) is { } cells && (cells.IsUncalculated(2, 2) || cells.Text(3, 2) is not null)).Name;
        var sheet = content.Sheet(name)!;
        Assert.True(sheet.IsUncalculated(2, 2));
        Assert.Null(sheet.Text(2, 2));
        Assert.False(sheet.IsUncalculated(3, 2));
        Assert.Equal("2", sheet.Text(3, 2));
    }

    [Fact]
    public void Text_too_long_for_a_cell_is_cut_visibly_and_the_assessment_warns()
    {
        var cut = SharedStrings.Clean(new string('e', 40_000));
        Assert.Equal(SharedStrings.MaxCellCharacters, cut.Length);
        Assert.EndsWith("e…", cut);

        var rubric = TestRubrics.Small();
        var assessment = TestRubrics.Assess(rubric, TestRubrics.Law("H1", "immigrants", "full") with { Evidence = new string('e', 40_000) });
        var diagnostics = new System.Collections.Generic.List<Coherence.Diagnostics.Diagnostic>();
        Coherence.Scoring.AssessmentValidator.Check(rubric, assessment, diagnostics);
        var warning = Assert.Single(diagnostics, d => d.Code == "ASM029");
        Assert.Contains("40,000 characters", warning.ToString());
    }

    private static string GroupSheet()
    {
        // The first group sheet of the small rubric's workbook: the sheet after the instructions.
        using var dir = new TempDirectory();
        TestWorkbooks.Write(dir.File("w.xlsx"), TestRubrics.Small());
        using var zip = ZipFile.OpenRead(dir.File("w.xlsx"));
        return zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)).OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).ElementAt(1);
    }

    private static byte[] Sheet(System.Collections.Generic.IEnumerable<string> rows) =>
        Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + Main + "\"><sheetData>" + string.Concat(rows) + "</sheetData></worksheet>");

    private static Coherence.Diagnostics.Result<Coherence.Model.Assessment> ReadWith(string entry, byte[] content)
    {
        using var dir = new TempDirectory();
        var rubric = TestRubrics.Small();
        TestWorkbooks.Write(dir.File("w.xlsx"), rubric);
        using (var zip = ZipFile.Open(dir.File("w.xlsx"), ZipArchiveMode.Update))
        {
            zip.GetEntry(entry)?.Delete();
            using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
            stream.Write(content);
        }

        return TestWorkbooks.Read(dir.File("w.xlsx"), rubric);
    }
}
