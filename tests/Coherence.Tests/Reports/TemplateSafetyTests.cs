using System;
using System.IO;
using System.Linq;
using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>Templates read nothing outside their folder, cannot output text unescaped, see only the model, and stop at their limits.</summary>
public class TemplateSafetyTests
{
    private const string Secret = "TOP-SECRET-CONTENT";

    [Theory]
    [InlineData("{{ include '../secret' }}")]
    [InlineData("{{ include '../../secret' }}")]
    [InlineData("{{ include '../../etc/passwd' }}")]
    [InlineData("{{ include 'partials/../../secret' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include 'secret.sbn' }}")]
    [InlineData("{{ include kind }}")]
    public void A_partial_outside_the_template_folder_cannot_be_read(string reference)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("secret.sbn"), Secret);
        File.WriteAllText(temp.File("secret"), Secret);
        var file = Template(Directory.CreateDirectory(temp.File("mine")).FullName, "before\n  " + reference + " after");

        var result = Render(file);

        Assert.False(result.IsSuccess);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TPL005", error.Code);
        Assert.Equal((file, 2, 6), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.Contains("not a partial of its folder", error.Message.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_partial_or_a_partials_folder_that_is_a_link_to_outside_is_not_read(bool folderIsLink)
    {
        using var temp = new TempDirectory();
        var elsewhere = Directory.CreateDirectory(temp.File("elsewhere")).FullName;
        File.WriteAllText(Path.Combine(elsewhere, "leak.sbn"), Secret);
        var mine = Directory.CreateDirectory(temp.File("mine")).FullName;
        if (folderIsLink)
        {
            Directory.CreateSymbolicLink(Path.Combine(mine, "partials"), elsewhere);
        }
        else
        {
            File.CreateSymbolicLink(Path.Combine(Directory.CreateDirectory(Path.Combine(mine, "partials")).FullName, "leak.sbn"), Path.Combine(elsewhere, "leak.sbn"));
        }

        var result = Render(Template(mine, "{{ include 'leak' }}"));

        Assert.Contains(result.Diagnostics, d => d.Code == "TPL007");
        Assert.Contains(result.Diagnostics, d => d.Code == "TPL005");
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_partial_in_the_template_folder_is_used_and_replaces_a_shipped_one_of_the_same_name()
    {
        using var temp = new TempDirectory();
        Partial(temp.Path, "greeting", "Hello {{ country.name }}");
        Partial(temp.Path, "md-method", "my own method section");

        var result = Render(Template(temp.Path, "{{ include 'greeting' }} / {{ include 'md-method' }} / {{ map = heatMap; include 'md-heat-map' }}"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.StartsWith("Hello Xmalandia / my own method section / | ", result.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_value_is_escaped_and_a_partial_is_included_without_escaping_it_twice()
    {
        using var temp = new TempDirectory();
        Partial(temp.Path, "part", "<i>{{ '<b>&' }}</i>");

        var result = Render(Template(temp.Path, "<p>{{ '<script>' }}{{ include 'part' }}{{ x = include 'part'; x }}</p>", "country-profile.html.sbn"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal("<p>&lt;script&gt;<i>&lt;b&gt;&amp;</i><i>&lt;b&gt;&amp;</i></p>", result.Value);
    }

    [Theory]
    [InlineData("{{ country.GetType }}")]
    [InlineData("{{ country.getType }}")]
    [InlineData("{{ country.equalityContract }}")]
    [InlineData("{{ country.name.length }}")]
    [InlineData("{{ provenance.inputs.capacity }}")]
    [InlineData("{{ labels.comparer }}")]
    public void Templates_see_the_model_properties_and_no_other_dotnet_member(string body)
    {
        using var temp = new TempDirectory();

        var result = Render(Template(temp.Path, "[" + body + "]"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal("[]", result.Value);
    }

    [Fact]
    public void An_endless_loop_stops_at_the_loop_limit_with_its_place()
    {
        using var temp = new TempDirectory();
        var file = Template(temp.Path, "start\n{{ while true }}x{{ end }}");

        var result = Render(file);

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("TPL009", file, 2), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains("loop", error.Message.ToString(), StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void A_huge_output_stops_at_the_size_limit_before_it_is_all_written()
    {
        using var temp = new TempDirectory();
        var file = Template(temp.Path, "{{ for i in 1..100000 }}{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' | string.pad_right 10000 }}{{ end }}");
        using var output = new StringWriter();

        var diagnostics = Render(file, output, Limits(TimeSpan.FromMinutes(1)));

        Assert.Equal("TPL009", Assert.Single(diagnostics, d => d.IsError).Code);
        Assert.Contains("size", Assert.Single(diagnostics, d => d.IsError).Message.ToString(), StringComparison.Ordinal);
        Assert.True(output.ToString().Length <= 1_000_000);
    }

    [Fact]
    public void A_huge_output_built_in_a_partial_stops_too()
    {
        using var temp = new TempDirectory();
        Partial(temp.Path, "big", "{{ for i in 1..1000 }}{{ 'a' | string.pad_right 10000 }}{{ end }}");

        var diagnostics = Render(Template(temp.Path, "{{ x = include 'big' }}done"), new StringWriter(), Limits(TimeSpan.FromMinutes(1)));

        Assert.Equal("TPL009", Assert.Single(diagnostics, d => d.IsError).Code);
    }

    [Fact]
    public void A_render_that_takes_too_long_stops_at_the_time_limit()
    {
        using var temp = new TempDirectory();

        var diagnostics = Render(Template(temp.Path, "{{ for i in 1..100000000 }}{{ end }}"), new StringWriter(), Limits(TimeSpan.FromMilliseconds(100)));

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("TPL009", error.Code);
        Assert.Contains("time", error.Message.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ func f; f; end; f }}")]
    [InlineData("{{ include 'self' }}")]
    public void Endless_recursion_stops_at_the_recursion_limit(string body)
    {
        using var temp = new TempDirectory();
        Partial(temp.Path, "self", "{{ include 'self' }}");

        var result = Render(Template(temp.Path, body));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("TPL005", error.Code);
        Assert.Contains("recursive", error.Message.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_shipped_template_is_left_in_the_old_syntax()
    {
        var folder = Path.Combine(TestRubrics.RepositoryRoot(), "templates");

        Assert.True(Directory.EnumerateFiles(folder, "*.sbn", SearchOption.AllDirectories).Count() >= 8);
        Assert.Empty(Directory.EnumerateFiles(folder, "*.hbs", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_Handlebars_template_from_before_is_named_as_such()
    {
        using var temp = new TempDirectory();
        var file = temp.File("country-profile.html.hbs");
        File.WriteAllText(file, "<p>{{country.code}}</p>");

        var byFile = new TemplateCatalog().Resolve(file);
        var byFolder = new TemplateCatalog().Resolve(temp.Path);

        Assert.Equal("TPL010", Assert.Single(byFile.Diagnostics).Code);
        Assert.Equal("TPL010", Assert.Single(byFolder.Diagnostics).Code);
    }

    [Fact]
    public void A_syntax_error_is_reported_as_file_line_and_column_with_a_hint()
    {
        using var temp = new TempDirectory();
        var file = Template(temp.Path, "line one\nline {{ if }} two");

        var result = Render(file);

        var error = result.Diagnostics.First();
        Assert.All(result.Diagnostics, d => Assert.Equal("TPL004", d.Code));
        Assert.Equal(file, error.Location.File);
        Assert.Equal(2, error.Location.Line);
        Assert.True(error.Location.Column > 1);
        Assert.StartsWith(file + ":2:", error.Location.ToString(), StringComparison.Ordinal);
        Assert.Contains("docs/templates.md", error.Hint?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_never_closed_is_reported_with_the_template_file()
    {
        using var temp = new TempDirectory();
        var file = Template(temp.Path, "{{ for group in groups }}{{ group.name }}");

        var result = Render(file);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("TPL004", error.Code);
        Assert.Equal(file, error.Location.File);
        Assert.True(error.Location.Line >= 1);
    }

    [Fact]
    public void A_syntax_error_in_a_partial_names_the_partial()
    {
        using var temp = new TempDirectory();
        var partial = Partial(temp.Path, "broken", "ok\n{{ end }}");

        var result = Render(Template(temp.Path, "{{ include 'broken' }}"));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("TPL004", partial, 2), (error.Code, error.Location.File, error.Location.Line));
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
        var file = Template(temp.Path, "{{ period }}", "regional-ministry.md.sbn");

        var template = new TemplateCatalog().Resolve(file, ReportFormat.Html).Value!;

        Assert.Equal(ReportKind.RegionalComparison, template.Kind);
        Assert.Equal(ReportFormat.Markdown, template.Format);
    }

    [Fact]
    public void A_user_folder_holds_templates_named_like_the_shipped_ones()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("country-profile.html.sbn"), "<p>{{ country.code }}</p>");
        File.WriteAllText(temp.File("regional-comparison.md.sbn"), "{{ period }}");
        var catalog = new TemplateCatalog();

        Assert.Equal(ReportKind.CountryProfile, catalog.Resolve(temp.Path).Value!.Kind);
        var comparison = catalog.Resolve(Path.Combine(temp.Path, "regional-comparison"), ReportFormat.Markdown).Value!;
        Assert.Equal(ReportKind.RegionalComparison, comparison.Kind);
        Assert.Equal("TPL002", Assert.Single(catalog.Resolve(temp.Path, ReportFormat.Markdown).Diagnostics).Code);
    }

    /// <summary>Writes a template into a folder and gets its path.</summary>
    private static string Template(string folder, string body, string name = "country-profile.md.sbn")
    {
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, body);
        return file;
    }

    /// <summary>Writes a partial into the <c>partials</c> folder of a template folder and gets its path.</summary>
    private static string Partial(string folder, string name, string text)
    {
        var file = Path.Combine(Directory.CreateDirectory(Path.Combine(folder, "partials")).FullName, name + ".sbn");
        File.WriteAllText(file, text);
        return file;
    }

    /// <summary>Gets the limits of a render that may output at most a million characters in the given time.</summary>
    private static RenderLimits Limits(TimeSpan time) => new(int.MaxValue, 64, 1_000_000, time);

    private static System.Collections.Generic.IReadOnlyList<Coherence.Diagnostics.Diagnostic> Render(string file, TextWriter output, RenderLimits limits)
    {
        var resolved = new TemplateCatalog().Resolve(file);
        Assert.NotNull(resolved.Value);
        return new ReportRenderer(strict: false, limits).Render(resolved.Value!, TemplateRenderingTests.Model(resolved.Value!.Kind, "en"), output);
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
