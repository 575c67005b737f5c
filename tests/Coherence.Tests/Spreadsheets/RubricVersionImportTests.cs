using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Coherence.Scoring;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Workbooks filled under rubric <c>mesoamerica-coherence</c> 1.0.0 (<c>TestData/XMA-2025.mesoamerica-1.0.0.xlsx</c>) and 1.1.0
/// (<c>TestData/XMB-2026.mesoamerica-1.1.0.xlsx</c>) after the bundled rubric moved on.</summary>
public class RubricVersionImportTests
{
    private static readonly RubricCatalog Catalog = new();

    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "TestData", "XMA-2025.mesoamerica-1.0.0.xlsx");

    [Fact]
    public void A_workbook_made_with_1_0_0_is_read_with_the_rubric_it_keeps_and_says_what_the_bundled_version_changed()
    {
        var result = new WorkbookAssessmentReader(Catalog.Find).ReadFile(Fixture);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK042", warning.Code);
        Assert.StartsWith("was made for rubric mesoamerica-coherence 1.0.0 and is read with that version, kept in the workbook; this tool's version is 1.1.1 (added: ", warning.Message.ToString(), StringComparison.Ordinal);
        var changed = warning.Message.ToString().Substring(warning.Message.ToString().IndexOf("changed: ", StringComparison.Ordinal));
        Assert.Contains("DAT-02", changed, StringComparison.Ordinal);
        Assert.Contains("PAR-03", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("REC-02", changed, StringComparison.Ordinal);
        Assert.DoesNotContain("removed", warning.Message.ToString(), StringComparison.Ordinal);
        Assert.Contains("coherence rubric show mesoamerica-coherence", warning.Hint!.ToString());
        Assert.Contains("--from", warning.Hint!.ToString());

        // The hint says, in both languages, that scoring needs nothing, and what to do to answer the new version.
        Assert.StartsWith("nothing needs doing to score it", warning.Hint!.ToString(), StringComparison.Ordinal);
        Assert.Contains("'coherence workbook new --rubric mesoamerica-coherence --from " + Fixture + "'", warning.Hint!.ToString(), StringComparison.Ordinal);
        var spanish = warning.Hint!.ToString(Coherence.Localization.Texts.For("es"));
        Assert.StartsWith("no hace falta nada para calcularlo", spanish, StringComparison.Ordinal);
        Assert.Contains("responder en cambio la versión 1.1.1", spanish, StringComparison.Ordinal);
        Assert.Contains("'coherence workbook new --rubric mesoamerica-coherence --from " + Fixture + "'", spanish, StringComparison.Ordinal);

        var assessment = result.Value!;
        Assert.Equal(("mesoamerica-coherence", "1.0.0"), (assessment.Rubric.Id, assessment.Rubric.Version));
        var expected = AssessmentJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "TestData", "XMA-2025.mesoamerica-1.0.0.answers.json")).Value!;
        Assert.Equal(Workbooks.Describe(expected.Responses), Workbooks.Describe(assessment.Responses));
    }

    [Fact]
    public async Task Importing_it_writes_the_answers_and_scoring_them_with_1_1_1_warns_that_versions_differ()
    {
        using var temp = new TempDirectory();
        var json = temp.File("XMA-2025.json");

        var (code, output, error) = await CliRunner.RunAsync("import", Fixture, "-o", json);

        Assert.Equal(0, code);
        Assert.Contains("WBK042", error, StringComparison.Ordinal);
        Assert.Contains("12 answers", output, StringComparison.Ordinal);
        var run = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { json }));
        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        Assert.Equal("ASM011", Assert.Single(run.Diagnostics, d => d.Code.StartsWith("ASM", StringComparison.Ordinal)).Code);
        Assert.Single(run.Value!.Assessments);
        Assert.Equal("1.1.1", run.Value.Rubrics["mesoamerica-coherence"].Version);
        var score = new ScoringEngine(run.Value.Rubrics["mesoamerica-coherence"]).Score(AssessmentJson.ReadFile(json).Value!);
        Assert.Equal(100 - 25, score.Indicators.Single(i => i.IndicatorId == "REC-02" && i.GroupId == "transit").Score.Coherence);
    }

    [Fact]
    public void Asked_to_read_it_with_1_1_1_it_refuses_and_says_why()
    {
        var bundled = Catalog.Resolve("mesoamerica-coherence").Value!;

        var result = new WorkbookAssessmentReader(Catalog.Find).ReadFile(Fixture, bundled);

        var error = Assert.Single(result.Errors);
        Assert.Equal("WBK040", error.Code);
        Assert.StartsWith("was made for rubric mesoamerica-coherence 1.0.0, not 1.1.1: added: ", error.Message.ToString(), StringComparison.Ordinal);
    }

    private static string Fixture110 => Path.Combine(AppContext.BaseDirectory, "TestData", "XMB-2026.mesoamerica-1.1.0.xlsx");

    [Fact]
    public async Task A_workbook_made_with_1_1_0_is_read_and_scored_with_1_1_1_and_told_that_only_the_gap_threshold_changed()
    {
        var result = new WorkbookAssessmentReader(Catalog.Find).ReadFile(Fixture110);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("WBK041", warning.Code);
        Assert.Equal("was made for rubric mesoamerica-coherence 1.1.0 and is read with 1.1.1: no indicator differs, but the class thresholds do (gap 25 → 15, high 50 → 50); the answers keep their meaning, the classes of aggregated cells may change", warning.Message.ToString());
        Assert.Contains("ningún indicador cambió, pero sí los umbrales de clase (brecha 25 → 15", warning.Message.ToString(Coherence.Localization.Texts.For("es")), StringComparison.Ordinal);
        Assert.Equal(408, result.Value!.Responses.Count);

        using var temp = new TempDirectory();
        var imported = temp.File("XMB-2026.imported.json");
        var (code, _, error) = await CliRunner.RunAsync("import", Fixture110, "-o", imported);
        Assert.Equal(0, code);
        Assert.Contains("WBK041", error, StringComparison.Ordinal);
        Assert.Equal("1.1.1", AssessmentJson.ReadFile(imported).Value!.Rubric.Version);

        // An assessment file written under 1.1.0 is scored with 1.1.1, and told so.
        var json = temp.File("XMB-2026.json");
        File.WriteAllText(json, File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMB-2026.json")).Replace("\"version\": \"1.1.1\"", "\"version\": \"1.1.0\"", StringComparison.Ordinal));
        var run = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { json }));
        Assert.True(run.Succeeded, string.Join("\n", run.Diagnostics));
        var asm011 = Assert.Single(run.Diagnostics, d => d.Code.StartsWith("ASM", StringComparison.Ordinal));
        Assert.Equal(("ASM011", "the assessment answers version 1.1.0 of 'mesoamerica-coherence', scored with version 1.1.1"), (asm011.Code, asm011.Message.ToString()));
        var rubric = run.Value!.Rubrics["mesoamerica-coherence"];
        Assert.Equal(("1.1.1", 15.0), (rubric.Version, rubric.Thresholds.Gap));

        // The cells whose mean absolute gap lies in [15, 25) were coherent under 1.1.0 and are gaps now; no indicator's class moved.
        var score = new ScoringEngine(rubric).Score(AssessmentJson.ReadFile(json).Value!);
        var moved = score.Matrix.Where(c => c.Score.AbsoluteGap is >= 15 and < 25).ToList();
        Assert.NotEmpty(moved);
        Assert.All(moved, c => Assert.Contains(c.Class, new GapClass?[] { GapClass.ImplementationGap, GapClass.PracticeAheadOfLaw }));
        var old = new ScoringEngine(RubricWithGap(rubric, 25));
        Assert.All(score.Indicators, i => Assert.Equal(old.Classify(i.Score), i.Class));
        Assert.All(moved, c => Assert.Contains(old.Classify(c.Score), new GapClass?[] { GapClass.CoherentLow, GapClass.CoherentHigh }));
    }

    private static Rubric RubricWithGap(Rubric rubric, double gap) =>
        new(rubric.Metadata, rubric.Facets, rubric.Scales, rubric.Groups, rubric.Thresholds with { Gap = gap }, rubric.Root, rubric.References, rubric.ContentHash);
}
