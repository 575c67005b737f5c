using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

public class AgreeCommandTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task Agree_on_the_examples_prints_agreement_the_leaning_and_the_largest_disagreements_side_by_side()
    {
        var (code, output, error) = await CliRunner.RunAsync("agree", Examples, "--resamples", "100", "--top", "3", "--language", "en");

        Assert.True(code == 0, error);
        Assert.Contains("Agreement: XME · 2026 · Example country E (fictitious)", output);
        Assert.Contains("α [95% CI]", output);
        Assert.Contains("κ linear", output);
        Assert.Contains("Civil society rates practice", output);
        Assert.Contains("points lower than government", output);
        Assert.Contains("Largest disagreements (3 of ", output);
        Assert.Contains("Ejemplo", output);
    }

    [Fact]
    public async Task Agree_speaks_Spanish()
    {
        var (code, output, _) = await CliRunner.RunAsync("agree", Examples, "--resamples", "0", "--language", "es");

        Assert.Equal(0, code);
        Assert.Contains("Acuerdo: XME · 2026", output);
        Assert.Contains("Sociedad civil califica práctica", output);
    }

    [Fact]
    public async Task Agree_writes_json_and_csv_and_refuses_to_overwrite_them()
    {
        using var dir = new TempDirectory();

        var (code, _, error) = await CliRunner.RunAsync("agree", Examples, "--resamples", "10", "--json", dir.File("a.json"), "--csv", dir.File("a.csv"), "--quiet");
        var (again, _, refused) = await CliRunner.RunAsync("agree", Examples, "--csv", dir.File("a.csv"), "--quiet");

        Assert.True(code == 0, error);
        Assert.True(File.Exists(dir.File("a.json")) && File.ReadLines(dir.File("a.csv")).Count() > 100);
        Assert.Equal(1, again);
        Assert.Contains("error OUT002", refused);
    }

    [Fact]
    public async Task Reconcile_writes_the_consensus_and_the_workbook_and_score_takes_the_consensus()
    {
        using var dir = new TempDirectory();
        var teams = new[] { Path.Combine(Examples, "XME-2026-government.json"), Path.Combine(Examples, "XME-2026-civil-society.json") };

        var (code, output, error) = await CliRunner.RunAsync(new[] { "reconcile" }.Concat(teams).Concat(new[] { "--rule", "within:1", "--rule", "role:civil-society", "-o", dir.File("XME-2026-consensus.json"), "--workbook", dir.File("r.xlsx"), "-l", "en" }).ToArray());
        var (scored, scoreOutput, scoreError) = await CliRunner.RunAsync(new[] { "score" }.Concat(teams).Concat(new[] { dir.File("XME-2026-consensus.json"), "--assessors", "consensus" }).ToArray());

        Assert.True(code == 0, error);
        Assert.Contains("Cells on which the teams differ: ", output);
        Assert.Contains("left unknown (unresolved): 0", output);
        Assert.True(File.Exists(dir.File("r.xlsx")));
        Assert.True(scored == 0, scoreError);
        Assert.Contains("XME · 2026", scoreOutput);
    }

    [Fact]
    public async Task Importing_the_workbooks_of_two_teams_names_each_file_after_its_team()
    {
        using var dir = new TempDirectory();
        foreach (var (role, organization) in new[] { ("government", "Ministerio"), ("civil-society", "Red") })
        {
            var (made, _, madeError) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--country", "GTM", "--period", "2026", "--assessor", "Equipo", "--organization", organization, "--role", role, "-o", dir.File("returned/GTM-2026-" + organization + ".xlsx"));
            Assert.True(made == 0, madeError);
        }

        var (code, _, error) = await CliRunner.RunAsync("import", dir.File("returned"), "-o", dir.File("assessments"));

        Assert.True(code == 0, error);
        Assert.Equal(new[] { "GTM-2026-civil-society.json", "GTM-2026-government.json" }, Directory.GetFiles(dir.File("assessments")).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_rule_the_tool_does_not_know_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("reconcile", Examples, "--rule", "majority");

        Assert.Equal(2, code);
        Assert.Contains("'majority' is not a rule", error);
    }

    [Fact]
    public async Task Score_names_the_choices_for_a_country_several_teams_assessed()
    {
        var (code, _, error) = await CliRunner.RunAsync("score", Examples);
        var (byRole, output, _) = await CliRunner.RunAsync("score", Path.Combine(Examples, "XME-2026-government.json"), Path.Combine(Examples, "XME-2026-civil-society.json"), "--assessors", "by-role", "-l", "en");

        Assert.Equal(0, code);
        Assert.Contains("warning ASM032: XME 2026 is assessed by 2 teams", error);
        Assert.Equal(0, byRole);
        Assert.Contains("XME · 2026 · Example country E (fictitious) · Government", output);
        Assert.Contains("XME · 2026 · Example country E (fictitious) · Civil society", output);
    }
}
