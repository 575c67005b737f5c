using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Spreadsheets;
using Coherence.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace Coherence.Tests.Robustness;

/// <summary>The robustness sheet of the results workbook: <c>coherence robustness --xlsx</c>.</summary>
public class RobustnessWorkbookTests
{
    private static string Examples => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task The_results_workbook_gains_a_sheet_with_the_ranks_readings_classes_and_indices_of_the_result()
    {
        using var dir = new TempDirectory();
        var path = dir.File("results.xlsx");
        var operation = new RobustnessOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog()));
        var run = await operation.RunAsync(new RobustnessOptions(new[] { Examples })
        {
            Draws = 400,
            Seed = 2,
            SpecPath = Path.Combine(Examples, "robustness.yaml"),
            XlsxPath = path,
            Language = "en",
        });

        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        var result = run.Value!;
        Coherence.Tests.Spreadsheets.Workbooks.AssertValid(path);
        var (names, cells) = Read(path, "Robustness");
        Assert.Equal(new[] { "Summary", "Countries", "Gaps", "Coverage", "Chart", "Robustness", "Method" }, names);

        // Every overall interval is on the sheet with the result's figures, in the rubric's own order of rank.
        foreach (var interval in result.Ranks.Where(r => r.Group is null))
        {
            var row = Assert.Single(cells, c => c.Value.TryGetValue("A", out var a) && a == interval.CountryName?.For("en") && c.Value["B"] == interval.Period && c.Value["C"] == "Overall");
            Assert.Equal(interval.NominalRank, int.Parse(row.Value["F"], CultureInfo.InvariantCulture));
            Assert.Equal(interval.Low == interval.High ? $"{interval.Low}" : $"{interval.Low}–{interval.High}", row.Value["H"]);
            Assert.Equal(interval.UnrankedShare, double.Parse(row.Value["J"], CultureInfo.InvariantCulture), 9);
            Assert.Contains(cells.Values, c => c.TryGetValue("A", out var text) && text.StartsWith("In 90% of the variations, " + interval.CountryName + " ranks", StringComparison.Ordinal));
        }

        // One row per matrix cell that applies, its five shares summing to 1; one per country, input and target of the indices.
        var classRows = cells.Values.Where(c => c.TryGetValue("D", out var d) && result.Rubric.Dimensions.Any(x => x.Name.Get("en") == d) && c.ContainsKey("I")).ToList();
        Assert.Equal(result.Classes.Count(c => c.NominalClass is not null || c.InsufficientData + c.CoherentHigh + c.CoherentLow + c.ImplementationGap + c.PracticeAheadOfLaw > 0), classRows.Count);
        Assert.All(classRows, c => Assert.Equal(1.0, new[] { "E", "F", "G", "H", "I" }.Sum(k => double.Parse(c[k], CultureInfo.InvariantCulture)), 9));
        var indexRows = cells.Values.Where(c => c.TryGetValue("D", out var input) && result.Factors.Any(f => f.Id == input) && c.TryGetValue("B", out var period) && period.Length > 0).ToList();
        Assert.Equal(result.Sensitivity.Count, indexRows.Count);
    }

    [Fact]
    public async Task The_sheet_speaks_spanish_for_a_spanish_reader()
    {
        using var dir = new TempDirectory();
        var path = dir.File("resultados.xlsx");
        var (code, _, error) = await CliRunner.RunAsync("robustness", Examples, "--draws", "200", "--xlsx", path, "--language", "es", "--quiet");

        Assert.True(code == 0, error);
        var (names, cells) = Read(path, "Robustez");
        Assert.Contains("Robustez", names);
        Assert.Contains(cells.Values, c => c.TryGetValue("A", out var text) && text.StartsWith("En el 90 % de las variaciones, País de ejemplo B (ficticio) queda", StringComparison.Ordinal));
    }

    private static (List<string> Names, Dictionary<uint, Dictionary<string, string>> Cells) Read(string path, string sheet)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var strings = book.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var names = book.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
        var part = (WorksheetPart)book.GetPartById(book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
        var cells = new Dictionary<uint, Dictionary<string, string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var cell in row.Elements<Cell>().Where(c => c.CellValue is not null))
            {
                var text = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)] : cell.CellValue!.Text;
                values[new string(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())] = text;
            }

            cells[row.RowIndex!.Value] = values;
        }

        return (names, cells);
    }
}
