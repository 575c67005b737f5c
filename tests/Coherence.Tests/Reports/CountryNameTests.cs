using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Model;
using Coherence.Reports;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>Reports name countries in the reader's language: the assessment's own name, else the ISO 3166-1 name, never the code alone.</summary>
public class CountryNameTests
{
    [Theory]
    [InlineData("es", "Guatemala")]
    [InlineData("en", "Guatemala")]
    [InlineData("es", "México")]
    [InlineData("en", "Mexico")]
    public void A_profile_of_an_ISO_country_without_a_given_name_is_headed_by_its_name_in_the_language(string language, string name)
    {
        var code = name.StartsWith("Guat", StringComparison.Ordinal) ? "GTM" : "MEX";
        var run = ReportSamples.Run(edit: a => a.Country.Value == "XMA" && a.Period == "2026" ? a with { Country = CountryCode.Parse(code), CountryName = null } : a);
        var model = ReportModels.Profile(ReportSamples.Score(run, code), run, language, ReportSamples.Time);

        var html = TemplateRenderingTests.Render("country-profile.html", model);
        var markdown = TemplateRenderingTests.Render("country-profile.md", model);

        Assert.Equal(new ReportCountry(code, name), model.Country);
        Assert.Contains("<h1>" + name + "<span class=\"code\">" + code + "</span></h1>", html, StringComparison.Ordinal);
        Assert.StartsWith("# " + name + " (" + code + "), 2026", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_the_assessment_gives_wins_and_a_user_assigned_code_without_one_keeps_its_code()
    {
        Assert.Equal("Xmalandia", CountryNames.NameOf(CountryCode.Parse("XMA"), CountryName.Plain("Xmalandia"), "es"));
        Assert.Equal("XMA", CountryNames.NameOf(CountryCode.Parse("XMA"), null, "es"));
        Assert.Equal("Estados Unidos", CountryNames.NameOf(CountryCode.Parse("USA"), null, "es-GT"));
    }

    [Fact]
    public void Every_ISO_3166_1_code_has_a_name_in_both_languages()
    {
        Assert.Equal(249, CountryNames.ByCode.Count);
        Assert.All(CountryNames.ByCode.Values, n => Assert.False(string.IsNullOrWhiteSpace(n.Get("es")) || string.IsNullOrWhiteSpace(n.Get("en"))));
    }

    [Theory]
    [InlineData("es", "País de ejemplo", "Example country")]
    [InlineData("en", "Example country", "País de ejemplo")]
    public async Task The_regional_comparison_of_the_examples_names_every_country_in_the_reader_s_language_only(string language, string own, string other)
    {
        using var temp = new TempDirectory();
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())));

        var result = await operation.RunAsync(new ReportOptions(new[] { examples }) { Language = language, Template = "regional-comparison", Period = "2026", OutputPath = temp.File("regional.html"), Clock = new FixedClock(ReportSamples.Time) });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = File.ReadAllText(temp.File("regional.html"));
        foreach (var letter in "ABCD")
        {
            Assert.Contains(own + " " + letter, page, StringComparison.Ordinal);
        }

        Assert.Contains(language == "es" ? "País de ejemplo A (ficticio)" : "Example country A (fictitious)", page, StringComparison.Ordinal);
        Assert.DoesNotContain(other, page, StringComparison.Ordinal);
    }
}
