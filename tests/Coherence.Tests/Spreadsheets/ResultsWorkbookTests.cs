using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Workbooks;
using Coherence.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck.Fluent;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace Coherence.Tests.Spreadsheets;

public class ResultsWorkbookTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void A_results_workbook_passes_the_Open_XML_validator(string language)
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var samples = AssessmentGenerator.Responses(rubric).Sample(3, 20).ToList();
        var run = ResultsWorkbookFixture.Run(rubric, ("GTM", samples[0]), ("HND", samples[1]), ("SLV", samples[2]));
        var path = temp.File("results.xlsx");

        var result = Coherence.Operations.ExportResultsWorkbookOperation.Run(new(run, path) { Language = language });

        Assert.True(result.Succeeded);
        Workbooks.AssertValid(path);
    }

    [Fact]
    public void The_gaps_sheet_is_a_filterable_table_sorted_by_gap_and_insufficient_data_is_shown()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("results.xlsx");
        ResultsWorkbookFixture.Write(path, rubric, new[]
        {
            Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "none"),
            Law("D2", "immigrants", "partial"), Practice("D2", "immigrants", "partial"),
            Law("H1", "immigrants", "full"),
        });

        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var gaps = content.Sheet("Brechas")!;
        Assert.Equal("D1", gaps.Text(5, 4));
        Assert.Equal("100", gaps.Text(10, 4));
        Assert.Equal("D2", gaps.Text(5, 5));
        Assert.Equal("0", gaps.Text(10, 5));
        Assert.Contains(gaps.Rows, r => gaps.Text(5, r) == "H1" && gaps.Text(3, r) == "Inmigrantes" && gaps.Text(12, r) == "Datos insuficientes");
        var summary = content.Sheet("Resumen")!;
        // The summary's narrow columns show insufficient data as a dash, which the legend on every page explains.
        Assert.Contains(summary.Rows, r => summary.Row(r).Values.Contains("—"));
        Assert.Contains("— Datos insuficientes", summary.Row(2).Values);

        using var document = SpreadsheetDocument.Open(path, false);
        var part = Part(document, "Brechas");
        var table = Assert.Single(part.TableDefinitionParts).Table;
        Assert.NotNull(table.AutoFilter);
        Assert.Equal("Brecha absoluta", table.TableColumns!.Elements<TableColumn>().ElementAt(9).Name!.Value);
    }

    [Fact]
    public void The_chart_sheet_holds_a_native_bar_chart_of_law_and_practice_per_group_for_each_country()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("results.xlsx");
        var run = ResultsWorkbookFixture.Run(rubric, ("GTM", new[] { Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "partial") }), ("SLV", new[] { Law("D1", "immigrants", "none") }), ("HND", new[] { Law("D1", "immigrants", "partial"), Practice("D1", "immigrants", "none") }));
        Assert.True(ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, path) { Language = "en" }).Succeeded);
        Assert.True(run.Scores.Count >= 2);

        using var document = SpreadsheetDocument.Open(path, false);
        var part = Part(document, "Chart");
        var charts = part.DrawingsPart!.ChartParts.Select(c => c.ChartSpace).ToList();
        Assert.Equal(run.Scores.Count, charts.Count);
        foreach (var chart in charts)
        {
            var series = chart.Descendants<C.BarChartSeries>().ToList();
            Assert.Equal(new[] { "Law", "Practice" }, series.Select(s => s.SeriesText!.Descendants<C.NumericValue>().Single().Text));
            Assert.Equal(new[] { "0072B2", "E69F00" }, series.Select(s => s.Descendants<DocumentFormat.OpenXml.Drawing.RgbColorModelHex>().Single().Val!.Value));
            Assert.Equal(new[] { "Immigrants", "Returnees" }, series[0].Descendants<C.CategoryAxisData>().Single().Descendants<C.NumericValue>().Select(v => v.Text));
        }

        // Each chart sits in its own block of rows, and a page break never falls between a block's first and last row.
        var anchors = part.DrawingsPart.WorksheetDrawing!.Elements<DocumentFormat.OpenXml.Drawing.Spreadsheet.TwoCellAnchor>()
            .Select(a => (From: int.Parse(a.FromMarker!.RowId!.Text, System.Globalization.CultureInfo.InvariantCulture), To: int.Parse(a.ToMarker!.RowId!.Text, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(run.Scores.Count, anchors.Count);
        var breaks = part.Worksheet.Descendants<Break>().Select(b => (int)b.Id!.Value).ToList();
        Assert.All(breaks, b => Assert.DoesNotContain(anchors, a => b >= a.From && b < a.To));
    }

    [Fact]
    public void The_method_sheet_records_rubric_hash_inputs_and_tool_version()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("results.xlsx");
        ResultsWorkbookFixture.Write(path, rubric, new[] { Law("D1", "immigrants", "full") });

        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var method = content.Sheet("Método")!;
        var texts = method.Rows.SelectMany(r => method.Row(r).Values).ToList();
        Assert.Contains(rubric.ContentHash, texts);
        Assert.Contains("GTM-2026.xlsx", texts);
        Assert.Contains(new string('a', 64), texts);
        Assert.Contains(texts, t => t.StartsWith("Coherence ", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_refuses_an_existing_workbook_before_scoring_and_writes_it_with_force()
    {
        using var temp = new TempDirectory();
        var rubricFile = temp.File("small.yaml");
        File.WriteAllText(rubricFile, SmallYaml);
        var workbook = temp.File("GTM-2026.xlsx");
        Workbooks.Write(workbook, Small(), new[] { Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "partial") });
        var results = temp.File("results.xlsx");
        File.WriteAllText(results, "previous");

        var refused = await CliRunner.RunAsync("score", workbook, "--rubric", rubricFile, "--xlsx", results);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("OUT002", refused.Error);
        Assert.DoesNotContain("GTM", refused.Output);
        Assert.Equal("previous", File.ReadAllText(results));

        var forced = await CliRunner.RunAsync("score", workbook, "--rubric", rubricFile, "--xlsx", results, "--force");
        Assert.True(forced.ExitCode == 0, forced.Error);
        Workbooks.AssertValid(results);
    }

    [Fact]
    public void The_summary_colours_cells_by_class_never_by_a_scale_on_coherence_so_no_law_and_no_practice_is_not_praised()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var path = temp.File("results.xlsx");
        // Both score 100 on coherence: one because law and practice are full, the other because both are absent.
        var run = ResultsWorkbookFixture.Run(rubric, ("GTM", new[] { Law("D1", "immigrants", "absent"), Practice("D1", "immigrants", "none") }), ("HND", new[] { Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "full") }));
        Assert.Equal(2, run.Scores.Count);
        Assert.True(ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, path) { Language = "en" }).Succeeded);

        using var document = SpreadsheetDocument.Open(path, false);
        var worksheet = Part(document, "Summary").Worksheet;
        Assert.Empty(worksheet.Descendants<ColorScale>());
        var stylesheet = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = stylesheet.Fills!.Elements<Fill>().ToList();
        string? FillOf(Cell cell) => fills[(int)formats[(int)(cell.StyleIndex?.Value ?? 0)].FillId!.Value].PatternFill?.ForegroundColor?.Rgb?.Value;
        var hundreds = worksheet.Descendants<Cell>().Where(c => c.CellValue?.Text == "100").Select(FillOf).ToList();
        Assert.Contains(Coherence.Localization.Palette.Argb(Coherence.Localization.Palette.ClassFill(Coherence.Scoring.GapClass.CoherentLow)), hundreds);
        Assert.Contains(Coherence.Localization.Palette.Argb(Coherence.Localization.Palette.ClassFill(Coherence.Scoring.GapClass.CoherentHigh)), hundreds);
    }

    private static WorksheetPart Part(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }
}
