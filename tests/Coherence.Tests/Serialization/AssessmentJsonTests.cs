using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Serialization;

public class AssessmentJsonTests
{
    private static readonly Rubric Rubric = TestRubrics.Small();

    [Fact]
    public void Assessment_json_round_trips_are_lossless()
    {
        Prop.ForAll(Some.Choices(Rubric).ToArbitrary(), choices =>
        {
            var assessment = Some.Assessment(Rubric, choices) with
            {
                CountryName = CountryName.Plain("País de ejemplo A"),
                Assessors = new[] { new Assessor("Ana Pérez", "Ministerio", AssessorRole.Government), new Assessor("Luis", null, AssessorRole.CivilSociety) },
                Notes = "Ronda 2026 \"piloto\"",
                Language = "es",
            };
            var json = AssessmentJson.ToUtf8(assessment);
            var read = AssessmentJson.Read(json, "a.json");
            var back = read.Value!;
            return read.IsSuccess &&
                   back.Country == assessment.Country && back.Period == assessment.Period && back.Rubric == assessment.Rubric &&
                   Equals(back.CountryName, assessment.CountryName) && back.Notes == assessment.Notes && back.Language == assessment.Language &&
                   back.Assessors.SequenceEqual(assessment.Assessors) &&
                   back.Responses.Count == assessment.Responses.Count &&
                   back.Responses.Zip(assessment.Responses, (a, b) => a with { Sources = b.Sources } == b && a.Sources.SequenceEqual(b.Sources)).All(x => x) &&
                   Encoding.UTF8.GetString(AssessmentJson.ToUtf8(back)) == Encoding.UTF8.GetString(json);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_bad_country_code_is_located_and_explained()
    {
        var json = "{\n  \"apiVersion\": \"coherence/v1\",\n  \"kind\": \"Assessment\",\n  \"country\": \"Mexico\",\n  \"period\": \"2026\",\n  \"rubric\": { \"id\": \"small\", \"version\": \"1.2.0\" },\n  \"responses\": []\n}";

        var d = Assert.Single(AssessmentJson.Read(Encoding.UTF8.GetBytes(json), "mx.json").Diagnostics);

        Assert.Equal("ASM004", d.Code);
        Assert.Equal("mx.json:4:14: error ASM004: 'Mexico' is not an ISO 3166-1 alpha-3 country code (use three letters such as MEX or GTM; XAA-XZZ are free for examples)", d.ToString());
    }

    [Fact]
    public void A_misspelt_response_key_suggests_the_right_one()
    {
        var json = """
            { "apiVersion": "coherence/v1", "kind": "Assessment", "country": "XMA", "period": "2026",
              "rubric": { "id": "small", "version": "1.2.0" },
              "responses": [ { "indicator": "D1", "group": "immigrants", "facet": "law", "levle": "full" } ] }
            """;

        var result = AssessmentJson.Read(Encoding.UTF8.GetBytes(json), "a.json");

        Assert.Contains(result.Diagnostics, d => d.Code == "ASM002" && d.Hint?.ToString() == "did you mean 'level'?" && d.Location.Line == 3);
    }

    [Fact]
    public void Responses_that_do_not_fit_the_rubric_are_reported_and_left_out_of_the_scores()
    {
        var assessment = TestRubrics.Assess(Rubric,
            TestRubrics.Law("D1", "immigrants", "full"),
            TestRubrics.Practice("D1", "immigrants", "Parcial"),
            TestRubrics.Law("D9", "immigrants", "full"),
            TestRubrics.Law("R1", "immigrants", "full"),
            TestRubrics.Law("D1", "immigrants", "absent"));

        var score = new ScoringEngine(Rubric).Score(assessment);

        Assert.Equal(new[] { "ASM024", "ASM020", "ASM023", "ASM026" }, score.Diagnostics.Select(d => d.Code));
        Assert.Equal("did you mean 'partial'?", score.Diagnostics[0].Hint?.ToString());
        Assert.Equal("responses[1]", score.Diagnostics[0].Location.Detail);
        var d1 = score.Indicators.Single(i => i.IndicatorId == "D1" && i.GroupId == "immigrants");
        Assert.Equal(100, d1.Score.Law);
        Assert.Null(d1.Score.Practice);
    }

    [Fact]
    public void An_assessment_of_another_rubric_version_is_scored_with_a_warning()
    {
        var assessment = TestRubrics.Assess(Rubric) with { Rubric = new RubricReference("small", "1.1.0", null) };

        var d = Assert.Single(new ScoringEngine(Rubric).Score(assessment).Diagnostics);

        Assert.Equal("ASM011", d.Code);
        Assert.False(d.IsError);
    }
}
