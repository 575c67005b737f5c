using System.Linq;
using Coherence.Model;
using Coherence.PowerShell.Completion;
using Xunit;

namespace Coherence.Tests.PowerShell;

public class CompletionTests
{
    [Fact]
    public void Rubric_completion_offers_the_bundled_rubric_ids()
    {
        var ids = RubricCompleter.Candidates().Select(c => c.Value).ToList();

        Assert.Contains("mesoamerica-coherence", ids);
        Assert.Equal(new[] { "mesoamerica-coherence" }, Completions.Matching(RubricCompleter.Candidates(), "MESO").Select(c => c.Value));
    }

    [Fact]
    public void Country_completion_offers_every_assigned_code_and_filters_by_what_was_typed()
    {
        var all = CountryCompleter.Candidates().Select(c => c.Value).ToList();

        Assert.Equal(CountryCode.All.Count, all.Count);
        Assert.Contains("MEX", all);
        Assert.Equal(new[] { "GTM", "GUF", "GUM", "GUY" }, Completions.Matching(CountryCompleter.Candidates(), "gu").Concat(Completions.Matching(CountryCompleter.Candidates(), "GT")).Select(c => c.Value).OrderBy(v => v, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Country_codes_listed_are_sorted_valid_and_unique()
    {
        var codes = CountryCode.All.Select(c => c.Value).ToList();

        Assert.Equal(codes.OrderBy(c => c, System.StringComparer.Ordinal), codes);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(CountryCode.TryParse(c, out _)));
        Assert.Equal(249, codes.Count);
    }

    [Fact]
    public void Language_completion_offers_Spanish_and_English()
    {
        Assert.Equal(new[] { "es", "en" }, LanguageCompleter.Candidates().Select(c => c.Value));
    }

    [Fact]
    public void Template_completion_reads_the_embedded_template_names_once_per_format_and_leaves_out_partials()
    {
        var names = TemplateCompleter.Candidates(new[]
        {
            "Coherence.Rubrics.mesoamerica.yaml",
            "Coherence.Templates.country-profile.html.sbn",
            "Coherence.Templates.country-profile.md.sbn",
            "Coherence.Templates.brief.md.sbn",
            "Coherence.Templates.partials/html-answer.sbn",
            "Coherence.Templates.partials\\md-answer.sbn",
            "Coherence.Templates._footer.sbn",
        }).Select(c => c.Value);

        Assert.Equal(new[] { "brief", "country-profile" }, names);
    }

    [Fact]
    public void Template_completion_offers_the_templates_the_library_ships()
    {
        var names = TemplateCompleter.Candidates().Select(c => c.Value).ToList();

        Assert.Equal(Coherence.Reports.TemplateCatalog.BuiltInNames.OrderBy(n => n, System.StringComparer.Ordinal), names);
    }

    [Theory]
    [InlineData("mesoamerica-coherence", "mesoamerica-coherence")]
    [InlineData("my rubric.yaml", "'my rubric.yaml'")]
    [InlineData("it's", "'it''s'")]
    public void Completed_values_are_quoted_when_PowerShell_would_split_them(string value, string expected)
    {
        Assert.Equal(expected, Completions.Quote(value));
    }
}
