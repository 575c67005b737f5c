using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.ComparisonFixture;

namespace Coherence.Tests.Operations;

public class CompareOperationTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private static (CompareOperation Operation, Rubric Rubric) Create()
    {
        var catalog = new RubricCatalog();
        return (new CompareOperation(catalog, new AssessmentLoader(catalog)), TestRubrics.Small());
    }

    private static List<AssessmentScore> Score(Rubric rubric, params Assessment[] assessments) =>
        assessments.Select(a => new ScoringEngine(rubric).Score(a)).ToList();

    [Fact]
    public void A_country_across_periods_shows_the_change_in_coherence_and_flags_the_class_that_changed()
    {
        var (operation, rubric) = Create();
        var scores = Score(rubric, Assessment("XMA", "2026", "full"), Assessment("XMA", "2025", "partial"));
        var diagnostics = new List<Diagnostic>();

        var comparison = operation.Compare(scores, rubric, reference: null, Clock, diagnostics)!;

        Assert.Empty(diagnostics);
        Assert.Equal("XMA:2025", comparison.Reference);
        Assert.Equal(new[] { "XMA:2025", "XMA:2026" }, comparison.Assessments);
        var overall = comparison.Rows.Single(r => r.Key == "XMA:2026" && r.Group is null && r.Dimension is null);
        Assert.Equal(100, overall.Coherence!.Value, 9);
        Assert.Equal(100 - 33.333333333333336, overall.CoherenceChange!.Value, 9);
        Assert.Equal(0, overall.LawChange!.Value, 9);
        Assert.Equal(100 - 33.333333333333336, overall.PracticeChange!.Value, 9);
        Assert.Equal(GapClass.CoherentHigh, overall.Class);
        Assert.Equal(GapClass.ImplementationGap, overall.ReferenceClass);
        Assert.True(overall.ClassChanged);
    }

    [Fact]
    public void There_is_a_row_per_assessment_group_and_top_level_dimension_including_all_groups_and_the_whole_rubric()
    {
        var (operation, rubric) = Create();
        var scores = Score(rubric, Assessment("XMA", "2025", "partial"), Assessment("XMA", "2026", "full"), Assessment("XMB", "2026", "none"));

        var comparison = operation.Compare(scores, rubric, null, Clock, new List<Diagnostic>())!;

        // (all groups + 2 groups) x (whole rubric + 2 dimensions) x 3 assessments.
        Assert.Equal(3 * 3 * 3, comparison.Rows.Count);
        Assert.Contains(comparison.Rows, r => r.Group == "returnees" && r.Dimension == "data" && r.Key == "XMB:2026");
        Assert.Equal(new[] { "XMA:2025", "XMA:2026", "XMB:2026" }, comparison.Rows.Select(r => r.Key).Distinct());
    }

    [Fact]
    public void The_reference_rows_have_no_change_and_no_class_flag()
    {
        var (operation, rubric) = Create();
        var scores = Score(rubric, Assessment("XMA", "2025", "partial"), Assessment("XMA", "2026", "full"));

        var comparison = operation.Compare(scores, rubric, null, Clock, new List<Diagnostic>())!;

        var referenceRows = comparison.Rows.Where(r => r.IsReference).ToList();
        Assert.Equal(9, referenceRows.Count);
        Assert.All(referenceRows, r =>
        {
            Assert.Null(r.CoherenceChange);
            Assert.Null(r.LawChange);
            Assert.False(r.ClassChanged);
        });
    }

    [Fact]
    public void Insufficient_data_stays_null_and_its_change_is_null_never_zero()
    {
        var (operation, rubric) = Create();

        // 2026 answers only the data dimension: rights has too little data (minimum coverage 0.5).
        var scores = Score(rubric, Assessment("XMA", "2025", "partial"), Assessment("XMA", "2026", "partial", "D1", "D2"));

        var comparison = operation.Compare(scores, rubric, null, Clock, new List<Diagnostic>())!;

        var rights = comparison.Rows.Single(r => r.Key == "XMA:2026" && r.Group == "immigrants" && r.Dimension == "rights");
        Assert.Equal(ScoreStatus.InsufficientData, rights.Status);
        Assert.Null(rights.Coherence);
        Assert.Null(rights.Law);
        Assert.Null(rights.CoherenceChange);
        Assert.Null(rights.LawChange);
        Assert.Equal(GapClass.InsufficientData, rights.Class);
        Assert.Equal(GapClass.ImplementationGap, rights.ReferenceClass);
        Assert.True(rights.ClassChanged);
        var data = comparison.Rows.Single(r => r.Key == "XMA:2026" && r.Group == "immigrants" && r.Dimension == "data");
        Assert.Equal(0, data.CoherenceChange!.Value, 9);
        Assert.False(data.ClassChanged);
    }

    [Fact]
    public void Countries_in_one_period_are_compared_with_the_reference_given_in_any_letter_case()
    {
        var (operation, rubric) = Create();
        var scores = Score(rubric, Assessment("XMA", "2026", "partial"), Assessment("XMB", "2026", "full"), Assessment("XMC", "2026", "none"));

        var comparison = operation.Compare(scores, rubric, "xmb:2026", Clock, new List<Diagnostic>())!;

        Assert.Equal("XMB:2026", comparison.Reference);
        Assert.Equal(new[] { "XMB:2026", "XMA:2026", "XMC:2026" }, comparison.Assessments);
        var xma = comparison.Rows.Single(r => r.Key == "XMA:2026" && r.Group is null && r.Dimension is null);
        Assert.True(xma.CoherenceChange < 0);
    }

    [Fact]
    public void An_unknown_reference_is_an_error_that_suggests_the_closest_assessment()
    {
        var (operation, rubric) = Create();
        var scores = Score(rubric, Assessment("XMA", "2025", "partial"), Assessment("XMA", "2026", "full"));
        var diagnostics = new List<Diagnostic>();

        var comparison = operation.Compare(scores, rubric, "XMA:2027", Clock, diagnostics);

        Assert.Null(comparison);
        var error = Assert.Single(diagnostics);
        Assert.Equal("CMP003", error.Code);
        Assert.Contains("XMA:202", error.Hint?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void One_assessment_alone_cannot_be_compared()
    {
        var (operation, rubric) = Create();
        var diagnostics = new List<Diagnostic>();

        Assert.Null(operation.Compare(Score(rubric, Assessment("XMA", "2025", "partial")), rubric, null, Clock, diagnostics));

        Assert.Equal("CMP002", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void The_same_country_and_period_twice_is_an_error()
    {
        var (operation, rubric) = Create();
        var diagnostics = new List<Diagnostic>();

        Assert.Null(operation.Compare(Score(rubric, Assessment("XMA", "2025", "partial"), Assessment("XMA", "2025", "full")), rubric, null, Clock, diagnostics));

        Assert.Equal("CMP004", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Assessments_of_different_rubrics_are_not_compared()
    {
        var (operation, rubric) = Create();
        var other = Assessment("XMA", "2026", "full") with { Rubric = new RubricReference("other", "1.0.0", null) };
        var diagnostics = new List<Diagnostic>();

        Assert.Null(operation.Compare(Score(rubric, Assessment("XMA", "2025", "partial"), other), null, null, Clock, diagnostics));

        Assert.Equal("CMP001", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Run_reads_and_scores_the_files_then_writes_the_comparison_json_with_nulls_for_missing_values()
    {
        using var dir = new TempDirectory();
        var rubricPath = WriteRubric(dir);
        var inputs = new[] { Write(dir, Assessment("XMA", "2025", "partial")), Write(dir, Assessment("XMA", "2026", "partial", "D1", "D2")) };
        var jsonPath = dir.File("comparison.json");
        var (operation, _) = Create();

        var result = await operation.RunAsync(new ComparisonOptions(inputs) { Rubric = rubricPath, JsonPath = jsonPath, Clock = Clock });

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        using var json = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        var root = json.RootElement;
        Assert.Equal("Comparison", root.GetProperty("kind").GetString());
        Assert.Equal("2026-03-01T12:00:00Z", root.GetProperty("generatedAt").GetString());
        Assert.Equal("XMA:2025", root.GetProperty("reference").GetString());
        Assert.Equal(18, root.GetProperty("rows").GetArrayLength());
        var rights = root.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("period").GetString() == "2026" && r.GetProperty("group").GetString() == "immigrants" && r.GetProperty("dimension").GetString() == "rights");
        Assert.Equal(JsonValueKind.Null, rights.GetProperty("coherence").ValueKind);
        Assert.Equal(JsonValueKind.Null, rights.GetProperty("change").GetProperty("coherence").ValueKind);
        Assert.Equal("insufficient-data", rights.GetProperty("class").GetString());
        Assert.True(rights.GetProperty("classChanged").GetBoolean());
    }

    [Fact]
    public async Task Run_never_overwrites_the_json_without_force()
    {
        using var dir = new TempDirectory();
        var rubricPath = WriteRubric(dir);
        var inputs = new[] { Write(dir, Assessment("XMA", "2025", "partial")), Write(dir, Assessment("XMA", "2026", "full")) };
        var jsonPath = dir.File("comparison.json");
        File.WriteAllText(jsonPath, "keep me");
        var (operation, _) = Create();

        var refused = await operation.RunAsync(new ComparisonOptions(inputs) { Rubric = rubricPath, JsonPath = jsonPath });
        Assert.Equal("OUT002", Assert.Single(refused.Diagnostics).Code);
        Assert.Equal("keep me", File.ReadAllText(jsonPath));

        var forced = await operation.RunAsync(new ComparisonOptions(inputs) { Rubric = rubricPath, JsonPath = jsonPath, Force = true });
        Assert.True(forced.Succeeded);
        Assert.StartsWith("{", File.ReadAllText(jsonPath), StringComparison.Ordinal);
    }

    private sealed class FixedClock : TimeProvider
    {
        private readonly DateTimeOffset now;

        public FixedClock(DateTimeOffset now) => this.now = now;

        public override DateTimeOffset GetUtcNow() => now;
    }
}
