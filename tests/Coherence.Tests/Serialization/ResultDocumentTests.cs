using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Scoring;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.Teams;

namespace Coherence.Tests.Serialization;

/// <summary>The result documents (agreement, comparison, results) keep their exact text, and what an operation writes to its file is that text.</summary>
public class ResultDocumentTests
{
    private const string Folder = "tests/Coherence.Tests/Serialization/Approved";

    private static readonly DateTimeOffset At = new(2026, 3, 4, 5, 6, 7, TimeSpan.FromHours(-6));

    private static readonly RubricCatalog Catalog = new();

    [Fact]
    public void An_agreement_document_keeps_its_approved_text()
    {
        var run = new AgreeOperation(Catalog, new AssessmentLoader(Catalog))
            .Measure(TwoTeams(), TestRubrics.Small(), new AgreementSettings { Resamples = 20, Seed = 7 }, new FixedClock(At), new List<Diagnostic>());

        Approvals.Verify(Folder, "agreement.json", Encoding.UTF8.GetString(AgreementJson.ToUtf8(run with { ToolVersion = "9.8.7" })));
    }

    [Fact]
    public void A_comparison_document_keeps_its_approved_text()
    {
        var comparison = new CompareOperation(Catalog, new AssessmentLoader(Catalog))
            .Compare(TwoPeriods(), TestRubrics.Small(), "xma:2026", new FixedClock(At), new List<Diagnostic>());

        Assert.NotNull(comparison);
        Approvals.Verify(Folder, "comparison.json", Encoding.UTF8.GetString(ComparisonJson.ToUtf8(comparison! with { ToolVersion = "9.8.7" })));
    }

    [Fact]
    public void A_results_document_keeps_its_approved_text()
    {
        var rubric = TestRubrics.Small();
        var run = new ScoreRun(TwoPeriods(), new Dictionary<string, Rubric> { [rubric.Id] = rubric }, At, "9.8.7");

        Approvals.Verify(Folder, "results.json", Encoding.UTF8.GetString(ResultsJson.ToUtf8(run)));
    }

    [Fact]
    public async Task The_agreement_file_an_operation_writes_is_the_document_of_its_result()
    {
        using var dir = new TempDirectory();
        var inputs = TwoTeams().Select((a, i) => Write(dir, $"team{i}.json", a)).ToList();
        var options = new AgreementOptions(inputs) { Rubric = ComparisonFixture.WriteRubric(dir), Resamples = 20, JsonPath = dir.File("out/agreement.json"), Clock = new FixedClock(At) };

        var result = await new AgreeOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(AgreementJson.ToUtf8(result.Value!), File.ReadAllBytes(options.JsonPath!));
        Assert.Empty(Directory.GetFiles(dir.File("out"), "*.tmp"));
    }

    [Fact]
    public async Task The_comparison_file_an_operation_writes_is_the_document_of_its_result()
    {
        using var dir = new TempDirectory();
        var inputs = TwoPeriods().Select(s => ComparisonFixture.Write(dir, s.Assessment)).ToList();
        var options = new ComparisonOptions(inputs) { Rubric = ComparisonFixture.WriteRubric(dir), JsonPath = dir.File("out/comparison.json"), Clock = new FixedClock(At) };

        var result = await new CompareOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(ComparisonJson.ToUtf8(result.Value!), File.ReadAllBytes(options.JsonPath!));
        Assert.Empty(Directory.GetFiles(dir.File("out"), "*.tmp"));
    }

    private static List<Assessment> TwoTeams()
    {
        var ministry = Everywhere(3).ToList();
        ministry[0] = ministry[0] with { Evidence = "Decreto 44-2016, \"artículo 1\"" };
        var network = Everywhere(1).ToList();
        network[1] = network[1] with { Status = ResponseStatus.Unknown, Level = null };
        return new List<Assessment> { By(Ministry, ministry.ToArray()) with { CountryName = CountryName.Plain("Guatemala"), Source = null }, By(Network, network.ToArray()) with { Source = null } };
    }

    private static List<AssessmentScore> TwoPeriods()
    {
        var engine = new ScoringEngine(TestRubrics.Small());
        return new List<AssessmentScore>
        {
            engine.Score(ComparisonFixture.Assessment("XMA", "2025", "none")),
            engine.Score(ComparisonFixture.Assessment("XMA", "2026", "extensive", "H1", "R1", "D1")),
        };
    }

    private static string Write(TempDirectory dir, string name, Assessment assessment)
    {
        var path = dir.File(name);
        File.WriteAllText(path, AssessmentJson.Write(assessment));
        return path;
    }
}
