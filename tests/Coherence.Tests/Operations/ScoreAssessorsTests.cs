using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

/// <summary>Scoring a country and period that several teams assessed: left out unless told how, per team, from a consensus, or by the median.</summary>
public class ScoreAssessorsTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
    private static readonly RubricCatalog Catalog = new();
    private static readonly string[] Teams = { Path.Combine(Examples, "XME-2026-government.json"), Path.Combine(Examples, "XME-2026-civil-society.json") };

    private static Task<OperationResult<ScoreSummary>> Score(AssessorCombination how, params string[] inputs) =>
        new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(inputs) { Assessors = how });

    [Fact]
    public async Task Without_a_choice_such_a_country_is_left_out_with_a_warning_that_lists_the_choices()
    {
        var result = await Score(AssessorCombination.Unspecified, Examples);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Value!.Assessments, s => s.Country.Value == "XME");
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("ASM032", warning.Code);
        Assert.Contains("XME 2026 is assessed by 2 teams (Government (Fictitious ministry of the interior), Civil society (", warning.Message!.ToString());
        // The teams are named by their role in the reader's language.
        Assert.Contains("2 equipos (Gobierno (Fictitious ministry of the interior), Sociedad civil (", Coherence.Localization.Texts.For("es").Render(warning.Message!));
        Assert.Contains("--assessors by-role", warning.Hint!.ToString());
        Assert.Contains("--assessors median", warning.Hint!.ToString());
        Assert.Contains("coherence reconcile", warning.Hint!.ToString());
    }

    [Fact]
    public async Task By_role_scores_each_team_and_the_rows_carry_the_role()
    {
        var result = await Score(AssessorCombination.ByRole, Teams);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(2, result.Value!.Assessments.Count);
        var roles = result.Value.Assessments.Select(s => s.Root.Select(r => r.AssessorRole).Distinct().Single()).ToList();
        Assert.Equal(new AssessorRole?[] { AssessorRole.Government, AssessorRole.CivilSociety }, roles);
        Assert.True(result.Value.Assessments[0].Overall.Score.Practice > result.Value.Assessments[1].Overall.Score.Practice);
    }

    [Fact]
    public async Task By_role_refuses_reports_and_the_results_workbook_which_show_one_assessment_per_country()
    {
        using var dir = new TempDirectory();

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(Teams) { Assessors = AssessorCombination.ByRole, ReportsFolder = dir.File("r") });

        Assert.Equal("ASM035", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public async Task The_median_scores_one_assessment_between_the_teams()
    {
        var byRole = await Score(AssessorCombination.ByRole, Teams);
        var median = await Score(AssessorCombination.Median, Teams);

        var score = Assert.Single(median.Value!.Assessments);
        Assert.Null(score.SourcePath);
        Assert.InRange(score.Overall.Score.Practice!.Value, byRole.Value!.Assessments[1].Overall.Score.Practice!.Value - 1e-9, byRole.Value.Assessments[0].Overall.Score.Practice!.Value);
    }

    [Fact]
    public async Task The_consensus_is_scored_when_asked_and_its_absence_is_an_error()
    {
        using var dir = new TempDirectory();
        var reconciled = await new ReconcileOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ReconcileOptions(Teams) { Rules = new[] { ReconciliationRule.Median }, OutputPath = dir.File("XME-2026-consensus.json") });
        Assert.True(reconciled.Succeeded, string.Join("\n", reconciled.Diagnostics));

        var withConsensus = await Score(AssessorCombination.Consensus, Teams.Append(dir.File("XME-2026-consensus.json")).ToArray());
        var without = await Score(AssessorCombination.Consensus, Teams);
        var unspecified = await Score(AssessorCombination.Unspecified, Teams.Append(dir.File("XME-2026-consensus.json")).ToArray());

        Assert.Equal(dir.File("XME-2026-consensus.json"), Assert.Single(withConsensus.Value!.Assessments).SourcePath);
        Assert.Equal("ASM033", Assert.Single(without.Diagnostics, d => d.IsError).Code);
        Assert.Contains("--assessors consensus", Assert.Single(unspecified.Diagnostics, d => d.Code == "ASM032").Hint!.ToString());
        Assert.Equal("IN004", Assert.Single(unspecified.Diagnostics, d => d.IsError).Code);
        Assert.Contains("every assessment read was left out", Assert.Single(unspecified.Diagnostics, d => d.IsError).Message!.ToString());
    }

    [Fact]
    public void A_consensus_alone_is_scored_like_any_assessment()
    {
        var diagnostics = new List<Diagnostic>();
        var loader = new AssessmentLoader(Catalog);
        var consensus = new ReconcileOperation(Catalog, loader).Reconcile(loader.Load(Teams, diagnostics), null, new[] { ReconciliationRule.Median }, new Dictionary<ResponseKey, Coherence.Agreement.ReconciliationDecision>(), new Coherence.Agreement.AgreementSettings { Resamples = 0 }, TimeProvider.System, diagnostics)!.Consensus;

        var run = new ScoreOperation(Catalog, loader).Score(new[] { consensus }, null, TimeProvider.System, diagnostics);

        Assert.Empty(diagnostics);
        Assert.Single(run.Scores);
    }
}
