using System.IO;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Tests.Spreadsheets;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Serialization;

/// <summary>Well-formed assessments are read straight from their tokens; whatever the quick reader takes, it reads as the full reader does.</summary>
public class AssessmentJsonFastPathTests
{
    [Fact]
    public void The_examples_read_the_same_quickly_and_fully()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples"), "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            var quick = AssessmentJsonFastPath.TryRead(bytes, file);
            Assert.NotNull(quick);
            AssertSame(AssessmentJson.ReadFully(bytes, file), quick!);
        }
    }

    [Fact]
    public void Generated_assessments_read_the_same_quickly_and_fully_with_or_without_indentation_and_byte_order_mark()
    {
        var rubric = TestRubrics.Small();
        Prop.ForAll(AssessmentGenerator.For(rubric).ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (assessment, compact) =>
        {
            var bytes = AssessmentJson.ToUtf8(assessment with { CountryName = compact ? CountryName.Plain("Guatemala, \"GT\"") : CountryName.PerLanguage("es", "Guatemala, \"GT\"", "en-US", "Guatemala"), Notes = "línea 1\nlínea 2" });
            if (compact)
            {
                using var parsed = System.Text.Json.JsonDocument.Parse(bytes);
                bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(parsed.RootElement.GetRawText().Replace("\n", string.Empty))).ToArray();
            }

            var quick = AssessmentJsonFastPath.TryRead(bytes, "a.json");
            Assert.NotNull(quick);
            AssertSame(AssessmentJson.ReadFully(bytes, "a.json"), quick!);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("\"color\": \"red\",", "ASM002")]
    [InlineData("\"country\": \"XMA\",", "ASM005")]
    [InlineData("\"period\": 2026,", "ASM005")]
    public void Anything_unusual_is_left_to_the_full_reader_and_its_diagnostics(string extra, string code)
    {
        var text = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json"));
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\"kind\": \"Assessment\",", "\"kind\": \"Assessment\", " + extra));

        Assert.Null(AssessmentJsonFastPath.TryRead(bytes, "x.json"));
        Assert.Contains(AssessmentJson.Read(bytes, "x.json").Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void A_response_with_a_number_for_a_level_is_read_by_the_full_reader_as_the_text_it_is()
    {
        var text = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json"));
        var first = text.IndexOf("\"level\": \"", System.StringComparison.Ordinal);
        var end = text.IndexOf('"', first + 10);
        var bytes = Encoding.UTF8.GetBytes(text.Substring(0, first) + "\"level\": 3" + text.Substring(end + 1));

        Assert.Null(AssessmentJsonFastPath.TryRead(bytes, "x.json"));
        Assert.Equal("3", AssessmentJson.Read(bytes, "x.json").Value!.Responses[0].Level);
    }

    [Theory]
    [InlineData("\"role\": \"government\"", "\"role\": \"government\"")]
    [InlineData("\"role\": \"government\"", "\"role\": \"civil-society\"")]
    [InlineData("\"role\": \"government\"", "\"role\": \"independent\"")]
    [InlineData("\"role\": \"government\"", "\"role\": \"civil\\u002Dsociety\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"low\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"medium\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"h\\u0069gh\"")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"answered\", \"level\": \"substantial\",")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"unknown\",")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"not-applicable\",")]
    public void Every_name_of_a_role_a_status_or_a_confidence_reads_quickly_as_the_full_reader_reads_it(string first, string replacement)
    {
        var bytes = WithFirst(first, replacement);

        var quick = AssessmentJsonFastPath.TryRead(bytes, "x.json");

        Assert.NotNull(quick);
        AssertSame(AssessmentJson.ReadFully(bytes, "x.json"), quick!);
    }

    [Theory]
    [InlineData("\"role\": \"government\"", "\"role\": \"Government\"")]
    [InlineData("\"role\": \"government\"", "\"role\": \"civil society\"")]
    [InlineData("\"role\": \"government\"", "\"role\": \"\"")]
    [InlineData("\"role\": \"government\"", "\"role\": 1")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"HIGH\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"hig\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"higher\"")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": 3")]
    [InlineData("\"confidence\": \"high\"", "\"confidence\": \"high\", \"confidence\": \"low\"")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"not applicable\",")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"Unknown\",")]
    [InlineData("\"level\": \"substantial\",", "\"status\": [\"unknown\"],")]
    [InlineData("\"level\": \"substantial\",", "\"status\": \"unknown\", \"status\": \"unknown\",")]
    public void A_name_that_is_no_role_status_or_confidence_is_left_to_the_full_reader_which_reports_it(string first, string replacement)
    {
        var bytes = WithFirst(first, replacement);

        Assert.Null(AssessmentJsonFastPath.TryRead(bytes, "x.json"));
        Assert.Contains(AssessmentJson.Read(bytes, "x.json").Diagnostics, d => d.IsError);
    }

    private static byte[] WithFirst(string first, string replacement)
    {
        var text = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json"));
        var at = text.IndexOf(first, System.StringComparison.Ordinal);
        Assert.True(at >= 0, first);
        return Encoding.UTF8.GetBytes(text.Substring(0, at) + replacement + text.Substring(at + first.Length));
    }

    private static void AssertSame(Coherence.Diagnostics.Result<Assessment> full, Assessment quick)
    {
        Assert.True(full.IsSuccess, string.Join("\n", full.Diagnostics));
        Assert.Empty(full.Diagnostics);
        var expected = full.Value!;
        Assert.Equal(AssessmentJson.Write(expected), AssessmentJson.Write(quick));
        Assert.Equal(expected.Source!.Path, quick.Source!.Path);
        Assert.Equal(expected.Source.Sha256, quick.Source.Sha256);
        Assert.Equal(expected.Source!.ResponseLocations, quick.Source!.ResponseLocations);
    }
}
