using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Operations;
using Coherence.PowerShell;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.PowerShell;

/// <summary>The operations behind the writing cmdlets, called as the cmdlets call them: piped scores to reports, assessments to workbooks.</summary>
public class PipelineOperationTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    private static List<AssessmentScore> ScoreExamples(RubricCatalog catalog)
    {
        var loader = new AssessmentLoader(catalog, new IAssessmentFileReader[] { new JsonAssessmentFileReader(), new WorkbookAssessmentFileReader() });
        var diagnostics = new List<Diagnostic>();
        var assessments = loader.Load(new[] { Examples }, diagnostics);

        // One at a time, as Measure-CoherenceGap scores each piped assessment.
        var scoring = new ScoreOperation(catalog, loader);
        return assessments.SelectMany(a => scoring.Score(new[] { a }, null, TimeProvider.System, diagnostics).Scores).ToList();
    }

    [Fact]
    public void Piped_scores_make_a_run_sorted_like_one_scored_at_once_with_the_rubrics_they_used()
    {
        var catalog = new RubricCatalog();
        var scores = ScoreExamples(catalog);
        scores.Reverse();
        var diagnostics = new List<Diagnostic>();

        var run = PipedScores.ToRun(scores, catalog, null, TimeProvider.System, diagnostics)!;

        // The country that two teams assessed (XME) is left out with a warning, as when the folder is scored at once.
        var atOnce = new List<Diagnostic>();
        var loader = new AssessmentLoader(catalog);
        var whole = new ScoreOperation(catalog, loader).Score(loader.Load(new[] { Examples }, atOnce), null, TimeProvider.System, atOnce);
        Assert.Equal(atOnce.Select(d => d.Code), diagnostics.Select(d => d.Code));
        Assert.Equal("ASM032", Assert.Single(diagnostics).Code);
        Assert.Equal(whole.Scores.Select(s => s.Assessment.Source!.Path), run.Scores.Select(s => s.Assessment.Source!.Path));
        Assert.Equal(run.Scores.Select(s => s.Assessment.Country.Value + s.Assessment.Period).OrderBy(k => k, StringComparer.Ordinal), run.Scores.Select(s => s.Assessment.Country.Value + s.Assessment.Period));
        Assert.Equal(new[] { "mesoamerica-coherence" }, run.Rubrics.Keys);
    }

    [Fact]
    public void Piped_scores_of_a_rubric_that_is_not_bundled_need_the_rubric_given()
    {
        var catalog = new RubricCatalog();
        var rubric = TestRubrics.Small();
        var score = new ScoringEngine(rubric).Score(ComparisonFixture.Assessment("XMA", "2026", "full"));
        var diagnostics = new List<Diagnostic>();

        Assert.Null(PipedScores.ToRun(new[] { score }, catalog, null, TimeProvider.System, diagnostics));
        Assert.Equal("ASM030", Assert.Single(diagnostics).Code);

        var run = PipedScores.ToRun(new[] { score }, catalog, rubric, TimeProvider.System, new List<Diagnostic>());
        Assert.Same(rubric, run!.Rubrics["small"]);
    }

    [Fact]
    public void No_piped_score_is_an_error_not_an_empty_run()
    {
        var diagnostics = new List<Diagnostic>();

        Assert.Null(PipedScores.ToRun(Array.Empty<AssessmentScore>(), new RubricCatalog(), null, TimeProvider.System, diagnostics));
        Assert.Equal("IN004", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Piped_scores_become_one_country_profile_per_assessment_in_the_output_folder()
    {
        using var dir = new TempDirectory();
        var catalog = new RubricCatalog();
        var scores = ScoreExamples(catalog);
        var run = PipedScores.ToRun(scores, catalog, null, TimeProvider.System, new List<Diagnostic>())!;
        var operation = new ReportOperation(new ScoreOperation(catalog, new AssessmentLoader(catalog)));

        var result = await operation.RunAsync(new ReportOptions(Array.Empty<string>()) { Run = run, OutputDirectory = dir.Path, Language = "es" });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(run.Scores.Count, result.Value!.Files.Count);
        Assert.All(result.Value.Files, f => Assert.True(new FileInfo(f.Path).Length > 0, f.Path));
        Assert.Contains(result.Value.Files, f => Path.GetFileName(f.Path) == "XMA-2026.html");
    }

    [Fact]
    public void Piped_scores_become_one_results_workbook_that_is_never_overwritten_without_force()
    {
        using var dir = new TempDirectory();
        var catalog = new RubricCatalog();
        var run = PipedScores.ToRun(ScoreExamples(catalog), catalog, null, TimeProvider.System, new List<Diagnostic>())!;
        var target = dir.File("results.xlsx");

        var written = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target) { Language = "es" });
        var again = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target));

        Assert.True(written.Succeeded, string.Join(Environment.NewLine, written.Diagnostics));
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(target, false))
        {
            Assert.True(document.WorkbookPart!.Workbook.Sheets!.ChildElements.Count > 1);
        }

        Assert.Equal("OUT002", Assert.Single(again.Diagnostics).Code);
        Assert.True(ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, target) { Force = true }).Succeeded);
    }

    [Theory]
    [InlineData("gtm", "2026", "GTM-2026.xlsx")]
    [InlineData("XMA", "2025-S2", "XMA-2025-S2.xlsx")]
    [InlineData("XMA", "2025/26 Q1", "XMA-2025-26-Q1.xlsx")]
    public void Workbooks_are_named_by_country_and_period_with_characters_files_refuse_replaced(string country, string period, string expected)
    {
        Assert.Equal(expected, WorkbookFiles.NameOf(country, period));
    }

    private static Coherence.Model.Assessment AssessmentJson(string path) => Coherence.Serialization.AssessmentJson.ReadFile(path).Value!;
}
