using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Coherence.Model;
using Coherence.Rubrics;
using Xunit;

namespace Coherence.Tests.Rubrics;

/// <summary>Checks the text of every indicator of the bundled rubric <c>mesoamerica-coherence</c>, the way a reviewer would.</summary>
public class MesoamericaContentTests
{
    private static readonly Rubric Rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
    private static readonly string[] Languages = { "es", "en" };

    // Verbs that describe what happens, not what the rules provide. A law level that needs one says why in the allow-list.
    private static readonly Regex SpanishPractice = Words(
        "se aplica", "se aplican", "en la práctica", "se registra", "se registran", "se implementa", "se implementan",
        "se usa", "se usan", "se utiliza", "se utilizan", "se ejecuta", "se ejecutan", "se cumple", "se cumplen",
        "funciona", "funcionan", "participa", "participan", "se reúne", "se reúnen", "se publica", "se publican",
        "se comparte", "se comparten", "se otorga", "se otorgan", "se atiende", "se atienden", "se entrega", "se entregan");

    private static readonly Regex EnglishPractice = Words(
        "is applied", "are applied", "in practice", "is recorded", "are recorded", "is implemented", "are implemented",
        "is used", "are used", "takes part", "take part", "is published", "are published", "is shared", "are shared", "actually");

    // (indicator, level, language, phrase): law levels where the phrase is about what the rules allow, not about facts.
    private static readonly HashSet<(string, string, string, string)> Allowed = new()
    {
        // "allows military or security forces to take part": the law permits their involvement; that is a provision.
        ("BOR-01", "minimal", "en", "take part"),
    };

    public static IEnumerable<object[]> Indicators() => Rubric.Indicators.Select(i => new object[] { i.Id });

    private static Regex Words(params string[] phrases) =>
        new(@"(?<!\w)(" + string.Join("|", phrases.Select(Regex.Escape)) + @")(?!\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Indicator Find(string id) => Rubric.FindIndicator(id)!;

    [Fact]
    public void The_rubric_is_version_1_1_1_and_its_changelog_says_what_changed()
    {
        Assert.Equal("1.1.1", Rubric.Version);
        var changes = Rubric.Metadata.Changelog;
        Assert.Equal(new[] { "1.1.1", "1.1.0", "1.0.0" }, changes.Select(c => c.Version));
        var text = string.Join(" ", changes[1].Changes.Select(c => c.Get("en")));
        foreach (var id in Themes.SelectMany(t => t.Value))
        {
            Assert.Contains(id, text, StringComparison.Ordinal);
        }

        foreach (var indicator in Rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country && !Themes.Values.Any(ids => ids.Contains(i.Id))))
        {
            Assert.Contains(indicator.Id, text, StringComparison.Ordinal);
        }
    }

    /// <summary>The themes 1.0.0 missed or treated thinly, and the indicators 1.1.0 gives each.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Themes = new Dictionary<string, string[]>
    {
        ["contingency planning for mass arrivals"] = new[] { "RCP-06" },
        ["violence as a driver and internal displacement"] = new[] { "DSP-01", "DSP-02" },
        ["risk screening before return (non-refoulement)"] = new[] { "BOR-02" },
        ["unaccompanied children beyond detention"] = new[] { "CHI-01", "CHI-02", "CHI-03" },
        ["safeguards of border enforcement and return agreements"] = new[] { "BOR-01", "BOR-03" },
        ["political integration"] = new[] { "NAT-01", "NAT-02", "NAT-03" },
        ["civil society as service providers and monitors"] = new[] { "PAR-06", "PAR-07" },
        ["subnational variation"] = new[] { "LOC-06" },
        ["regional protection framework (MIRPS)"] = new[] { "COP-06" },
        ["gender, LGBTI and Indigenous migrants"] = new[] { "DIV-01", "DIV-02", "DIV-03" },
        ["statelessness"] = new[] { "NAT-04", "NAT-05" },
    };

