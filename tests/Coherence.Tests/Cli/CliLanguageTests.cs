using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Cli;

/// <summary>The command speaks the language of <c>--language</c>, else of the user's interface culture (<c>LANG</c>), else English.</summary>
public class CliLanguageTests
{
    private static readonly CultureInfo Mexico = CultureInfo.GetCultureInfo("es-MX");

    [Fact]
    public async Task A_spanish_interface_culture_gives_spanish_help()
    {
        var (code, output, _) = await CliRunner.RunAsync(Mexico, "--help");

        Assert.Equal(0, code);
        Assert.Contains("Calcular evaluaciones: ley, práctica, brecha y coherencia por grupo de personas migrantes.", output, StringComparison.Ordinal);
        Assert.Contains("Mostrar la versión y salir.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Score assessments", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_es_gives_spanish_help_for_a_subcommand_whatever_the_interface_culture()
    {
        var (code, output, _) = await CliRunner.RunAsync("score", "--help", "--language", "es");

        Assert.Equal(0, code);
        Assert.Contains("Archivos o carpetas de evaluaciones.", output, StringComparison.Ordinal);
        Assert.Contains("Idioma para las personas: es|en", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_en_wins_over_a_spanish_interface_culture()
    {
        var (_, output, _) = await CliRunner.RunAsync(Mexico, "score", "--help", "-l", "en");

        Assert.Contains("Score assessments: law, practice, gap and coherence per migrant group.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_rubric_is_reported_in_spanish_at_its_line_with_a_spanish_summary()
    {
        using var dir = new TempDirectory();
        var path = dir.File("bad.yaml");
        File.WriteAllText(path, TestRubrics.SmallYaml.Replace("      aggregation: weighted", "      agregation: weighted", StringComparison.Ordinal));

        var (code, _, error) = await CliRunner.RunAsync(Mexico, "rubric", "validate", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:37:7: error RUB002: la clave 'agregation' no es válida en una dimensión (¿quiso decir 'aggregation'?)", error, StringComparison.Ordinal);
        Assert.EndsWith("1 error." + Environment.NewLine, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_usage_mistake_is_explained_in_spanish()
    {
        var (code, _, error) = await CliRunner.RunAsync(Mexico, "score", "--no-such-option", "x.json");

        Assert.Equal(2, code);
        Assert.Contains("Ejecute 'coherence --help' para ver la forma de uso.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_language_is_found_before_parsing_in_every_spelling()
    {
        Assert.Equal("es", Coherence.Cli.CliApp.RequestedLanguage(new[] { "score", "-l", "es", "a.json" }));
        Assert.Equal("es", Coherence.Cli.CliApp.RequestedLanguage(new[] { "--language=es" }));
        Assert.Equal("en", Coherence.Cli.CliApp.RequestedLanguage(new[] { "report", "--language:en" }));
        Assert.Null(Coherence.Cli.CliApp.RequestedLanguage(new[] { "score", "--", "-l", "es" }));
    }

    [Fact]
    public void LANG_es_MX_makes_the_installed_command_speak_spanish()
    {
        // The real entry point, as a user runs it: the interface culture comes from LANG.
        var cli = Path.Combine(AppContext.BaseDirectory, "Coherence.Cli.dll");
        using var dir = new TempDirectory();
        var path = dir.File("bad.yaml");
        File.WriteAllText(path, TestRubrics.SmallYaml.Replace("      aggregation: weighted", "      agregation: weighted", StringComparison.Ordinal));

        var (helpCode, help, _) = Run(cli, "es_MX.UTF-8", "--help");
        var (code, _, error) = Run(cli, "es_MX.UTF-8", "rubric", "validate", path);
        var (_, english, _) = Run(cli, "en_US.UTF-8", "--help");

        Assert.Equal(0, helpCode);
        Assert.Contains("Calcular evaluaciones", help, StringComparison.Ordinal);
        Assert.Contains("Uso:", help, StringComparison.Ordinal);
        Assert.Equal(1, code);
        Assert.Contains("error RUB002: la clave 'agregation' no es válida en una dimensión", error, StringComparison.Ordinal);
        Assert.Contains("1 error.", error, StringComparison.Ordinal);
        Assert.Contains("Score assessments", english, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Error) Run(string cli, string lang, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANGUAGE", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["LANG"] = lang;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
