using System.IO;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Workbooks;
using Coherence.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

public class RubricWorkbookTests
{
    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void A_new_workbook_passes_the_Open_XML_validator(string language)
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.xlsx");
        var rubric = TestRubrics.Small();
        var answers = AssessmentGenerator.Responses(rubric).Sample(1, 20).Single();

        Workbooks.Write(path, rubric, answers, language, password: "secreto");

        Workbooks.AssertValid(path);
    }

    [Theory]
    [InlineData("mesoamerica-coherence", "es")]
    [InlineData("mesoamerica-coherence", "en")]
    [InlineData("impic-2016", "en")]
    public void A_bundled_rubric_makes_a_valid_workbook_whose_answers_read_back(string id, string language)
    {
        using var temp = new TempDirectory();
        var path = temp.File(id + ".xlsx");
        var rubric = new Coherence.Rubrics.RubricCatalog().Resolve(id).Value!;
        var answers = AssessmentGenerator.Responses(rubric).Sample(1, 10).Single();

        Workbooks.Write(path, rubric, answers, language);

        Workbooks.AssertValid(path);
        var read = Workbooks.Read(path, rubric);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(Workbooks.Describe(answers), Workbooks.Describe(read.Value!.Responses));
    }

    [Fact]
    public void The_metadata_sheet_is_very_hidden_and_names_rubric_country_period_and_language()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.xlsx");
        var rubric = TestRubrics.Small();
        Workbooks.Write(path, rubric);

        using var document = SpreadsheetDocument.Open(path, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        var metadata = sheets.Single(s => s.Name == WorkbookLayout.MetadataSheet);
        Assert.Equal(SheetStateValues.VeryHidden, metadata.State!.Value);
        Assert.Equal(new[] { "Instrucciones", "Inmigrantes", "Retornados", "Progreso", "Para imprimir", "Descriptores" }, sheets.Where(s => s.State is null).Select(s => s.Name!.Value));

        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var pairs = content.Sheet(WorkbookLayout.MetadataSheet)!.Pairs();
        Assert.Equal("small", pairs["rubric.id"]);
        Assert.Equal("1.2.0", pairs["rubric.version"]);
        Assert.Equal(rubric.ContentHash, pairs["rubric.contentHash"]);
        Assert.Equal("GTM", pairs["country"]);
        Assert.Equal("2026", pairs["period"]);
        Assert.Equal("es", pairs["language"]);
        Assert.Equal("test", pairs["tool.version"]);
        Assert.Equal("2026-03-01T12:00:00Z", pairs["generatedAt"]);
    }

    [Fact]
    public void Level_drop_downs_use_lists_behind_defined_names_with_labels_in_the_workbook_language()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.xlsx");
        Workbooks.Write(path, TestRubrics.Small(), language: "es");

        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var layout = WorkbookFiller.Layout(path);
        var (sheetName, rows, columns) = layout["immigrants"];
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        var levelCell = CellReference.Of(columns["practice.level"], rows["H1"]);
        var validation = part.Worksheet.Descendants<DataValidation>().Single(v => v.SequenceOfReferences!.InnerText == levelCell);

        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        var listName = validation.Formula1!.Text;
        Assert.DoesNotContain("\"", listName);
        Assert.True(content.TryResolve(listName, out var listSheet, out var column, out var row));
        Assert.Equal(WorkbookLayout.MetadataSheet, listSheet);
        var list = Enumerable.Range(0, 6).Select(i => content.Sheet(listSheet)!.Text(column, row + (uint)i)).ToList();
        Assert.Equal(new[] { "Nula", "Parcial", "Amplia", "Plena", "No aplica", "Se desconoce" }, list);
        Assert.DoesNotContain("…", validation.Prompt!.Value);
        Assert.True(validation.Prompt.Value!.Length <= 255);
        var levels = content.Sheet(sheetName)!.Text(columns["practice.levels"], rows["H1"]);
        Assert.StartsWith("1 Nula: ", levels);
        Assert.Equal(4, levels!.Split('\n').Length);
    }

    [Fact]
    public void Only_the_answer_cells_are_unlocked_and_every_visible_sheet_is_protected()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.xlsx");
        var rubric = TestRubrics.Small();
        Workbooks.Write(path, rubric);
        var (sheetName, rows, columns) = WorkbookFiller.Layout(path)["returnees"];

        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Unlocked(Cell c) => c.StyleIndex is { } s && formats[(int)s.Value].Protection?.Locked?.Value == false;
        foreach (var sheet in workbookPart.Workbook.Sheets!.Elements<Sheet>().Where(s => s.State is null))
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var protection = part.Worksheet.GetFirstChild<SheetProtection>();
            Assert.True(protection?.Sheet?.Value, sheet.Name + " is not protected");
            Assert.Null(protection!.HashValue);
            Assert.False(protection.FormatColumns!.Value);
        }

        var groupPart = (WorksheetPart)workbookPart.GetPartById(workbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName).Id!);
        var unlocked = groupPart.Worksheet.Descendants<Cell>().Where(Unlocked).Select(c => c.CellReference!.Value!).ToHashSet();
        var inputs = new[] { "level", "evidence", "sources", "confidence", "notes" };
        var expected = rows.Where(r => rubric.FindIndicator(r.Key) is not null).Select(r => r.Value).SelectMany(row => new[] { "law", "practice" }.SelectMany(f => inputs.Select(i => CellReference.Of(columns[f + "." + i], row)))).ToHashSet();
        Assert.Equal(expected.OrderBy(x => x), unlocked.OrderBy(x => x));
    }

    [Fact]
    public void A_password_protects_the_sheets_with_a_SHA_512_hash()
    {
        using var temp = new TempDirectory();
        var path = temp.File("new.xlsx");
        Workbooks.Write(path, TestRubrics.Small(), password: "clave");

        using var document = SpreadsheetDocument.Open(path, false);
        var protection = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.GetFirstChild<SheetProtection>()).First(p => p is not null)!;
        Assert.Equal("SHA-512", protection.AlgorithmName!.Value);
        var salt = System.Convert.FromBase64String(protection.SaltValue!.Value!);
        var expected = SheetPassword.Compute("clave", salt, (int)protection.SpinCount!.Value);
        Assert.Equal(System.Convert.ToBase64String(expected), protection.HashValue!.Value);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Every_level_text_of_the_bundled_rubric_is_written_in_full_beside_its_answer_cell_and_no_prompt_is_cut(string language)
    {
        using var temp = new TempDirectory();
        var path = temp.File("levels.xlsx");
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        Workbooks.Write(path, rubric, language: language);

        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var checkedCells = 0;
        foreach (var (groupId, (sheetName, rows, columns)) in WorkbookFiller.Layout(path))
        {
            var sheet = content.Sheet(sheetName)!;
            foreach (var (id, row) in rows.Where(r => rubric.FindIndicator(r.Key) is not null))
            {
                foreach (var part in rubric.FindIndicator(id)!.Facets)
                {
                    var scale = rubric.FindScale(part.ScaleId)!;
                    var text = sheet.Text(columns[part.FacetId + ".levels"], row);
                    var lines = text!.Split('\n');
                    Assert.Equal(scale.Levels.Count, lines.Length);
                    for (var i = 0; i < lines.Length; i++)
                    {
                        var level = scale.Levels[i];
                        var descriptor = part.LevelDescriptors.TryGetValue(level.Id, out var d) ? d.Get(language) : level.Descriptor.Get(language);
                        Assert.Equal($"{i + 1} {level.Label.Get(language)}: {descriptor}", lines[i]);
                    }

                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 200, checkedCells.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var document = SpreadsheetDocument.Open(path, false);
        Assert.All(document.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DataValidation>()), v => Assert.DoesNotContain("…", v.Prompt?.Value ?? string.Empty));
    }

    [Fact]
    public void The_bundled_rubric_s_workbook_asks_each_country_level_question_once_on_the_sheet_for_the_whole_country()
    {
        using var temp = new TempDirectory();
        var path = temp.File("once.xlsx");
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        Workbooks.Write(path, rubric, language: "es");

        var layout = WorkbookFiller.Layout(path);
        var countryScope = rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country).Select(i => i.Id).ToHashSet();
        Assert.NotEmpty(countryScope);
        var (countrySheet, countryRows, _) = layout[Response.WholeCountry];
        Assert.Equal("Todo el país", countrySheet);
        Assert.Equal(countryScope.OrderBy(x => x), countryRows.Keys.Where(k => rubric.FindIndicator(k) is not null).OrderBy(x => x));
        foreach (var group in rubric.Groups)
        {
            var asked = layout[group.Id].Rows.Keys.Where(k => rubric.FindIndicator(k) is not null).ToList();
            Assert.DoesNotContain(asked, countryScope.Contains);
            Assert.Equal(rubric.IndicatorsFor(group.Id).Where(i => i.Scope == IndicatorScope.Group).Select(i => i.Id), asked);
        }
    }

    [Fact]
    public void Answering_once_on_the_sheet_for_the_whole_country_scores_as_answering_the_same_on_every_group_sheet()
    {
        var rubric = TestRubrics.CountryScoped();
        var engine = new Coherence.Scoring.ScoringEngine(rubric);
        using var temp = new TempDirectory();
        Prop.ForAll(AssessmentGenerator.Responses(rubric).ToArbitrary(), responses =>
        {
            var path = temp.File(System.Guid.NewGuid().ToString("N") + ".xlsx");
            Workbooks.Write(path, rubric, language: "es");
            WorkbookFiller.Fill(path, rubric, responses, "es");
            var read = Workbooks.Read(path, rubric);
            Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));

            var once = engine.Score(read.Value!);
            var everywhere = engine.Score(read.Value! with { Responses = rubric.PerGroup(read.Value!.Responses).ToList() });
            // Only the warning that one facet is not applicable beside an answer (ASM043) may come, and alike both ways.
            Assert.All(once.Diagnostics, d => Assert.Equal("ASM043", d.Code));
            Assert.Equal(everywhere.Indicators.Select(i => (i.IndicatorId, i.GroupId, i.Score.Law, i.Score.Practice)), once.Indicators.Select(i => (i.IndicatorId, i.GroupId, i.Score.Law, i.Score.Practice)));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Answers_written_in_advance_read_back_exactly()
    {
        var rubric = TestRubrics.Small();
        using var temp = new TempDirectory();
        Prop.ForAll(AssessmentGenerator.Responses(rubric).ToArbitrary(), responses =>
        {
            var path = temp.File(System.Guid.NewGuid().ToString("N") + ".xlsx");
            Workbooks.Write(path, rubric, responses);
            var read = Workbooks.Read(path, rubric);
            Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
            Assert.Equal(Workbooks.Describe(responses), Workbooks.Describe(read.Value!.Responses));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Answers_typed_into_the_cells_read_back_exactly()
    {
        var rubric = TestRubrics.Small();
        using var temp = new TempDirectory();
        Prop.ForAll(AssessmentGenerator.Responses(rubric).ToArbitrary(), responses =>
        {
            var path = temp.File(System.Guid.NewGuid().ToString("N") + ".xlsx");
            Workbooks.Write(path, rubric, language: "en");
            WorkbookFiller.Fill(path, rubric, responses, "en");
            var read = Workbooks.Read(path, rubric);
            Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
            Assert.Equal(Workbooks.Describe(responses), Workbooks.Describe(read.Value!.Responses));
        }).QuickCheckThrowOnFailure();
    }
}
