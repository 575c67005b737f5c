using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Coherence.Tests.Tables;
using Xunit;

namespace Coherence.Tests.Cli;

public class ImportTableCommandTests
{
    private static (string Rubric, string Table) Inputs(TempDirectory temp, string csv)
    {
        var rubric = temp.File("mixed.yaml");
        File.WriteAllText(rubric, TableImporterTests.MixedYaml);
        var table = temp.File("table.csv");
        File.WriteAllText(table, csv);
        return (rubric, table);
    }

    private static Task<(int ExitCode, string Output, string Error)> Run(string rubric, string table, string output, params string[] more) =>
        CliRunner.RunAsync(new[] { "import-table", table, "--rubric", rubric, "--unit-column", "country", "--period-column", "year", "-o", output }.Concat(more).ToArray());

    [Fact]
    public async Task A_good_table_writes_one_assessment_file_per_row_and_exits_0()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "country,year,x1,o1,notes\nmx,2016,0.25,Básico,x\nGTM,2016,,full,\ned,2016,1,full,\n");
        var output = temp.File("out");

        var (code, stdout, stderr) = await Run(rubric, table, output, "--skip-unit", "ed");

        Assert.True(code == 0, stderr);
        Assert.Equal(new[] { "GTM-2016.json", "MEX-2016.json" }, Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n));
        var mexico = AssessmentJson.ReadFile(Path.Combine(output, "MEX-2016.json")).Value!;
        Assert.Equal(new[] { ("x1", 0.25, "-"), ("o1", -1.0, "basic") }, mexico.Responses.Select(r => (r.IndicatorId, r.Value ?? -1, r.Level ?? "-")));
        Assert.Contains("Wrote 2 assessment files", stdout);
        Assert.Contains("mx=MEX", stdout);
        Assert.Contains("ed (1 row)", stdout);
        Assert.Contains("TAB010", stderr);
    }

    [Fact]
    public async Task A_table_with_an_error_writes_nothing_and_exits_1()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "country,year,x1\nMEX,2016,0.5\nGTM,2016,1.5\n");
        var output = temp.File("out");

        var (code, _, stderr) = await Run(rubric, table, output);

        Assert.Equal(1, code);
        Assert.Contains("table.csv:3:3: C3 (x1): error TAB040: 1.5 is outside scale 'share'", stderr);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any());
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_with_exit_2()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "country,year,x1\nMEX,2016,0.5\n");

        var (code, _, stderr) = await CliRunner.RunAsync("import-table", table, "--rubric", rubric, "--unit-column", "country", "-o", temp.File("out"));

        Assert.Equal(2, code);
        Assert.Contains("--period-column", stderr);
    }

    [Fact]
    public async Task Existing_files_are_never_overwritten_without_force_and_nothing_is_half_written()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "country,year,x1\nMEX,2016,0.5\nGTM,2016,0.7\n");
        var output = temp.File("out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "GTM-2016.json"), "mine");

        var refused = await Run(rubric, table, output);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("OUT002", refused.Error);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "GTM-2016.json")));
        Assert.False(File.Exists(Path.Combine(output, "MEX-2016.json")));

        var forced = await Run(rubric, table, output, "--force");

        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(0.7, AssessmentJson.ReadFile(Path.Combine(output, "GTM-2016.json")).Value!.Responses.Single().Value);
    }

    [Fact]
    public async Task A_map_file_and_a_unit_code_file_are_used_when_given()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "País;Año;Indicador uno;Comentario\nMéxico;2016;0,5;a\n");
        File.WriteAllText(temp.File("map.csv"), "columna;indicador;faceta;grupo\nIndicador uno;x1;;\nComentario;-;;\n");
        File.WriteAllText(temp.File("units.csv"), "unidad,pais\nMéxico,MEX\n");

        var (code, _, stderr) = await CliRunner.RunAsync("import-table", table, "-r", rubric, "--unit-column", "país", "--period-column", "año", "--map", temp.File("map.csv"), "--unit-codes", temp.File("units.csv"), "-o", temp.File("out"));

        Assert.True(code == 0, stderr);
        Assert.Equal(0.5, AssessmentJson.ReadFile(temp.File("out/MEX-2016.json")).Value!.Responses.Single().Value);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public async Task An_output_that_is_a_file_is_refused()
    {
        using var temp = new TempDirectory();
        var (rubric, table) = Inputs(temp, "country,year,x1\nMEX,2016,0.5\n");

        var (code, _, stderr) = await Run(rubric, table, table);

        Assert.Equal(1, code);
        Assert.Contains("TAB051", stderr);
    }

    [Fact]
    public async Task An_unknown_rubric_or_missing_table_exits_1_with_a_located_message()
    {
        using var temp = new TempDirectory();

        var (code, _, stderr) = await CliRunner.RunAsync("import-table", temp.File("none.csv"), "--rubric", "impic-2061", "--unit-column", "c", "--period-column", "y", "-o", temp.File("out"));

        Assert.Equal(1, code);
        Assert.Contains("did you mean 'impic-2016'?", stderr);
        Assert.Contains("none.csv: error TAB000", stderr);
    }
}
