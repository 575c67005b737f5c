using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

public class ReconcileOperationTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
    private static readonly RubricCatalog Catalog = new();
    private static readonly string[] Teams = { Path.Combine(Examples, "XME-2026-government.json"), Path.Combine(Examples, "XME-2026-civil-society.json") };

    private static ReconcileOperation Operation() => new(Catalog, new AssessmentLoader(Catalog));

    [Fact]
    public async Task Existing_outputs_are_refused_without_force_and_a_folder_never_before_anything_is_read()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("c.json"), "previous");
        Directory.CreateDirectory(dir.File("w.xlsx"));

        var result = await Operation().RunAsync(new ReconcileOptions(Teams) { OutputPath = dir.File("c.json"), WorkbookPath = dir.File("w.xlsx"), Resamples = 0 });

        Assert.Equal(new[] { "OUT002", "OUT001" }, result.Diagnostics.Select(d => d.Code));
        Assert.Equal("previous", File.ReadAllText(dir.File("c.json")));
    }

    [Fact]
    public async Task A_rule_settles_differences_and_the_rest_is_left_unknown_with_a_warning()
    {
        using var dir = new TempDirectory();

        var result = await Operation().RunAsync(new ReconcileOptions(Teams) { Rules = new[] { ReconciliationRule.WithinLevels(1) }, OutputPath = dir.File("c.json"), Resamples = 0 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var value = result.Value!;
        Assert.True(value.Settled > 0 && value.Unresolved > 0);
        Assert.Equal(value.Disagreements, value.Settled + value.Unresolved);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("REC010", warning.Code);
        var written = AssessmentJson.ReadFile(dir.File("c.json"));
        Assert.True(written.IsSuccess, string.Join("\n", written.Diagnostics));
        Assert.All(written.Value!.Responses, r => Assert.NotNull(r.Provenance));
    }

    [Fact]
    public async Task The_teams_assessments_are_never_overwritten_not_even_with_force()
    {
        using var dir = new TempDirectory();
        File.Copy(Teams[0], dir.File("gov.json"));
        File.Copy(Teams[1], dir.File("cs.json"));
        var before = File.ReadAllBytes(dir.File("gov.json"));

        var result = await Operation().RunAsync(new ReconcileOptions(new[] { dir.Path }) { OutputPath = dir.File("gov.json"), Force = true });

        Assert.Equal("REC003", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(before, File.ReadAllBytes(dir.File("gov.json")));
    }

    [Theory]
    [InlineData("REC001", "XMA-2026.json", "XMB-2026.json")]
    [InlineData("REC002", "XME-2026-government.json", "XME-2026-civil-society.json", "XMA-2026.json", "xma-2026-other-team")]
    public async Task One_country_and_period_with_several_teams_is_reconciled_at_a_time(string code, params string[] files)
    {
        using var dir = new TempDirectory();
        foreach (var file in files)
        {
            if (file == "xma-2026-other-team")
            {
                var other = AssessmentJson.ReadFile(Path.Combine(Examples, "XMA-2026.json")).Value! with { Assessors = new[] { new Assessor("Otra", "Red", AssessorRole.CivilSociety) } };
                File.WriteAllBytes(dir.File("XMA-2026-cs.json"), AssessmentJson.ToUtf8(other));
            }
            else
            {
                File.Copy(Path.Combine(Examples, file), dir.File(file));
            }
        }

        var result = await Operation().RunAsync(new ReconcileOptions(new[] { dir.Path }));

        Assert.Equal(code, Assert.Single(result.Diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public async Task Decisions_and_assessments_together_or_rules_with_decisions_are_refused()
    {
        var both = await Operation().RunAsync(new ReconcileOptions(Teams) { DecisionsPath = "d.xlsx" });
        var rules = await Operation().RunAsync(new ReconcileOptions(Array.Empty<string>()) { DecisionsPath = "d.xlsx", Rules = new[] { ReconciliationRule.Median } });

        Assert.Contains(both.Diagnostics, d => d.Code == "REC004");
        Assert.Contains(rules.Diagnostics, d => d.Code == "REC005");
    }
}
