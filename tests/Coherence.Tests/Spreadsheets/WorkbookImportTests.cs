using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Serialization;
using Coherence.Workbooks;
using Coherence.Tests.Support;
using FsCheck.Fluent;
using Xunit;
using Xunit.Abstractions;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

public class WorkbookImportTests
{
    private readonly ITestOutputHelper output;

    public WorkbookImportTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void A_level_that_is_not_on_the_scale_is_reported_at_its_cell_with_a_suggestion()
    {
        using var temp = new TempDirectory();
        var path = temp.File("GTM-2026.xlsx");
        var rubric = Small();
        Workbooks.Write(path, rubric);
        var (sheet, rows, columns) = WorkbookFiller.Layout(path)["immigrants"];
        WorkbookFillerText.Type(path, sheet, columns["practice.level"], rows["H2"], "Parcialmente");

        var result = Workbooks.Read(path, rubric);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Errors);
        var cell = CellReference.Of(columns["practice.level"], rows["H2"]);
        Assert.Equal($"{path}: Inmigrantes!{cell}: error WBK010: 'Parcialmente' is not a level of scale 'implementation'; did you mean 'Parcial'?", error.ToString());
        Assert.Equal($"{path}: Inmigrantes!{cell}: error WBK010: 'Parcialmente' no es un nivel de la escala 'implementation'; ¿quiso decir 'Parcial'?", error.ToString(System.Globalization.CultureInfo.GetCultureInfo("es-GT")));
    }

    [Theory]
    [InlineData("Parcial", ResponseStatus.Answered, "partial")]
    [InlineData("  parciál ", ResponseStatus.Answered, "partial")]
    [InlineData("PARTIAL", ResponseStatus.Answered, "partial")]
    [InlineData("extensive", ResponseStatus.Answered, "extensive")]
    [InlineData("Amplia", ResponseStatus.Answered, "extensive")]
    [InlineData("4", ResponseStatus.Answered, "full")]
    [InlineData("1", ResponseStatus.Answered, "none")]
    [InlineData("No aplica", ResponseStatus.NotApplicable, null)]
    [InlineData("not applicable", ResponseStatus.NotApplicable, null)]
    [InlineData("N/A", ResponseStatus.NotApplicable, null)]
    [InlineData("Se desconoce", ResponseStatus.Unknown, null)]
    [InlineData("unknown", ResponseStatus.Unknown, null)]
    public void Levels_are_read_from_labels_in_any_rubric_language_from_ids_and_from_their_number(string typed, ResponseStatus status, string? level)
    {
        var rubric = Small();
        var reading = new LevelVocabulary(rubric, "es").Read(rubric.FindScale("implementation")!, typed);

        Assert.Null(reading.Problem);
        Assert.Equal(status, reading.Status);
        Assert.Equal(level, reading.Level);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    [InlineData("2.5")]
    [InlineData("Mucho")]
    public void Numbers_outside_the_list_and_unknown_words_are_not_levels(string typed)
    {
        var rubric = Small();
        var reading = new LevelVocabulary(rubric, "es").Read(rubric.FindScale("implementation")!, typed);

        Assert.NotNull(reading.Problem);
        Assert.Contains("is not a level of scale 'implementation'", reading.Problem?.ToString());
    }

    [Fact]
    public void A_blank_workbook_has_no_answers_and_no_errors()
    {
        using var temp = new TempDirectory();
        var path = temp.File("blank.xlsx");
        var rubric = Small();
        Workbooks.Write(path, rubric);

        var result = Workbooks.Read(path, rubric);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Value!.Responses);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Evidence_without_a_level_is_kept_as_unknown_with_a_warning()
    {
        using var temp = new TempDirectory();
        var path = temp.File("GTM-2026.xlsx");
        var rubric = Small();
        Workbooks.Write(path, rubric);
        var (sheet, rows, columns) = WorkbookFiller.Layout(path)["returnees"];
        WorkbookFillerText.Type(path, sheet, columns["law.evidence"], rows["R1"], "Ley 44-2016, art. 12");

        var result = Workbooks.Read(path, rubric);

        Assert.True(result.IsSuccess);
        var response = Assert.Single(result.Value!.Responses);
        Assert.Equal(ResponseStatus.Unknown, response.Status);
        Assert.Equal("Ley 44-2016, art. 12", response.Evidence);
        Assert.Equal("WBK014", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_workbook_of_another_rubric_version_says_which_indicators_were_added_removed_and_changed()
    {
        using var temp = new TempDirectory();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, Small());
        var newer = Load(Restrict(SmallYaml, "D1", "immigrants").Replace("version: 1.2.0", "version: 1.3.0").Replace("- id: H2", "- id: H3"));

        var result = Workbooks.Read(path, newer);

        var error = Assert.Single(result.Errors);
        Assert.Equal("WBK040", error.Code);
        Assert.Equal("was made for rubric small 1.2.0, not 1.3.0: added: H3; removed: H2; changed: D1", error.Message.ToString());
        Assert.Contains("--from", error.Hint?.ToString());
    }

    [Fact]
    public async Task A_new_workbook_carries_over_the_answers_of_a_previous_round_even_from_another_rubric_version()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        var old = temp.File("GTM-2025.xlsx");
        Workbooks.Write(old, rubric, new[] { Law("H2", "immigrants", "full"), Practice("D1", "returnees", "extensive") with { Evidence = "Informe 2025" } });
        var newerFile = temp.File("small-1.3.yaml");
        File.WriteAllText(newerFile, SmallYaml.Replace("version: 1.2.0", "version: 1.3.0").Replace("- id: H2", "- id: H3"));

        var result = await new NewWorkbookOperation(new RubricCatalog()).RunAsync(new NewWorkbookOptions(newerFile, "GTM", "2026", temp.File("GTM-2026.xlsx")) { From = old });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Value!.Carried);
        Assert.Equal(1, result.Value.NotCarried);
        Assert.Contains(result.Diagnostics, d => d.Code == "WBK031" && d.Message.ToString().Contains("H2", StringComparison.Ordinal));
        var read = Workbooks.Read(temp.File("GTM-2026.xlsx"), Load(File.ReadAllText(newerFile)));
        var response = Assert.Single(read.Value!.Responses);
        Assert.Equal(("D1", "extensive", "Informe 2025"), (response.IndicatorId, response.Level, response.Evidence));
    }

    [Fact]
    public async Task An_answer_for_the_whole_country_is_written_once_on_the_sheet_for_the_whole_country()
    {
        using var temp = new TempDirectory();
        var rubricFile = temp.File("small.yaml");
        File.WriteAllText(rubricFile, CountryScopedYaml);
        var rubric = CountryScoped();
        var previous = temp.File("GTM-2025.json");
        File.WriteAllBytes(previous, AssessmentJson.ToUtf8(Assess(rubric, new Response("D1", Response.WholeCountry, Facet.Law, ResponseStatus.Answered, "full"))));

        var result = await new NewWorkbookOperation(new RubricCatalog()).RunAsync(new NewWorkbookOptions(rubricFile, "XMA", "2026", temp.File("XMA-2026.xlsx")) { From = previous });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal((1, 0), (result.Value!.Carried, result.Value.NotCarried));
        var read = Workbooks.Read(temp.File("XMA-2026.xlsx"), rubric);
        Assert.Equal(new[] { "D1|*|law|full" }, read.Value!.Responses.Select(r => $"{r.IndicatorId}|{r.GroupId}|{r.FacetId}|{r.Level}"));
    }

    [Fact]
    public async Task Answers_given_per_group_to_a_whole_country_indicator_are_carried_once_when_they_agree_and_told_when_they_differ()
    {
        using var temp = new TempDirectory();
        var rubricFile = temp.File("small.yaml");
        File.WriteAllText(rubricFile, CountryScopedYaml);
        var rubric = CountryScoped();
        var previous = temp.File("GTM-2025.json");
        File.WriteAllBytes(previous, AssessmentJson.ToUtf8(Assess(rubric, Law("D1", "immigrants", "full"), Law("D1", "returnees", "full"), Practice("D1", "immigrants", "full"), Practice("D1", "returnees", "none"))));

        var result = await new NewWorkbookOperation(new RubricCatalog()).RunAsync(new NewWorkbookOptions(rubricFile, "XMA", "2026", temp.File("XMA-2026.xlsx")) { From = previous });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "WBK033");
        Assert.Contains("D1", warning.Message.ToString(), StringComparison.Ordinal);
        var read = Workbooks.Read(temp.File("XMA-2026.xlsx"), rubric);
        Assert.Equal(new[] { "D1|*|law|full" }, read.Value!.Responses.Select(r => $"{r.IndicatorId}|{r.GroupId}|{r.FacetId}|{r.Level}"));
    }

    [Fact]
    public void Broken_files_get_one_clear_line_each()
    {
        using var temp = new TempDirectory();
        var reader = new WorkbookAssessmentReader(_ => null);
        var good = temp.File("good.xlsx");
        Workbooks.Write(good, Small());
        var bytes = File.ReadAllBytes(good);

        File.WriteAllText(temp.File("text.xlsx"), "country,period\nGTM,2026\n");
        File.WriteAllBytes(temp.File("truncated.xlsx"), bytes.Take(bytes.Length / 2).ToArray());
        File.WriteAllBytes(temp.File("empty.xlsx"), Array.Empty<byte>());
        var compound = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
        File.WriteAllBytes(temp.File("encrypted.xlsx"), compound.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("EncryptionInfo")).ToArray());
        File.WriteAllBytes(temp.File("old.xlsx"), compound.Concat(new byte[504]).Concat(Encoding.Unicode.GetBytes("Workbook")).ToArray());
        File.WriteAllBytes(temp.File("legacy.xls"), bytes);
        File.WriteAllBytes(temp.File("calc.ods"), bytes);
        File.WriteAllBytes(temp.File("macros.xlsm"), bytes);
        WriteForeignWorkbook(temp.File("foreign.xlsx"));

        string Code(string name) => Assert.Single(reader.ReadFile(temp.File(name)).Diagnostics).Code;
        Assert.Equal("WBK001", Code("text.xlsx"));
        Assert.Equal("WBK004", Code("truncated.xlsx"));
        Assert.Equal("WBK004", Code("empty.xlsx"));
        Assert.Equal("WBK002", Code("encrypted.xlsx"));
        Assert.Equal("WBK003", Code("old.xlsx"));
        Assert.Equal("WBK003", Code("legacy.xls"));
        Assert.Equal("WBK006", Code("calc.ods"));
        Assert.Equal("WBK006", Code("macros.xlsm"));
        Assert.Equal("WBK005", Code("foreign.xlsx"));
    }

    [Fact]
    public async Task Import_writes_the_good_workbooks_and_lists_the_bad_ones_without_a_stack_trace()
    {
        using var temp = new TempDirectory();
        var rubricFile = WriteRubric(temp);
        var rubric = Small();
        var inputs = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(inputs);
        WriteWorkbook(Path.Combine(inputs, "GTM-2026.xlsx"), rubric, "GTM", Law("D1", "immigrants", "full"));
        WriteWorkbook(Path.Combine(inputs, "HND-2026.xlsx"), rubric, "HND", Practice("D2", "returnees", "none"));
        File.WriteAllText(Path.Combine(inputs, "notes.xlsx"), "not a workbook");
        var before = Hashes(inputs);

        var (code, stdout, stderr) = await CliRunner.RunAsync("import", inputs, "-o", temp.File("out"), "--rubric", rubricFile);

        output.WriteLine(stdout + stderr);
        Assert.Equal(1, code);
        Assert.True(File.Exists(temp.File("out/GTM-2026.json")));
        Assert.True(File.Exists(temp.File("out/HND-2026.json")));
        Assert.Contains("notes.xlsx: error WBK001: is not an .xlsx workbook", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal(before, Hashes(inputs));
        var json = AssessmentJson.ReadFile(temp.File("out/HND-2026.json"));
        Assert.Equal("none", Assert.Single(json.Value!.Responses).Level);
    }

    [Fact]
    public async Task Import_of_one_workbook_writes_the_file_named_and_never_overwrites_without_force()
    {
        using var temp = new TempDirectory();
        var rubricFile = WriteRubric(temp);
        var workbook = temp.File("GTM-2026.xlsx");
        WriteWorkbook(workbook, Small(), "GTM", Law("H1", "immigrants", "partial"));
        File.WriteAllText(temp.File("answers.json"), "previous");

        var refused = await CliRunner.RunAsync("import", workbook, "-o", temp.File("answers.json"), "--rubric", rubricFile);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("OUT002", refused.Error);
        Assert.Equal("previous", File.ReadAllText(temp.File("answers.json")));

        var forced = await CliRunner.RunAsync("import", workbook, "-o", temp.File("answers.json"), "--rubric", rubricFile, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Equal("partial", AssessmentJson.ReadFile(temp.File("answers.json")).Value!.Responses.Single().Level);
    }

    [Fact]
    public async Task Score_takes_workbooks_directly()
    {
        using var temp = new TempDirectory();
        var rubricFile = WriteRubric(temp);
        var workbook = temp.File("GTM-2026.xlsx");
        WriteWorkbook(workbook, Small(), "GTM", Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "partial"));

        var (code, stdout, stderr) = await CliRunner.RunAsync("score", workbook, "--rubric", rubricFile, "--language", "en");

        Assert.True(code == 0, stderr);
        Assert.Contains("GTM · 2026", stdout);
        Assert.Contains("Immigrants", stdout);
    }

    [Fact]
    public async Task The_workbook_command_refuses_to_overwrite_and_reports_bad_options_without_a_stack_trace()
    {
        using var temp = new TempDirectory();
        var rubricFile = WriteRubric(temp);
        var path = temp.File("GTM-2026.xlsx");

        var made = await CliRunner.RunAsync("workbook", "new", "--rubric", rubricFile, "--country", "GTM", "--period", "2026", "--language", "es", "--assessor", "Ana Pérez", "--organization", "Ministerio", "--role", "government", "-o", path);
        Assert.Equal(0, made.ExitCode);
        var hash = Hash(path);
        var again = await CliRunner.RunAsync("workbook", "new", "--rubric", rubricFile, "--country", "GTM", "--period", "2026", "-o", path);
        var bad = await CliRunner.RunAsync("workbook", "new", "--rubric", rubricFile, "--country", "GUA", "--period", "2026", "-o", temp.File("x.xlsx"));

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("OUT002", again.Error);
        Assert.Equal(hash, Hash(path));
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("'GUA' is not an ISO 3166-1 alpha-3 country code", bad.Error);
        Assert.DoesNotContain("   at ", bad.Error);
        var read = Workbooks.Read(path, Small());
        Assert.Equal(new Assessor("Ana Pérez", "Ministerio", AssessorRole.Government), Assert.Single(read.Value!.Assessors));
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_workbook_intact()
    {
        using var temp = new TempDirectory();
        var path = temp.File("GTM-2026.xlsx");
        Workbooks.Write(path, Small());
        var hash = Hash(path);

        Assert.Throws<InvalidOperationException>(() => OutputFile.Write(path, force: true, stream =>
        {
            stream.Write(new byte[] { 1, 2, 3 }, 0, 3);
            throw new InvalidOperationException("disk gone");
        }));

        Assert.Equal(hash, Hash(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Teams_may_reorder_rows_insert_columns_and_rows_and_add_sheets()
    {
        if (ExternalTools.PythonPath is null)
        {
            RealClients.Skip(output, "no python3 with openpyxl (install python3-openpyxl)");
            return;
        }

        using var temp = new TempDirectory();
        var rubric = Small();
        var answers = AssessmentGenerator.Responses(rubric).Sample(1, 15).Single();
        var clean = temp.File("clean.xlsx");
        var messy = temp.File("messy.xlsx");
        Workbooks.Write(clean, rubric, answers);

        var (exit, log) = ExternalTools.RunPython(ExternalTools.Script("mess_up_workbooks.py"), clean, messy);
        Assert.True(exit == 0, log);

        var read = Workbooks.Read(messy, rubric);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(Workbooks.Describe(answers), Workbooks.Describe(read.Value!.Responses));
    }

    [Fact]
    public void A_group_sheet_renamed_without_its_link_refuses_the_file_rather_than_losing_its_answers()
    {
        if (ExternalTools.PythonPath is null)
        {
            RealClients.Skip(output, "no python3 with openpyxl (install python3-openpyxl)");
            return;
        }

        using var temp = new TempDirectory();
        var rubric = Small();
        var clean = temp.File("clean.xlsx");
        var renamed = temp.File("renamed.xlsx");
        Workbooks.Write(clean, rubric, new[] { new Response("D1", "immigrants", "law", ResponseStatus.Answered, "full") });

        var (exit, log) = ExternalTools.RunPython(ExternalTools.Script("rename_sheet_stale_names.py"), clean, renamed, rubric.FindGroup("immigrants")!.Name.Get("es"), "Inmig");
        Assert.True(exit == 0, log);

        var read = Workbooks.Read(renamed, rubric);
        var error = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Equal("WBK023", error.Code);
        Assert.Contains("'Inmig'", error.Message.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Limits an indicator of a rubric text to one group, which changes the indicator.</summary>
    private static string Restrict(string yaml, string indicator, string group)
    {
        var at = yaml.IndexOf("- id: " + indicator + "\n", StringComparison.Ordinal);
        var lineStart = yaml.LastIndexOf('\n', at) + 1;
        var indent = new string(' ', at - lineStart + 2);
        var lineEnd = yaml.IndexOf('\n', at) + 1;
        return yaml.Insert(lineEnd, indent + "groups: [" + group + "]\n");
    }

    private static string WriteRubric(TempDirectory temp)
    {
        var path = temp.File("small.yaml");
        File.WriteAllText(path, SmallYaml);
        return path;
    }

    private static void WriteWorkbook(string path, Rubric rubric, string country, params Response[] answers)
    {
        var request = new RubricWorkbookRequest(rubric, CountryCode.Parse(country), "2026", "es", Workbooks.Now) { Answers = answers.ToDictionary(a => a.Key) };
        using var stream = File.Create(path);
        RubricWorkbookWriter.Write(request, stream);
    }

    private static void WriteForeignWorkbook(string path)
    {
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetPart = workbookPart.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
        sheetPart.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
            new DocumentFormat.OpenXml.Spreadsheet.Sheet { Name = "Hoja1", SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }));
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    private static string Hashes(string folder) => string.Join(",", Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).Select(Hash));
}
