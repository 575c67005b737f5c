using System;
using Coherence.Model;
using Xunit;

namespace Coherence.Tests.Model;

/// <summary>A name given per language is read in the reader's language, with a fallback that never leaves the reader without a name.</summary>
public class CountryNameTests
{
    private static readonly CountryName Example = CountryName.PerLanguage("es", "País de ejemplo A (ficticio)", "en", "Example country A (fictitious)");

    [Theory]
    [InlineData("es", "País de ejemplo A (ficticio)")] // the exact language
    [InlineData("ES", "País de ejemplo A (ficticio)")] // tags ignore case
    [InlineData("es-GT", "País de ejemplo A (ficticio)")] // the language without its region
    [InlineData("es_GT", "País de ejemplo A (ficticio)")]
    [InlineData("en-US", "Example country A (fictitious)")]
    [InlineData("fr", "Example country A (fictitious)")] // English
    [InlineData("", "Example country A (fictitious)")]
    public void A_name_per_language_falls_back_from_the_exact_language_to_its_neutral_part_then_to_English(string language, string expected)
    {
        Assert.Equal(expected, Example.For(language));
    }

    [Fact]
    public void A_regional_name_wins_over_the_neutral_one_and_the_first_given_serves_when_neither_the_language_nor_English_is_there()
    {
        var regional = CountryName.PerLanguage("es", "País A", "es-GT", "País A de Guatemala", "en", "Country A");
        Assert.Equal("País A de Guatemala", regional.For("es-GT"));
        Assert.Equal("País A", regional.For("es-MX"));
        var noEnglish = CountryName.PerLanguage("pt", "País A (pt)", "fr", "Pays A");
        Assert.Equal("Pays A", noEnglish.For("fr-CA"));
        Assert.Equal("País A (pt)", noEnglish.For("de"));
    }

    [Fact]
    public void A_plain_name_serves_every_language_and_the_code_serves_when_there_is_no_name_at_all()
    {
        var plain = CountryName.Plain("Xmalandia");
        Assert.Equal(("Xmalandia", "Xmalandia", "Xmalandia"), (plain.For("es"), plain.For("en"), plain.For("es-GT")));
        Assert.Empty(plain.ByLanguage);
        Assert.Equal("Xmalandia", CountryNames.NameOf(CountryCode.Parse("XMA"), plain, "es"));
        Assert.Equal("País de ejemplo A (ficticio)", CountryNames.NameOf(CountryCode.Parse("XMA"), Example, "es-GT"));
        Assert.Equal("XMA", CountryNames.NameOf(CountryCode.Parse("XMA"), null, "es"));
        Assert.Equal("México", CountryNames.NameOf(CountryCode.Parse("MEX"), null, "es-GT"));
    }

    [Fact]
    public void A_name_keeps_the_order_its_languages_were_given_and_equals_only_the_same_names_in_the_same_shape()
    {
        var reversed = CountryName.PerLanguage("en", "Example country A (fictitious)", "es", "País de ejemplo A (ficticio)");
        Assert.Equal(new[] { "en", "es" }, new[] { reversed.ByLanguage[0].Key, reversed.ByLanguage[1].Key });
        Assert.Equal(Example, CountryName.PerLanguage("es", "País de ejemplo A (ficticio)", "en", "Example country A (fictitious)"));
        Assert.NotEqual(Example, reversed);
        Assert.NotEqual(CountryName.Plain("Guatemala"), CountryName.PerLanguage("es", "Guatemala"));
    }

    [Fact]
    public void A_blank_name_an_empty_map_and_a_language_twice_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CountryName.Plain(" "));
        Assert.Throws<ArgumentException>(() => CountryName.PerLanguage(Array.Empty<string>()));
        Assert.Throws<ArgumentException>(() => CountryName.PerLanguage("es", " "));
        Assert.Throws<ArgumentException>(() => CountryName.PerLanguage("es", "A", "ES", "B"));
    }
}
