using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Spreadsheets;

/// <summary>The reconciliation workbook: its layout, and decisions entered in it read back, also after openpyxl and a LibreOffice re-save.</summary>
public class ReconciliationWorkbookTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
    private static readonly RubricCatalog Catalog = new();
    private readonly ITestOutputHelper output;

    public ReconciliationWorkbookTests(ITestOutputHelper output) => this.output = output;

    private static string[] Teams => new[] { Path.Combine(Examples, "XME-2026-government.json"), Path.Combine(Examples, "XME-2026-civil-society.json") };

    private static async Task<ReconcileResult> WriteWorkbook(string path, string language = "es", params ReconciliationRule[] rules)
    {
        var options = new ReconcileOptions(Teams) { WorkbookPath = path, Language = language, Rules = rules, Resamples = 50, Clock = new FixedClock(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero)) };
        var result = await new ReconcileOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }

    [Fact]
    public async Task The_disagreements_sheet_has_a_row_per_difference_and_only_the_agreed_level_and_note_can_be_edited()
    {
        using var dir = new TempDirectory();
        var result = await WriteWorkbook(dir.File("r.xlsx"));

        using var document = SpreadsheetDocument.Open(dir.File("r.xlsx"), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(new[] { "Instrucciones", "Desacuerdos", "Acuerdo", "_coherence_reconciliation", "_sources" }, sheets.Select(s => s.Name!.Value));
        Assert.All(sheets.Skip(3), s => Assert.Equal(SheetStateValues.VeryHidden, s.State!.Value));
        Assert.All(sheets.Take(3), s => Assert.True(((WorksheetPart)workbook.GetPartById(s.Id!)).Worksheet.Elements<SheetProtection>().Single().Sheet!.Value));

        var part = (WorksheetPart)workbook.GetPartById(sheets[1].Id!);
        var rows = part.Worksheet.Descendants<Row>().Where(r => r.RowIndex! >= ReconciliationLayout.FirstDataRow).ToList();
        Assert.Equal(result.Disagreements, rows.Count);
        var styles = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Unlocked(Cell c) => styles[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value == false;
        var unlockedColumns = rows[0].Elements<Cell>().Where(Unlocked).Select(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray())).ToList();
        Assert.Equal(new[] { "N", "O" }, unlockedColumns);
        var validations = part.Worksheet.Descendants<DataValidation>().ToList();
        Assert.All(validations, v => Assert.Equal(DataValidationValues.List, v.Type!.Value));
        Assert.Equal(rows.Count, validations.Sum(v => v.SequenceOfReferences!.Items.Count()));
        Assert.All(validations.SelectMany(v => v.SequenceOfReferences!.Items), r => Assert.StartsWith("N", r.Value));
    }

    [Fact]
    public async Task Decisions_entered_in_the_workbook_make_the_consensus_with_their_notes()
    {
        using var dir = new TempDirectory();
        var proposal = await WriteWorkbook(dir.File("r.xlsx"), "en", ReconciliationRule.WithinLevels(1));
        var open = proposal.Consensus.Responses.Where(r => r.Provenance!.Rule == ProvenanceRule.Unresolved).Take(2).ToList();
        var settled = proposal.Consensus.Responses.First(r => r.Provenance!.Rule == ProvenanceRule.Within);
        var decisions = new Dictionary<string, string[]>
        {
            [Key(open[0])] = new[] { "Partial", "Agreed at the meeting of 4 May" },
            [Key(open[1])] = new[] { "no aplica", string.Empty },
            [Key(settled)] = new[] { "2", "Government accepts civil society's monitoring" },
        };
        var filled = FillWithOurCode(dir.File("r.xlsx"), dir.File("filled.xlsx"), decisions);

        var result = await new ReconcileOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ReconcileOptions(Array.Empty<string>()) { DecisionsPath = filled, OutputPath = dir.File("consensus.json") });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var consensus = AssessmentJson.ReadFile(dir.File("consensus.json")).Value!;
        var first = consensus.Responses.Single(r => r.Key == open[0].Key);
        Assert.Equal(("partial", ProvenanceRule.Decision, "Agreed at the meeting of 4 May"), (first.Level, first.Provenance!.Rule, first.Provenance.Note!.Split(" (")[0]));
        Assert.Equal(ResponseStatus.NotApplicable, consensus.Responses.Single(r => r.Key == open[1].Key).Status);
        Assert.Equal(ProvenanceRule.Decision, consensus.Responses.Single(r => r.Key == settled.Key).Provenance!.Rule);
        Assert.Equal(proposal.Unresolved - 2, result.Value!.Unresolved);
        Assert.Equal(filled, consensus.Reconciliation!.DecisionsFile);
        Assert.Equal(Teams, consensus.Reconciliation.Sources.Select(s => s.Path));
    }

    [Fact]
    public async Task A_level_that_is_not_on_the_scale_is_reported_at_its_cell()
    {
        using var dir = new TempDirectory();
        var proposal = await WriteWorkbook(dir.File("r.xlsx"), "es");
        var first = proposal.Agreement.Disagreements[0];
        var filled = FillWithOurCode(dir.File("r.xlsx"), dir.File("filled.xlsx"), new Dictionary<string, string[]> { [first.IndicatorId + "|" + first.GroupId + "|" + first.FacetId] = new[] { "Parcialmente", string.Empty } });

        var result = ReconciliationWorkbookReader.ReadFile(filled, Catalog.Find);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("REC035", error.Code);
        Assert.Equal(filled + ": Desacuerdos!N5", error.Location.ToString());
        Assert.Contains("'Parcialmente' is not a level of scale", error.Message.ToString());
    }

    [Fact]
    public async Task A_changed_copy_of_a_teams_assessment_inside_the_workbook_is_refused()
    {
        using var dir = new TempDirectory();
        await WriteWorkbook(dir.File("r.xlsx"));
        using (var document = SpreadsheetDocument.Open(dir.File("r.xlsx"), true))
        {
            var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable;
            var text = strings.Elements<SharedStringItem>().Select(i => i.Text!).First(t => t.Text.Contains("\"kind\": \"Assessment\"", StringComparison.Ordinal));
            text.Text = text.Text.Replace("\"level\": \"extensive\"", "\"level\": \"full\"");
        }

        var result = ReconciliationWorkbookReader.ReadFile(dir.File("r.xlsx"), Catalog.Find);

        Assert.Equal("REC032", Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void A_rubric_workbook_is_not_a_reconciliation_workbook()
    {
        using var dir = new TempDirectory();
        var path = dir.File("XMA.xlsx");
        using (var stream = File.Create(path))
        {
            RubricWorkbookWriter.Write(new RubricWorkbookRequest(Catalog.Find(new RubricReference("mesoamerica-coherence", "1.0.0", null))!, CountryCode.Parse("XMA"), "2026", "es", DateTimeOffset.UnixEpoch), stream);
        }

        var error = Assert.Single(ReconciliationWorkbookReader.ReadFile(path, Catalog.Find).Diagnostics);

        Assert.Equal("REC031", error.Code);
        Assert.Contains("coherence agree", error.Hint!.ToString());
    }

    [Fact]
    public async Task Decisions_survive_filling_by_openpyxl_and_a_LibreOffice_re_save()
    {
        if (ExternalTools.PythonPath is null)
        {
            RealClients.Skip(output, "/usr/bin/python3 with openpyxl is not installed (install python3-openpyxl)");
            return;
        }

        if (ExternalTools.SofficePath is null)
        {
            RealClients.Skip(output, "soffice not on PATH (install libreoffice-calc-nogui)");
            return;
        }

        using var dir = new TempDirectory();
        var proposal = await WriteWorkbook(dir.File("r.xlsx"), "es", ReconciliationRule.RoleWins(AssessorRole.CivilSociety));
        var cells = proposal.Agreement.Disagreements.Take(6).ToList();
        var typed = new[] { "Parcial", "nula", "3", "No aplica", "Se desconoce", "Plena" };
        var decisions = cells.Select((c, i) => (Key: c.IndicatorId + "|" + c.GroupId + "|" + c.FacetId, Level: typed[i], Note: i % 2 == 0 ? "Nota «" + i + "», con acentos: ñ" : string.Empty))
            .ToDictionary(d => d.Key, d => new[] { d.Level, d.Note });
        File.WriteAllText(dir.File("decisions.json"), JsonSerializer.Serialize(decisions));
        var (exit, log) = ExternalTools.RunPython(ExternalTools.Script("fill_reconciliation.py"), dir.File("r.xlsx"), dir.File("filled.xlsx"), dir.File("decisions.json"));
        Assert.True(exit == 0, log);
        Directory.CreateDirectory(dir.File("resaved"));
        var (soffice, sofficeLog) = ExternalTools.Convert(new[] { dir.File("filled.xlsx") }, "xlsx:Calc MS Excel 2007 XML", dir.File("resaved"));
        Assert.True(soffice == 0 && File.Exists(dir.File("resaved/filled.xlsx")), sofficeLog);

        foreach (var file in new[] { dir.File("filled.xlsx"), dir.File("resaved/filled.xlsx") })
        {
            var read = ReconciliationWorkbookReader.ReadFile(file, Catalog.Find);
            Assert.True(read.IsSuccess, file + "\n" + string.Join("\n", read.Diagnostics));
            var workbook = read.Value!;
            Assert.Equal(new[] { ReconciliationRule.RoleWins(AssessorRole.CivilSociety) }, workbook.Rules);
            Assert.Equal(Teams, workbook.Sources.Select(s => s.Source!.Path));
            Assert.Equal(cells.Count, workbook.Decisions.Count);
            var scale = (Func<CellAgreement, Scale>)(c => workbook.Rubric.ScaleOf(workbook.Rubric.FindIndicator(c.IndicatorId)!, c.FacetId)!);
            var expected = cells.Select((c, i) => typed[i] switch
            {
                "No aplica" => (ResponseStatus.NotApplicable, (string?)null),
                "Se desconoce" => (ResponseStatus.Unknown, null),
                "3" => (ResponseStatus.Answered, scale(c).Levels[2].Id),
                "nula" => (ResponseStatus.Answered, "none"),
                "Parcial" => (ResponseStatus.Answered, "partial"),
                _ => (ResponseStatus.Answered, "full"),
            }).ToList();
            Assert.Equal(expected, cells.Select(c => workbook.Decisions[c.Key]).Select(d => (d.Status, d.Level)));
            Assert.Equal("Nota «0», con acentos: ñ", workbook.Decisions[cells[0].Key].Note);
            Assert.Null(workbook.Decisions[cells[1].Key].Note);
        }
    }

    private static string Key(Response response) => response.IndicatorId + "|" + response.GroupId + "|" + response.FacetId;

    /// <summary>Fills decisions with the Open XML SDK, writing inline strings as other programs may.</summary>
    private static string FillWithOurCode(string source, string target, IReadOnlyDictionary<string, string[]> decisions)
    {
        File.Copy(source, target);
        using var document = SpreadsheetDocument.Open(target, true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().ElementAt(1);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        string? TextOf(Cell cell) => cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)] : cell.CellValue?.Text;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var key = row.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == "A" + row.RowIndex!.Value);
            if (key is null || TextOf(key) is not { } text || !decisions.TryGetValue(text, out var decision))
            {
                continue;
            }

            Set(row, "N", decision[0]);
            Set(row, "O", decision[1]);
        }

        return target;

        static void Set(Row row, string column, string text)
        {
            var cell = row.Elements<Cell>().First(c => c.CellReference!.Value == column + row.RowIndex!.Value);
            cell.DataType = CellValues.InlineString;
            cell.RemoveAllChildren();
            if (text.Length > 0)
            {
                cell.Append(new InlineString(new Text(text)));
            }
        }
    }
}
