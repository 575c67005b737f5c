using System.IO;
using System.Threading.Tasks;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

public class CliTests
{
    [Fact]
    public async Task Version_prints_the_tool_version()
    {
        var (code, output, _) = await CliRunner.RunAsync("--version");

        Assert.Equal(0, code);
        Assert.Equal(Coherence.Operations.ToolInfo.Version, output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task No_command_prints_the_help_as_a_usage_mistake()
    {
        var (code, output, error) = await CliRunner.RunAsync();

        // Exit 2, as for every usage mistake, so that a script that forgot its command does not go on as if it had worked.
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("score", error);
        Assert.Contains("rubric", error);
    }

    [Fact]
    public async Task A_usage_mistake_exits_with_2_and_points_to_help()
    {
        var (code, _, error) = await CliRunner.RunAsync("score", "--no-such-option", "x.json");

        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", error);
        Assert.Contains("coherence --help", error);
    }

    [Fact]
    public async Task Rubric_validate_prints_compiler_style_errors_and_exits_with_1()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.yaml");
        File.WriteAllText(path, TestRubrics.SmallYaml.Replace("      aggregation: weighted", "      agregation: weighted"));

        var (code, _, error) = await CliRunner.RunAsync("rubric", "validate", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:37:7: error RUB002: unknown key 'agregation' in a dimension (did you mean 'aggregation'?)", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Rubric_validate_accepts_a_valid_file()
    {
        using var dir = new TempDirectory();
        var path = dir.File("small.yaml");
        File.WriteAllText(path, TestRubrics.SmallYaml);

        var (code, output, error) = await CliRunner.RunAsync("rubric", "validate", path);

        Assert.Equal(0, code);
        Assert.Contains("ok: small 1.2.0, 2 dimensions, 5 indicators, 2 groups", output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Score_prints_a_table_per_assessment_and_writes_the_results_json()
    {
        using var dir = new TempDirectory();
        var rubricPath = dir.File("small.yaml");
        File.WriteAllText(rubricPath, TestRubrics.SmallYaml);
        var rubric = TestRubrics.Small();
        var assessment = TestRubrics.Assess(rubric, TestRubrics.Law("D1", "immigrants", "full"), TestRubrics.Practice("D1", "immigrants", "partial"));
        File.WriteAllBytes(dir.File("XMA-2026.json"), AssessmentJson.ToUtf8(assessment));

        var (code, output, error) = await CliRunner.RunAsync("score", dir.File("XMA-2026.json"), "--rubric", rubricPath, "--json", dir.File("results.json"), "--language", "es");

        Assert.True(code == 0, error);
        Assert.Contains("XMA · 2026", output);
        Assert.Contains("Inmigrantes", output);
        Assert.Contains("66.7", output);
        Assert.Contains("Datos", output);
        var json = File.ReadAllText(dir.File("results.json"));
        Assert.Contains("\"kind\": \"Results\"", json);
        Assert.Contains("\"netGap\": 66.66666666666666", json);
    }

    [Fact]
    public async Task Score_never_overwrites_results_without_force()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("small.yaml"), TestRubrics.SmallYaml);
        var rubric = TestRubrics.Small();
        File.WriteAllBytes(dir.File("a.json"), AssessmentJson.ToUtf8(TestRubrics.Assess(rubric, TestRubrics.Law("D1", "immigrants", "full"))));
        File.WriteAllText(dir.File("results.json"), "keep me");

        var (code, _, error) = await CliRunner.RunAsync("score", dir.File("a.json"), "--rubric", dir.File("small.yaml"), "--json", dir.File("results.json"));

        Assert.Equal(1, code);
        Assert.Contains("error OUT002", error);
        Assert.Contains("--force", error);
        Assert.Equal("keep me", File.ReadAllText(dir.File("results.json")));

        (code, _, error) = await CliRunner.RunAsync("score", dir.File("a.json"), "--rubric", dir.File("small.yaml"), "--json", dir.File("results.json"), "--force");
        Assert.True(code == 0, error);
        Assert.StartsWith("{", File.ReadAllText(dir.File("results.json")));
    }

    [Fact]
    public async Task Bad_files_are_listed_one_line_each_and_the_good_ones_still_go_through()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("small.yaml"), TestRubrics.SmallYaml);
        var rubric = TestRubrics.Small();
        File.WriteAllBytes(dir.File("XMA-2026.json"), AssessmentJson.ToUtf8(TestRubrics.Assess(rubric, TestRubrics.Law("D1", "immigrants", "full"))));
        File.WriteAllText(dir.File("broken.json"), "{ \"apiVersion\": ");
        File.WriteAllBytes(dir.File("notjson.json"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 });

        var (code, output, error) = await CliRunner.RunAsync("score", dir.Path, "--rubric", dir.File("small.yaml"));

        Assert.Equal(1, code);
        Assert.Contains("XMA · 2026", output);
        Assert.Contains("broken.json:", error);
        Assert.Contains("notjson.json:", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    [Fact]
    public async Task Quiet_prints_nothing_but_errors()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("small.yaml"), TestRubrics.SmallYaml);

        var (code, output, error) = await CliRunner.RunAsync("rubric", "validate", dir.File("small.yaml"), "--quiet");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public async Task Rubric_list_shows_the_mesoamerica_rubric_first()
    {
        var (code, output, _) = await CliRunner.RunAsync("rubric", "list", "--language", "es");

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.StartsWith("id ", lines[0]);
        Assert.StartsWith("mesoamerica-coherence ", lines[1]);
        Assert.Contains("Coherencia de las políticas migratorias en Mesoamérica", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("impic-2016 ", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rubric_show_prints_questions_in_the_chosen_language()
    {
        var (code, output, _) = await CliRunner.RunAsync("rubric", "show", "mesoamerica-coherence", "--language", "es");

        Assert.Equal(0, code);
        Assert.Contains("REC-01", output);
        Assert.Contains("Ley: ¿", output);
        Assert.Contains("Práctica: ¿", output);
        Assert.Contains("Personas inmigrantes (immigrants)", output);
    }

    [Fact]
    public async Task Rubric_show_prints_what_the_version_changed_and_which_indicators_are_answered_for_the_whole_country()
    {
        var (code, output, _) = await CliRunner.RunAsync("rubric", "show", "mesoamerica-coherence", "--language", "es");

        Assert.Equal(0, code);
        Assert.Contains("mesoamerica-coherence 1.1.1", output);
        Assert.Contains("Cambios de la versión 1.1.1", output);
        Assert.Contains("El umbral de brecha baja de 25 a 15", output);
        Assert.Contains("Cambios de la versión 1.1.0", output);
        Assert.True(output.IndexOf("Cambios de la versión 1.1.1", System.StringComparison.Ordinal) < output.IndexOf("Cambios de la versión 1.1.0", System.StringComparison.Ordinal));
        Assert.Contains("Primera versión: 75 indicadores", output);
        Assert.Contains("(todo el país: immigrants, emigrants, transit, returnees, asylum)", output);
        foreach (var id in new[] { "RCP-06", "DSP-01", "BOR-02", "CHI-01", "BOR-03", "NAT-01", "PAR-06", "LOC-06", "COP-06", "DIV-01", "NAT-04" })
        {
            Assert.Contains(id, output);
        }
    }

    [Fact]
    public async Task Rubric_show_of_an_unknown_id_suggests_a_bundled_one()
    {
        var (code, _, error) = await CliRunner.RunAsync("rubric", "show", "mesoamerica");

        Assert.Equal(0, code);
        (code, _, error) = await CliRunner.RunAsync("rubric", "show", "mesoamerica-coherense");
        Assert.Equal(1, code);
        Assert.Contains("did you mean 'mesoamerica-coherence'?", error);
    }
}