    [Fact]
    public void Every_theme_that_1_0_0_missed_has_indicators()
    {
        foreach (var (theme, ids) in Themes)
        {
            Assert.All(ids, id => Assert.True(Rubric.FindIndicator(id) is not null, $"{theme}: {id} is missing"));
        }
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Every_text_of_an_indicator_exists_in_both_languages(string id)
    {
        var indicator = Find(id);
        var texts = new List<(string What, LocalizedText Text)> { ("name", indicator.Name), ("evidence", indicator.Evidence) };
        foreach (var facet in indicator.Facets)
        {
            texts.Add((facet.FacetId + " question", facet.Question));
            texts.AddRange(facet.LevelDescriptors.Select(d => ($"{facet.FacetId} level {d.Key}", d.Value)));
        }

        Assert.Equal(new[] { Facet.Law, Facet.Practice }, indicator.Facets.Select(f => f.FacetId));
        foreach (var (what, text) in texts)
        {
            Assert.All(Languages, language => Assert.False(string.IsNullOrWhiteSpace(text.Translations.GetValueOrDefault(language)), $"{id} {what} has no '{language}' text"));
        }
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Every_level_of_a_facet_has_its_own_text_for_every_level_of_the_scale(string id)
    {
        var indicator = Find(id);
        foreach (var facet in indicator.Facets)
        {
            var scale = Rubric.FindScale(facet.ScaleId)!;
            Assert.Equal(scale.Levels.Select(l => l.Id), facet.LevelDescriptors.Keys);
            foreach (var language in Languages)
            {
                var levels = facet.LevelDescriptors.Values.Select(t => t.Get(language).Trim()).ToList();
                Assert.True(levels.Distinct(StringComparer.OrdinalIgnoreCase).Count() == levels.Count, $"{id} {facet.FacetId} ({language}) repeats a level text");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Every_indicator_says_what_counts_as_evidence_and_names_a_known_reference(string id)
    {
        var indicator = Find(id);

        Assert.All(Languages, language => Assert.True(indicator.Evidence.Get(language).Length >= 40, $"{id} evidence ({language}) is too short to guide an assessor"));
        Assert.NotEmpty(indicator.References);
        Assert.All(indicator.References, r => Assert.Contains(Rubric.References, known => known.Id == r));
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Law_asks_about_norms_and_practice_about_what_happens(string id)
    {
        var indicator = Find(id);
        var law = indicator.FindFacet(Facet.Law)!;
        var practice = indicator.FindFacet(Facet.Practice)!;

        Assert.StartsWith("¿En la práctica", practice.Question.Get("es"), StringComparison.Ordinal);
        Assert.StartsWith("In practice", practice.Question.Get("en"), StringComparison.Ordinal);
        Assert.DoesNotMatch(SpanishPractice, law.Question.Get("es"));
        Assert.DoesNotMatch(EnglishPractice, law.Question.Get("en"));
        foreach (var (level, text) in law.LevelDescriptors)
        {
            foreach (var (language, pattern) in new[] { ("es", SpanishPractice), ("en", EnglishPractice) })
            {
                foreach (Match match in pattern.Matches(text.Get(language)))
                {
                    Assert.True(Allowed.Contains((id, level, language, match.Value.ToLowerInvariant())), $"{id} law level '{level}' ({language}) describes practice with '{match.Value}': {text.Get(language)}");
                }
            }
        }
    }

    [Fact]
    public void The_allow_list_has_no_entry_left_over()
    {
        foreach (var (id, level, language, phrase) in Allowed)
        {
            Assert.Contains(phrase, Find(id).FindFacet(Facet.Law)!.LevelDescriptors[level].Get(language), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Indicators_about_the_country_as_a_whole_are_answered_once()
    {
        var country = Rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country).Select(i => i.Id).ToHashSet();

        Assert.Superset(new HashSet<string> { "REC-01", "DAT-01", "INF-01", "INF-05", "PAR-05", "COO-01", "COP-01", "COP-04", "RCP-06", "LOC-06", "COP-06" }, country);

        // Scores per group stay meaningful where the answer can differ by group.
        Assert.DoesNotContain("DUE-04", country);
        Assert.DoesNotContain("COO-05", country);
    }
}
