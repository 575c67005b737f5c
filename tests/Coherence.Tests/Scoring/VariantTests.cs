using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Scoring;
using Coherence.Serialization;
using Coherence.Tables;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Scoring;

/// <summary>A citizenship-style index published with two weightings of the same items: one rubric, two variants, one run.</summary>
public class VariantTests
{
    /// <summary>Single-facet (law) rubric, three items in two components; 'expert' doubles A and drops c2, 'strict' needs full coverage.</summary>
    public const string CitizenshipYaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata:
          id: citizenship
          version: 1.0.0
          languages: [en]
          title: { en: "Citizenship" }
        spec:
          facets:
            - { id: law, name: { en: Law }, scale: score }
          scales:
            - { id: score, type: continuous, min: 0, max: 1 }
          groups:
            - { id: all, name: { en: Everyone } }
          minCoverage: 0
          dimensions:
            - id: A
              name: { en: Access }
              indicators:
                - { id: a1, name: { en: a1 }, facets: { law: { question: { en: "?" } } } }
            - id: C
              name: { en: Conditions }
              indicators:
                - { id: c1, name: { en: c1 }, facets: { law: { question: { en: "?" } } } }
                - { id: c2, name: { en: c2 }, facets: { law: { question: { en: "?" } } } }
          variants:
            - id: expert
              name: { en: "Expert weights" }
              aggregation: weighted
              nodes:
                A: { weight: 2 }
                c2: { weight: 0 }
            - id: strict
              name: { en: "Full coverage" }
              minCoverage: 1
        """;

    private static readonly Rubric Rubric = TestRubrics.Load(CitizenshipYaml);

    private static Assessment Answers() => TestRubrics.Assess(
        Rubric,
        new Response("a1", "all", Facet.Law, ResponseStatus.Answered, Value: 1),
        new Response("c1", "all", Facet.Law, ResponseStatus.Answered, Value: 0.5));

    [Fact]
    public void A_variant_resolves_to_method_choices_over_the_same_indicators()
    {
        var expert = Assert.Single(Rubric.Variants, v => v.Id == "expert").Choices;

        Assert.Equal(AggregationMethod.Weighted, expert.Aggregations["citizenship"]);
        Assert.Equal((2.0, 0.0), (expert.Weights["A"], expert.Weights["c2"]));
        Assert.Equal(1, Rubric.Variants.Single(v => v.Id == "strict").Choices.MinCoverage);
        var resolved = Rubric.ResolveVariant("expert")!;
        Assert.Equal(("expert", Rubric.ContentHash), (resolved.VariantId, resolved.ContentHash));
        Assert.Equal(Rubric.Indicators.Select(i => i.Id), resolved.Indicators.Select(i => i.Id));
        Assert.Null(Rubric.ResolveVariant("nope"));
    }

    [Fact]
    public void Each_variant_scores_the_same_answers_with_its_own_choices_and_rows_carry_its_id()
    {
        double Root(Rubric rubric) => new ScoringEngine(rubric).Score(Answers()).Root.Overall.Law!.Value;

        // As written: A = 100, C = mean(50) with c2 missing = 50; root = 75.
        Assert.Equal(75, Root(Rubric), 9);

        // expert: A weighs 2, c2 weighs nothing: (2·100 + 50) / 3.
        Assert.Equal(250 / 3.0, Root(Rubric.ResolveVariant("expert")!), 9);

        // strict: C lacks c2, so C and the root are insufficient data.
        var strict = new ScoringEngine(Rubric.ResolveVariant("strict")!);
        var score = strict.Score(Answers());
        Assert.Equal(ScoreStatus.InsufficientData, score.Root.Overall.Status);
        Assert.All(strict.Rows(score), r => Assert.Equal("strict", r.Variant));
        Assert.All(new ScoringEngine(Rubric).Rows(score), r => Assert.Null(r.Variant));
    }

    [Fact]
    public void Variants_are_part_of_the_content_and_survive_the_canonical_json()
    {
        var json = RubricJsonWriter.Write(Rubric);
        var again = TestRubrics.Load(json);

        Assert.Equal(Rubric.ContentHash, again.ContentHash);
        Assert.Equal(new[] { "expert", "strict" }, again.Variants.Select(v => v.Id));
        var without = TestRubrics.Load(CitizenshipYaml[..CitizenshipYaml.IndexOf("  variants:", StringComparison.Ordinal)]);
        Assert.NotEqual(Rubric.ContentHash, without.ContentHash);
        Assert.DoesNotContain("variants", RubricJsonWriter.Write(without), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("c2: { weight: 0 }", "c9: { weight: 0 }", "RUB008", "variant 'expert' names 'c9', which is neither a dimension nor an indicator of the rubric")]
    [InlineData("c2: { weight: 0 }", "c2: { aggregation: weighted }", "RUB004", "'c2' in variant 'expert' is an indicator: a variant can change only its weight")]
    [InlineData("- id: strict", "- id: expert", "RUB005", "variant id 'expert' is used twice")]
    public void A_bad_variant_is_a_located_error(string from, string to, string code, string message)
    {
        var result = RubricReader.Read(CitizenshipYaml.Replace(from, to, StringComparison.Ordinal), "citizenship.yaml");

        var d = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((code, message), (d.Code, d.Message.ToString()));
        Assert.True(d.Location.Line > 30, d.Location.ToString());
    }

    [Fact]
    public void Method_choices_naming_a_node_the_rubric_lacks_are_refused()
    {
        var choices = new MethodChoices { Weights = new System.Collections.Generic.Dictionary<string, double> { ["zz"] = 1 } };

        Assert.Throws<ArgumentException>(() => choices.ApplyTo(Rubric));
        Assert.True(MethodChoices.None.IsEmpty);
        Assert.Equal(75, new ScoringEngine(MethodChoices.None.ApplyTo(Rubric)).Score(Answers()).Root.Overall.Law!.Value, 9);
    }

    [Fact]
    public async Task One_run_scores_the_rubric_as_written_and_every_variant_into_the_tidy_outputs()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("citizenship.yaml"), CitizenshipYaml);
        File.WriteAllText(dir.File("XMA-2026.json"), AssessmentJson.Write(Answers()));
        var catalog = new RubricCatalog();
        var options = new ScoreOptions(new[] { dir.File("XMA-2026.json") })
        {
            Rubric = dir.File("citizenship.yaml"),
            CsvPath = dir.File("out/rows.csv"),
            JsonPath = dir.File("out/results.json"),
        };

        var result = await new ScoreOperation(catalog, new AssessmentLoader(catalog)).RunAsync(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var table = CsvReader.Read(File.ReadAllText(dir.File("out/rows.csv")), "rows.csv").Value!;
        var variant = table.Header.ToList().IndexOf("variant");
        var law = table.Header.ToList().IndexOf("law");
        var roots = table.Rows.Where(r => r[table.Header.ToList().IndexOf("node_kind")] == "rubric" && r[table.Header.ToList().IndexOf("group")] == "*").ToList();
        Assert.Equal(new[] { string.Empty, "expert", "strict" }, roots.Select(r => r[variant]));
        Assert.Equal(new[] { "75", (250 / 3.0).ToString("R", System.Globalization.CultureInfo.InvariantCulture), string.Empty }, roots.Select(r => r[law]));
        Assert.Equal(table.Rows.Count, result.Value!.Rows);
        var results = File.ReadAllText(dir.File("out/results.json"));
        Assert.Contains("\"variant\": \"expert\"", results, StringComparison.Ordinal);
        Assert.Contains("\"variant\": null", results, StringComparison.Ordinal);
    }
}
