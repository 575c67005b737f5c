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
using Xunit;

namespace Coherence.Tests.Operations;

public class AgreeOperationTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
    private static readonly RubricCatalog Catalog = new();

    private static AgreeOperation Operation() => new(Catalog, new AssessmentLoader(Catalog));

    [Fact]
    public async Task The_examples_folder_holds_one_country_assessed_by_its_government_and_by_civil_society()
    {
        var result = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 100 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var set = Assert.Single(result.Value!.Sets);
        Assert.Equal(("XME", "2026"), (set.Country.Value, set.Period));
        Assert.Equal(new[] { "government", "civil-society" }, set.Raters.Select(r => r.Id));

        // The pattern the example shows: the teams mostly agree on the law, civil society rates practice lower.
        var law = set.Find(AgreementScope.Facet, Facet.Law)!;
        var practice = set.Find(AgreementScope.Facet, Facet.Practice)!;
        Assert.True(law.ExactAgreement > practice.ExactAgreement);
        Assert.True(law.Alpha.Value > practice.Alpha.Value);
        Assert.True(set.Leanings.Single(l => l.RaterId == "civil-society" && l.FacetId == Facet.Practice).MeanDeviation < -10);
        Assert.NotEmpty(set.Disagreements);
    }

    [Fact]
    public async Task A_question_about_the_whole_country_answered_once_is_one_cell_and_reconciles_to_one_answer()
    {
        var rubric = Catalog.Find(new RubricReference("mesoamerica-coherence", "1.1.1", null))!;
        var countryScope = rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(countryScope);

        var result = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 0 });
        var set = Assert.Single(result.Value!.Sets);
        var cells = set.Cells.Where(c => countryScope.Contains(c.IndicatorId)).ToList();

        // Both teams answered these once, with group '*': one cell per indicator and facet, in no group's roll-up.
        Assert.Equal(countryScope.Count * 2, cells.Count);
        Assert.All(cells, c => Assert.Equal(Response.WholeCountry, c.GroupId));
        var perGroup = set.Summaries.Where(s => s.Scope == AgreementScope.Group).Sum(s => s.Compared);
        Assert.True(perGroup < set.Overall.Compared);

        var diagnostics = new List<Diagnostic>();
        var loader = new AssessmentLoader(Catalog);
        var teams = Directory.GetFiles(Examples, "XME-2026-*.json");
        var consensus = new ReconcileOperation(Catalog, loader).Reconcile(loader.Load(teams, diagnostics), null, new[] { ReconciliationRule.Median }, new Dictionary<ResponseKey, ReconciliationDecision>(), new AgreementSettings { Resamples = 0 }, TimeProvider.System, diagnostics)!.Consensus;
        var answers = consensus.Responses.Where(r => countryScope.Contains(r.IndicatorId)).ToList();
        Assert.All(answers, r => Assert.Equal(Response.WholeCountry, r.GroupId));
        Assert.Equal(answers.Count, answers.Select(r => (r.IndicatorId, r.FacetId)).Distinct().Count());
        var check = new List<Diagnostic>();
        Coherence.Scoring.AssessmentValidator.Check(rubric, consensus, check);
        Assert.Empty(check);
    }

    [Fact]
    public async Task Assessments_each_made_by_one_team_only_give_nothing_to_compare()
    {
        var result = await Operation().RunAsync(new AgreementOptions(new[] { Path.Combine(Examples, "XMA-2026.json"), Path.Combine(Examples, "XMB-2026.json") }));

        Assert.Null(result.Value);
        Assert.Equal("AGR001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task The_json_lists_raters_summaries_leanings_and_every_cell_and_the_csv_is_one_tidy_table()
    {
        using var dir = new TempDirectory();

        var result = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 50, Seed = 7, JsonPath = dir.File("a.json"), CsvPath = dir.File("a.csv"), Clock = new FixedClock(new DateTimeOffset(2026, 5, 4, 0, 0, 0, TimeSpan.Zero)) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var json = JsonDocument.Parse(File.ReadAllBytes(dir.File("a.json")));
        var root = json.RootElement;
        Assert.Equal("Agreement", root.GetProperty("kind").GetString());
        Assert.Equal(7, root.GetProperty("bootstrap").GetProperty("seed").GetInt32());
        var set = root.GetProperty("sets")[0];
        Assert.Equal("civil-society", set.GetProperty("raters")[1].GetProperty("role").GetString());
        Assert.Equal("overall", set.GetProperty("summaries")[0].GetProperty("scope").GetString());
        var cells = set.GetProperty("cells");
        Assert.Equal(result.Value!.Sets[0].Cells.Count, cells.GetArrayLength());
        Assert.Equal(2, cells[0].GetProperty("answers").GetArrayLength());

        var lines = File.ReadAllLines(dir.File("a.csv"));
        Assert.Equal("country,country_name,period,rubric,scope,dimension,group,facet,indicator,raters,cells,compared,exact_agreement,mean_difference,metric,alpha,alpha_lower,alpha_upper,kappa_linear,kappa_quadratic", lines[0]);
        Assert.StartsWith("XME,Example country E (fictitious),2026,mesoamerica-coherence@1.1.1,overall,,,,,government;civil-society,", lines[1]);
        Assert.Equal(1 + result.Value.Sets[0].Summaries.Count + result.Value.Sets[0].Cells.Count, lines.Length);
        Assert.All(lines, l => Assert.Equal(19, l.Count(c => c == ',')));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_intervals_and_no_resample_gives_none()
    {
        var once = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 100, Seed = 3 });
        var again = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 100, Seed = 3 });
        var none = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { Resamples = 0 });

        Assert.Equal(once.Value!.Sets[0].Summaries.Select(s => s.Alpha), again.Value!.Sets[0].Summaries.Select(s => s.Alpha));
        Assert.Null(none.Value!.Sets[0].Overall.Alpha.Lower);
        Assert.Equal(once.Value.Sets[0].Overall.Alpha.Value, none.Value.Sets[0].Overall.Alpha.Value);
    }

    [Fact]
    public async Task Existing_outputs_are_refused_before_anything_is_read()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("a.csv"), "keep");

        var result = await Operation().RunAsync(new AgreementOptions(new[] { Examples }) { CsvPath = dir.File("a.csv") });

        Assert.Equal("OUT002", Assert.Single(result.Diagnostics).Code);
        Assert.Equal("keep", File.ReadAllText(dir.File("a.csv")));
    }
}
