using System.IO;
using System.Threading.Tasks;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

public class ScorePublicationTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task An_assessment_whose_responses_do_not_fit_its_rubric_is_reported_and_left_out_of_every_output()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("small.yaml"), TestRubrics.SmallYaml);
        var rubric = TestRubrics.Small();
        File.WriteAllBytes(dir.File("XMA-2026.json"), AssessmentJson.ToUtf8(TestRubrics.Assess(rubric, TestRubrics.Law("D1", "immigrants", "full"))));
        var bad = TestRubrics.Assess(rubric, TestRubrics.Law("D1", "immigrants", "Parcialmente")) with { Country = Coherence.Model.CountryCode.Parse("XMB") };
        File.WriteAllBytes(dir.File("XMB-2026.json"), AssessmentJson.ToUtf8(bad));

        var (code, output, error) = await CliRunner.RunAsync("score", dir.Path, "--rubric", dir.File("small.yaml"), "--json", dir.File("out.json"));

        Assert.Equal(1, code);
        Assert.Matches(@"XMB-2026.json:\d+:\d+: responses\[0\]: error ASM024: 'Parcialmente' is not a level of scale 'provision'", error);
        Assert.Contains("XMA · 2026", output);
        Assert.DoesNotContain("XMB · 2026", output);
        var json = File.ReadAllText(dir.File("out.json"));
        Assert.Contains("\"country\": \"XMA\"", json);
        Assert.DoesNotContain("\"country\": \"XMB\"", json);
    }

    [Fact]
    public async Task An_existing_report_refuses_the_whole_publication_before_anything_is_written()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reports"));
        File.WriteAllText(dir.File("reports/XMB-2026.html"), "keep me");

        var (code, _, error) = await CliRunner.RunAsync("score", Examples, "--json", dir.File("results.json"), "--xlsx", dir.File("results.xlsx"), "--reports", dir.File("reports"), "--quiet");

        Assert.Equal(1, code);
        Assert.Contains("XMB-2026.html: error OUT002", error);
        Assert.False(File.Exists(dir.File("results.json")));
        Assert.False(File.Exists(dir.File("results.xlsx")));
        Assert.Equal(new[] { dir.File("reports/XMB-2026.html") }, Directory.GetFiles(dir.File("reports")));
        Assert.Equal("keep me", File.ReadAllText(dir.File("reports/XMB-2026.html")));
    }

    [Fact]
    public async Task The_readme_command_writes_the_workbook_the_reports_and_the_json()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = await CliRunner.RunAsync("score", Examples, "--xlsx", dir.File("out/results.xlsx"), "--reports", dir.File("out/reports"), "--json", dir.File("out/results.json"), "--force", "--quiet");

        Assert.True(code == 0, error);
        Assert.True(new FileInfo(dir.File("out/results.xlsx")).Length > 0);
        Assert.True(File.Exists(dir.File("out/reports/XMA-2026.html")));
        Assert.True(File.Exists(dir.File("out/reports/regional-2026.html")));
        Assert.True(File.Exists(dir.File("out/results.json")));
    }

    [Fact]
    public async Task A_language_the_tool_does_not_speak_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("score", Examples, "--language", "fr");

        Assert.Equal(2, code);
        Assert.Contains("'fr'", error);
    }

    [Fact]
    public async Task Import_names_every_input_it_cannot_read()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("notes.txt"), "not a workbook");

        var (code, _, error) = await CliRunner.RunAsync("import", dir.File("missing.xlsx"), dir.File("notes.txt"), "-o", dir.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("missing.xlsx: error IN001: no such file or folder", error);
        Assert.Contains("notes.txt: error IN003", error);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("report")]
    [InlineData("compare")]
    public async Task A_misspelt_option_is_a_usage_error_not_a_file_name(string command)
    {
        var (code, _, error) = await CliRunner.RunAsync(command, Examples, "--jsn", "x");

        Assert.Equal(2, code);
        Assert.Contains("--jsn", error);
    }

    [Fact]
    public async Task Help_names_the_command_as_users_type_it()
    {
        var (_, output, _) = await CliRunner.RunAsync("score", "--help");

        Assert.Contains("coherence score <inputs>...", output);
    }

    [Fact]
    public async Task The_same_country_and_period_twice_is_an_error_and_counted_once()
    {
        using var dir = new TempDirectory();
        File.Copy(Path.Combine(Examples, "XMA-2026.json"), dir.File("XMA-2026.json"));
        File.Copy(Path.Combine(Examples, "XMA-2026.json"), dir.File("XMA-2026-copy.json"));

        var (code, output, error) = await CliRunner.RunAsync("score", dir.Path, "--json", dir.File("out.json"));

        Assert.Equal(1, code);
        Assert.Contains("XMA-2026.json: error ASM031: XMA 2026 is assessed more than once; this one is left out (the first is ", error);
        Assert.Contains("XMA-2026-copy.json;", error);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, "XMA · 2026"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(dir.File("out.json")), "\"country\": \"XMA\""));
    }

    [Fact]
    public async Task Importing_several_workbooks_into_one_json_file_is_refused()
    {
        using var dir = new TempDirectory();
        var (code, _, error) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--country", "GTM", "--period", "2026", "-o", dir.File("GTM-2026.xlsx"));
        Assert.True(code == 0, error);
        (code, _, error) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--country", "HND", "--period", "2026", "-o", dir.File("HND-2026.xlsx"));
        Assert.True(code == 0, error);

        (code, _, error) = await CliRunner.RunAsync("import", dir.File("GTM-2026.xlsx"), dir.File("HND-2026.xlsx"), "-o", dir.File("two.json"));

        Assert.Equal(1, code);
        Assert.Contains("error WBK052: -o names one file, but 2 workbooks were given", error);
        Assert.False(Directory.Exists(dir.File("two.json")));
    }
}
