using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

public class TemplateRenderingTests
{
    public static TheoryData<string, string> ShippedTemplates()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in TemplateCatalog.BuiltInNames)
        {
            foreach (var format in new[] { "html", "md" })
            {
                foreach (var language in new[] { "es", "en" })
                {
                    data.Add(name + "." + format, language);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedTemplates))]
    public void Every_shipped_template_renders_and_names_only_fields_the_model_has(string template, string language)
    {
        // Strict: a field the model lacks is an error, not an empty string.
        var renderer = new ReportRenderer(strict: true);
        var resolved = new TemplateCatalog().Resolve(template);
        Assert.True(resolved.IsSuccess, string.Join("\n", resolved.Diagnostics));

        var result = renderer.Render(resolved.Value!, Model(resolved.Value!.Kind, language));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Contains(language == "es" ? "Método y procedencia" : "Method and provenance", result.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_profile_is_self_contained_with_no_script_no_external_resource_and_print_rules_for_its_paper()
    {
        var html = Render("country-profile.html", Model(ReportKind.CountryProfile, "es"));

        Assert.StartsWith("<!DOCTYPE html>", html.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@page { size: Letter", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", Render("country-profile.html", Model(ReportKind.CountryProfile, "en")), StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", Render("country-profile.html", Model(ReportKind.CountryProfile, "es") with { Paper = ReportPaper.A4 }), StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bars\"", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_profile_shows_the_headline_figures_per_group_and_overall()
    {
        var model = (CountryProfileModel)Model(ReportKind.CountryProfile, "en");
        var labels = new Coherence.Localization.Labels("en");

        var html = Render("country-profile.html", model);

        Assert.Contains("<div class=\"figure\">" + labels.Score(model.Overall.Level) + "</div>", html, StringComparison.Ordinal);
        foreach (var group in model.Groups)
        {
            Assert.Contains("<th scope=\"row\">" + group.Name + "</th>", html, StringComparison.Ordinal);
            Assert.Contains("<strong>" + labels.Score(group.Scores.Level) + "</strong>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_HTML_profile_leads_with_the_summary_then_law_practice_and_joint_level_never_with_coherence()
    {
        var model = (CountryProfileModel)Model(ReportKind.CountryProfile, "en");

        var html = Render("country-profile.html", model);

        var summary = html.IndexOf("<section id=\"summary\"", StringComparison.Ordinal);
        var headline = html.IndexOf("<section id=\"headline\"", StringComparison.Ordinal);
        Assert.InRange(summary, 0, headline);
        var cards = System.Text.RegularExpressions.Regex.Matches(html.Substring(headline), "<div class=\"card[^\"]*\"><div class=\"label\">([^<]*)</div>")
            .Select(m => m.Groups[1].Value)
            .ToList();
        Assert.Equal(new[] { model.Labels["law"], model.Labels["practice"], model.Labels["jointLevel"], model.Labels["class"] }, cards.Take(4));
        Assert.DoesNotContain(cards, label => label.Contains(model.Labels["coherence"], StringComparison.Ordinal));
    }

    [Fact]
    public void The_HTML_colours_come_from_the_one_palette_and_follow_the_model()
    {
        var model = Model(ReportKind.CountryProfile, "en");

        var html = Render("country-profile.html", model);
        var recoloured = Render("country-profile.html", model with { Colours = ReportColours.Default with { Practice = "#009e73" } });

        Assert.Contains("--law: " + Coherence.Localization.Palette.Css(Coherence.Localization.Palette.Law) + ";", html, StringComparison.Ordinal);
        Assert.Contains("--practice: " + Coherence.Localization.Palette.Css(Coherence.Localization.Palette.Practice) + ";", html, StringComparison.Ordinal);
        Assert.Contains("--practice: #009e73;", recoloured, StringComparison.Ordinal);
        var style = html.Substring(html.IndexOf("<style>", StringComparison.Ordinal), html.IndexOf("</style>", StringComparison.Ordinal) - html.IndexOf("<style>", StringComparison.Ordinal));
        Assert.DoesNotContain("#fde0dd", style.Substring(style.IndexOf("}", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_HTML_profile_has_a_complete_annex_instead_of_cutting_the_findings()
    {
        var model = (CountryProfileModel)Model(ReportKind.CountryProfile, "en");

        var html = Render("country-profile.html", model);

        var annex = html.IndexOf("<div class=\"annexes\">", StringComparison.Ordinal);
        Assert.True(annex > 0, "no annex");
        Assert.DoesNotContain(model.Labels["moreNotShown"], html, StringComparison.Ordinal);
        foreach (var row in model.IndicatorRows)
        {
            Assert.Contains("<span class=\"id\">" + row.Id + "</span> " + row.Name + "</th>", html.Substring(annex), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_template_is_compiled_once_per_renderer_and_reused()
    {
        var renderer = new ReportRenderer();
        var template = new TemplateCatalog().Resolve("country-profile.md").Value!;
        var run = ReportSamples.Run();

        foreach (var score in run.Scores)
        {
            Assert.True(renderer.Render(template, ReportModels.Profile(score, run, "es", ReportSamples.Time)).IsSuccess);
        }

        Assert.Equal(1, renderer.Compilations);
        Assert.True(renderer.Render(new TemplateCatalog().Resolve("country-profile.md").Value!, ReportModels.Profile(run.Scores[0], run, "en", ReportSamples.Time)).IsSuccess);
        Assert.Equal(1, renderer.Compilations);
    }

    [Fact]
    public void A_user_template_edited_between_runs_is_compiled_again()
    {
        using var temp = new TempDirectory();
        var file = temp.File("country-profile.md.sbn");
        var renderer = new ReportRenderer();
        var model = Model(ReportKind.CountryProfile, "en");

        File.WriteAllText(file, "first {{ country.code }}");
        var first = renderer.Render(new TemplateCatalog().Resolve(file).Value!, model).Value;
        File.WriteAllText(file, "second {{ country.code }}");
        var second = renderer.Render(new TemplateCatalog().Resolve(file).Value!, model).Value;

        Assert.Equal("first XMA", first);
        Assert.Equal("second XMA", second);
    }

    [Fact]
    public void No_model_field_shares_a_name_with_a_helper_which_would_hide_it()
    {
        var fields = typeof(ReportModel).Assembly.GetTypes()
            .Where(t => t.Namespace == "Coherence.Reports" && t.IsPublic && !t.IsEnum)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.DoesNotContain(ReportHelpers.Names, fields.Contains);
    }

    [Fact]
    public void Helpers_format_numbers_in_the_report_language_and_say_a_dash_for_no_value()
    {
        using var temp = new TempDirectory();
        var file = temp.File("helpers.md.sbn");
        File.WriteAllText(file, "{{ number 1234.5 1 }}|{{ percent 0.755 }}|{{ score overall.coherence }}|{{ score nothing }}|{{ signed (-12.34) }}|{{ signed 5 }}|{{ classLabel 'implementation-gap' }}|{{ levelLabel 85 }}|{{ label 'law' }}|{{ heat 10 }}|{{ has '' }}{{ has groups }}");
        var renderer = new ReportRenderer();
        var template = new TemplateCatalog().Resolve(file).Value!;

        var rendered = renderer.Render(template, Model(ReportKind.CountryProfile, "es"));
        Assert.True(rendered.IsSuccess, string.Join("\n", rendered.Diagnostics));
        var es = rendered.Value;
        var en = renderer.Render(template, Model(ReportKind.CountryProfile, "en")).Value;

        Assert.Equal("1,234.5|76 %|88.9|–|−12.3|+5.0|Brecha de implementación|Muy alta|Ley|background-color:#d7191c;color:#ffffff|falsetrue", es);
        Assert.Equal("1,234.5|76%|88.9|–|−12.3|+5.0|Implementation gap|Very high|Law|background-color:#d7191c;color:#ffffff|falsetrue", en);
    }

    [Fact]
    public void A_template_written_for_the_other_kind_of_report_is_a_bug_of_the_caller()
    {
        var template = new TemplateCatalog().Resolve("regional-comparison.md").Value!;

        Assert.Throws<ArgumentException>(() => new ReportRenderer().Render(template, Model(ReportKind.CountryProfile, "en")));
    }

    internal static ReportModel Model(ReportKind kind, string language)
    {
        var run = ReportSamples.Run();
        return kind == ReportKind.CountryProfile
            ? ReportModels.Profile(ReportSamples.Score(run, "XMA"), run, language, ReportSamples.Time)
            : ReportModels.Comparison(ReportSamples.Period(run), run, language, ReportSamples.Time);
    }

    internal static string Render(string template, ReportModel model)
    {
        var result = new ReportRenderer(strict: true).Render(new TemplateCatalog().Resolve(template).Value!, model);
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        return result.Value!;
    }
}
