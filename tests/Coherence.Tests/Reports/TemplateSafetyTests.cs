using System;
using System.IO;
using System.Linq;
using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>Templates read nothing outside their folder and cannot output text unescaped.</summary>
public class TemplateSafetyTests
{
    private const string Secret = "TOP-SECRET-CONTENT";

    [Theory]
    [InlineData("{{> ../secret}}")]
    [InlineData("{{> ../../secret}}")]
    [InlineData("{{> partials/../../secret}}")]
    [InlineData("{{> /etc/passwd}}")]
    [InlineData("{{> secret.hbs}}")]
    [InlineData("{{> (lookup . 'kind')}}")]
    public void A_partial_outside_the_template_folder_cannot_be_read(string reference)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("secret.hbs"), Secret);
        File.WriteAllText(temp.File("secret"), Secret);
        var folder = Directory.CreateDirectory(temp.File("mine")).FullName;
        var file = Path.Combine(folder, "country-profile.md.hbs");
        File.WriteAllText(file, "before " + reference + " after");

        var result = Render(file);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TPL005", error.Code);
        Assert.Contains("no partial named", error.Message.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_that_is_a_link_to_a_file_outside_is_not_read()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("secret.hbs"), Secret);
        var partials = Directory.CreateDirectory(temp.File(Path.Combine("mine", "partials"))).FullName;
        File.CreateSymbolicLink(Path.Combine(partials, "leak.hbs"), temp.File("secret.hbs"));
        var file = Path.Combine(temp.File("mine"), "country-profile.md.hbs");
        File.WriteAllText(file, "{{> leak}}");

        var result = Render(file);

        Assert.Contains(result.Diagnostics, d => d.Code == "TPL007");
        Assert.Contains(result.Diagnostics, d => d.Code == "TPL005");
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_partial_in_the_template_folder_is_used_and_replaces_a_shipped_one_of_the_same_name()
    {
        using var temp = new TempDirectory();
        var partials = Directory.CreateDirectory(temp.File("partials")).FullName;
        File.WriteAllText(Path.Combine(partials, "greeting.hbs"), "Hello {{country.name}}");
        File.WriteAllText(Path.Combine(partials, "md-method.hbs"), "my own method section");
        var file = temp.File("country-profile.md.hbs");
        File.WriteAllText(file, "{{> greeting}} / {{> md-method}} / {{> md-heat-map heatMap}}");

        var result = Render(file);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("Hello Xmalandia / my own method section / | ", result.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{{country.name}}}")]
    [InlineData("{{~{country.name}~}}")]
    [InlineData("{{& country.name}}")]
    [InlineData("{{#each groups}}{{{name}}}{{/each}}")]
    public void A_template_that_would_output_text_unescaped_is_refused(string body)
    {
        using var temp = new TempDirectory();
        var file = temp.File("country-profile.html.hbs");
        File.WriteAllText(file, "<p>\n" + body + "</p>");

        var result = Render(file);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TPL003", error.Code);
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void A_partial_that_would_output_text_unescaped_is_refused()
    {
        using var temp = new TempDirectory();
        var partials = Directory.CreateDirectory(temp.File("partials")).FullName;
        File.WriteAllText(Path.Combine(partials, "raw.hbs"), "{{{notes}}}");
        var file = temp.File("country-profile.html.hbs");
        File.WriteAllText(file, "{{> raw}}");

        var result = Render(file);

        Assert.Contains(result.Diagnostics, d => d.Code == "TPL003" && d.Location.File!.EndsWith("raw.hbs", StringComparison.Ordinal));
        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Triple_braces_in_a_comment_are_not_refused()
    {
        using var temp = new TempDirectory();
        var file = temp.File("country-profile.html.hbs");
        File.WriteAllText(file, "{{!-- never use {{{ }}} here --}}{{! nor {{& }}<p>{{country.code}}</p>");

        var result = Render(file);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal("<p>XMA</p>", result.Value);
    }

    [Fact]
    public void No_shipped_template_outputs_text_unescaped()
    {
        var folder = Path.Combine(TestRubrics.RepositoryRoot(), "templates");
        var files = Directory.EnumerateFiles(folder, "*.hbs", SearchOption.AllDirectories).ToList();

        Assert.True(files.Count >= 8);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("{{{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("{{&", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_syntax_error_is_reported_with_the_template_file()
    {
        using var temp = new TempDirectory();
        var file = temp.File("country-profile.md.hbs");
        File.WriteAllText(file, "{{#each groups}}{{name}}");

        var result = Render(file);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TPL004", error.Code);
        Assert.Equal(file, error.Location.File);
    }

    [Fact]
    public void An_unknown_template_name_suggests_the_shipped_one()
    {
        var result = new TemplateCatalog().Resolve("country-profil");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TPL001", error.Code);
        Assert.Contains("country-profile", error.Hint?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_named_regional_is_a_comparison_and_its_name_sets_the_format()
    {
        using var temp = new TempDirectory();
        var file = temp.File("regional-ministry.md.hbs");
        File.WriteAllText(file, "{{period}}");

        var template = new TemplateCatalog().Resolve(file, ReportFormat.Html).Value!;

        Assert.Equal(ReportKind.RegionalComparison, template.Kind);
        Assert.Equal(ReportFormat.Markdown, template.Format);
    }

    [Fact]
    public void A_user_folder_holds_templates_named_like_the_shipped_ones()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("country-profile.html.hbs"), "<p>{{country.code}}</p>");
        File.WriteAllText(temp.File("regional-comparison.md.hbs"), "{{period}}");
        var catalog = new TemplateCatalog();

        Assert.Equal(ReportKind.CountryProfile, catalog.Resolve(temp.Path).Value!.Kind);
        var comparison = catalog.Resolve(Path.Combine(temp.Path, "regional-comparison"), ReportFormat.Markdown).Value!;
        Assert.Equal(ReportKind.RegionalComparison, comparison.Kind);
        Assert.Equal("TPL002", Assert.Single(catalog.Resolve(temp.Path, ReportFormat.Markdown).Diagnostics).Code);
    }

    private static Coherence.Diagnostics.Result<string> Render(string file)
    {
        var resolved = new TemplateCatalog().Resolve(file);
        Assert.NotNull(resolved.Value);
        var model = TemplateRenderingTests.Model(resolved.Value!.Kind, "en");
        var rendered = new ReportRenderer().Render(resolved.Value!, model);
        return new Coherence.Diagnostics.Result<string>(rendered.Value, resolved.Diagnostics.Concat(rendered.Diagnostics).ToList());
    }
}
