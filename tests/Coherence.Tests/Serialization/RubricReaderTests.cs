using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Serialization;

public class RubricReaderTests
{
    private static Result<Rubric> Read(string yaml) => RubricReader.Read(yaml, "r.yaml");

    private static string Small(string from, string to)
    {
        Assert.Contains(from, TestRubrics.SmallYaml);
        return TestRubrics.SmallYaml.Replace(from, to);
    }

    private static Diagnostic Single(Result<Rubric> result, string code)
    {
        Assert.False(result.IsSuccess);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void A_valid_rubric_reads_with_its_hierarchy_defaults_and_inherited_coverage()
    {
        var result = Read(TestRubrics.SmallYaml);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var rubric = result.Value!;
        Assert.Equal(new[] { "H1", "H2", "R1", "D1", "D2" }, rubric.Indicators.Select(i => i.Id));
        Assert.Equal(new[] { "returnees" }, rubric.FindIndicator("R1")!.Groups);
        Assert.Equal(new[] { "immigrants", "returnees" }, rubric.FindIndicator("D1")!.Groups);
        Assert.Equal(0.5, rubric.FindDimension("health")!.MinCoverage);
        Assert.Equal(0, rubric.FindDimension("data")!.MinCoverage);
        Assert.Equal(AggregationMethod.Geometric, rubric.FindDimension("data")!.Aggregation);
        Assert.Equal(2, rubric.FindIndicator("H1")!.Weight);
        Assert.Equal("Parcial", rubric.FindScale("implementation")!.FindLevel("partial")!.Label.Get("es"));
        Assert.Matches("^[0-9a-f]{64}$", rubric.ContentHash);
    }

    [Fact]
    public void An_unknown_key_is_located_and_suggests_the_closest_key()
    {
        var d = Single(Read(Small("      aggregation: weighted", "      agregation: weighted")), "RUB002");

        Assert.Equal("r.yaml", d.Location.File);
        Assert.Equal(37, d.Location.Line);
        Assert.Equal(7, d.Location.Column);
        Assert.Contains("did you mean 'aggregation'?", d.Hint!.ToString()?.ToString());
        Assert.StartsWith("r.yaml:37:7: error RUB002: unknown key 'agregation'", d.ToString());
    }

    [Fact]
    public void A_duplicate_indicator_id_is_an_error_naming_the_first_line()
    {
        var d = Single(Read(Small("- id: D2", "- id: H1")), "RUB005");

        Assert.Contains("'H1' is used twice (first at line", d.Message.ToString());
    }

    [Fact]
    public void A_negative_weight_is_an_error()
    {
        var d = Single(Read(Small("              weight: 2\n", "              weight: -2\n")), "RUB006");

        Assert.Contains("negative weight", d.Message.ToString());
    }

    [Fact]
    public void Sibling_weights_adding_up_to_zero_are_an_error()
    {
        var yaml = Small("        - id: D2\n", "        - id: D2\n          weight: 0\n").Replace("        - id: D1\n", "        - id: D1\n          weight: 0\n");

        Single(Read(yaml), "RUB006");
    }

    [Fact]
    public void A_text_missing_a_language_is_reported_with_the_missing_language()
    {
        var d = Single(Read(Small("title: { es: \"Pequeña\", en: \"Small\" }", "title: { es: \"Pequeña\" }")), "RUB007");

        Assert.Contains("'en'", d.Message.ToString());
    }

    [Theory]
    [InlineData("scale: implementation }", "scale: implementaton }", "did you mean 'implementation'?")]
    [InlineData("groups: [returnees]", "groups: [retornees]", "did you mean 'returnees'?")]
    [InlineData("references: [ref1]", "references: [ref2]", "did you mean 'ref1'?")]
    public void A_dangling_reference_is_an_error_with_a_suggestion(string from, string to, string hint)
    {
        var d = Single(Read(Small(from, to)), "RUB008");

        Assert.Equal(hint, d.Hint!.ToString()?.ToString());
    }

    [Fact]
    public void A_descriptor_for_a_level_the_scale_lacks_is_a_dangling_reference()
    {
        var yaml = Small("practice: { question: { es: \"¿Práctica?\", en: \"Practice?\" }, levels: { none:", "practice: { question: { es: \"¿Práctica?\", en: \"Practice?\" }, levels: { nada:");

        Assert.Contains(Read(yaml).Diagnostics, d => d.Code == "RUB008" && d.Message.ToString().Contains("'nada'"));
        Assert.Contains(Read(yaml).Diagnostics, d => d.Code == "RUB011" && d.Message.ToString().Contains("'none'"));
    }

    [Fact]
    public void Levels_out_of_order_are_a_bad_scale()
    {
        var d = Single(Read(Small("{ id: full, value: 100, label: { es: Integral", "{ id: full, value: 50, label: { es: Integral")), "RUB009");

        Assert.Contains("below the level before", d.Message.ToString());
    }

    [Fact]
    public void An_unsupported_api_version_is_reported()
    {
        Single(Read(Small("apiVersion: coherence/v1", "apiVersion: coherence/v2")), "RUB010");
    }

    [Fact]
    public void A_version_that_is_not_semantic_is_reported()
    {
        Single(Read(Small("version: 1.2.0", "version: v1")), "RUB012");
    }

    [Fact]
    public void A_dimension_without_children_is_reported()
    {
        var yaml = TestRubrics.SmallYaml.Substring(0, TestRubrics.SmallYaml.IndexOf("    - id: data", System.StringComparison.Ordinal)) +
                   "    - id: data\n      name: { es: Datos, en: Data }\n";

        Single(Read(yaml), "RUB013");
    }

    [Fact]
    public void A_yaml_syntax_error_is_located()
    {
        var d = Assert.Single(Read("apiVersion: coherence/v1\nkind: [Rubric\n").Diagnostics);

        Assert.Equal("RUB001", d.Code);
        Assert.True(d.Location.Line >= 2);
    }

    [Fact]
    public void A_missing_question_is_reported_for_its_facet()
    {
        var yaml = Small("law: { question: { es: \"¿Ley?\", en: \"Law?\" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }\n            practice: { question: { es: \"¿Práctica?\", en: \"Practice?\" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }\n        - id: D2",
            "law: { levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }\n            practice: { question: { es: \"¿Práctica?\", en: \"Practice?\" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }\n        - id: D2");

        var d = Single(Read(yaml), "RUB011");
        Assert.Contains("law facet of indicator 'D1' has no question", d.Message.ToString());
    }

    [Fact]
    public void Rubric_json_round_trip_is_lossless_and_keeps_the_content_hash()
    {
        var rubric = TestRubrics.Small();
        var json = RubricJsonWriter.Write(rubric);
        var again = RubricReader.Read(json, "r.json");

        Assert.True(again.IsSuccess, string.Join("\n", again.Diagnostics));
        Assert.Equal(json, RubricJsonWriter.Write(again.Value!));
        Assert.Equal(rubric.ContentHash, again.Value!.ContentHash);
    }

    [Fact]
    public void Formatting_and_comments_do_not_change_the_content_hash_but_a_descriptor_does()
    {
        var hash = TestRubrics.Small().ContentHash;

        Assert.Equal(hash, TestRubrics.Load("# a comment\n" + TestRubrics.SmallYaml.Replace("thresholds: { gap: 25, high: 50 }", "thresholds:\n    gap: 25\n    high: 50")).ContentHash);
        Assert.NotEqual(hash, TestRubrics.Load(TestRubrics.SmallYaml.Replace("{ id: ref1, title: \"A reference\"", "{ id: ref1, title: \"Another reference\"")).ContentHash);
    }

    [Fact]
    public void Json_errors_are_located_by_line_and_column()
    {
        var d = Assert.Single(RubricReader.Read("{\n  \"apiVersion\": \"coherence/v1\",\n  \"kind\": \"Rubric\",\n  \"metadata\": { \"id\": \"x\" \n}", "r.json").Diagnostics, x => x.Code == "RUB001");

        Assert.Equal(5, d.Location.Line);
    }

    [Fact]
    public void Scope_is_group_by_default_and_country_where_the_rubric_says_so()
    {
        var rubric = TestRubrics.CountryScoped();

        Assert.Equal(IndicatorScope.Group, rubric.FindIndicator("H1")!.Scope);
        Assert.Equal(IndicatorScope.Country, rubric.FindIndicator("D1")!.Scope);
        Assert.Equal(new[] { "immigrants", "returnees" }, rubric.FindIndicator("D1")!.Groups);
    }

    private static string FirstScope(string scope)
    {
        var yaml = TestRubrics.CountryScopedYaml;
        var at = yaml.IndexOf("scope: country", System.StringComparison.Ordinal);
        return yaml.Substring(0, at) + "scope: " + scope + yaml.Substring(at + "scope: country".Length);
    }

    [Fact]
    public void A_misspelt_scope_is_located_and_suggests_the_closest_scope()
    {
        var d = Single(Read(FirstScope("contry")), "RUB014");

        Assert.Equal("'contry' is not a scope of indicator 'D1'", d.Message.ToString());
        Assert.Equal("did you mean 'country'?", d.Hint!.ToString());
        Assert.Equal(18, d.Location.Column);
    }

    [Fact]
    public void A_scope_that_resembles_none_lists_both_with_their_meaning()
    {
        var d = Single(Read(FirstScope("national")), "RUB014");

        Assert.Contains("'group'", d.Hint!.ToString());
        Assert.Contains("'country' for one answer for the whole country", d.Hint!.ToString());
    }

    [Fact]
    public void A_rubric_that_uses_no_scope_and_no_changelog_keeps_the_content_hash_it_had_before_they_existed()
    {
        // f0d71b1e8d85... is the hash the tool computed for the small rubric before scopes and changelogs were added.
        Assert.StartsWith("f0d71b1e8d85", TestRubrics.Small().ContentHash);
        Assert.DoesNotContain("\"scope\"", RubricJsonWriter.Write(TestRubrics.Small()));
        Assert.DoesNotContain("\"changelog\"", RubricJsonWriter.Write(TestRubrics.Small()));
    }

    [Fact]
    public void Country_scope_is_written_where_it_is_used_survives_a_round_trip_and_changes_the_hash()
    {
        var rubric = TestRubrics.CountryScoped();
        var json = RubricJsonWriter.Write(rubric);
        var back = RubricReader.Read(json, "r.json");

        Assert.Equal(2, json.Split("\"scope\": \"country\"").Length - 1);
        Assert.True(back.IsSuccess, string.Join("\n", back.Diagnostics));
        Assert.Equal(IndicatorScope.Country, back.Value!.FindIndicator("D2")!.Scope);
        Assert.Equal(rubric.ContentHash, back.Value.ContentHash);
        Assert.NotEqual(TestRubrics.Small().ContentHash, rubric.ContentHash);
    }

    private const string Changelog = """
          changelog:
            - version: "1.2.0"
              changes:
                - { es: "D1 se responde una vez para todo el país.", en: "D1 is answered once for the whole country." }
                - { es: "Nuevo indicador D2.", en: "New indicator D2." }
            - version: "1.0.0"
              changes:
                - { es: "Primera versión.", en: "First version." }

        """;

    private static string WithChangelog(string changelog) => Small("  title: { es: \"Pequeña\", en: \"Small\" }\n", "  title: { es: \"Pequeña\", en: \"Small\" }\n" + changelog);

    [Fact]
    public void A_changelog_is_read_newest_first_and_survives_a_round_trip()
    {
        var result = Read(WithChangelog(Changelog));

        Assert.True(result.IsSuccess && result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        var changelog = result.Value!.Metadata.Changelog;
        Assert.Equal(new[] { "1.2.0", "1.0.0" }, changelog.Select(c => c.Version));
        Assert.Equal("New indicator D2.", changelog[0].Changes[1].Get("en"));
        var back = RubricReader.Read(RubricJsonWriter.Write(result.Value), "r.json").Value!;
        Assert.Equal(result.Value.ContentHash, back.ContentHash);
        Assert.Equal("Primera versión.", back.Metadata.Changelog[1].Changes[0].Get("es"));
    }

    [Fact]
    public void A_changelog_without_the_rubrics_own_version_is_a_warning()
    {
        var result = Read(WithChangelog(Changelog.Replace("\"1.2.0\"", "\"1.1.0\"")));

        Assert.True(result.IsSuccess);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("RUB015", d.Code);
        Assert.Contains("no entry for version 1.2.0", d.Message.ToString());
    }

    [Fact]
    public void A_changelog_with_a_version_twice_or_a_change_in_one_language_is_an_error()
    {
        Single(Read(WithChangelog(Changelog.Replace("\"1.0.0\"", "\"1.2.0\""))), "RUB005");
        Single(Read(WithChangelog(Changelog.Replace(", en: \"First version.\"", string.Empty))), "RUB007");
    }
}
