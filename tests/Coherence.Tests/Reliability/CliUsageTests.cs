using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reliability;

/// <summary>The command line when used wrong: no command, a misspelt one, a password kept out of the process list, many reports.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public async Task No_command_prints_the_help_to_the_error_stream_and_exits_as_a_usage_mistake()
    {
        var (code, output, error) = await CliRunner.RunAsync();
        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("score", error);
    }

    [Theory]
    [InlineData("scroe", "coherence score")]
    [InlineData("workbook neww", "coherence workbook new")]
    [InlineData("rubric valdate", "coherence rubric validate")]
    public async Task A_misspelt_command_gets_a_did_you_mean(string typed, string meant)
    {
        var (code, _, error) = await CliRunner.RunAsync(typed.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains($"Did you mean '{meant}'?", error);
    }

    [Fact]
    public async Task The_sheet_password_can_come_from_the_environment_instead_of_the_command_line()
    {
        using var dir = new TempDirectory();
        Environment.SetEnvironmentVariable("COHERENCE_PROTECT_PASSWORD", "s3cret");
        try
        {
            var (code, _, error) = await CliRunner.RunAsync("workbook", "new", "--rubric", "mesoamerica-coherence", "--country", "GTM", "--period", "2026", "-o", dir.File("w.xlsx"));
            Assert.Equal(0, code);
            Assert.Empty(error);
        }
        finally
        {
            Environment.SetEnvironmentVariable("COHERENCE_PROTECT_PASSWORD", null);
        }

        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(dir.File("w.xlsx"), false);
        var protections = document.WorkbookPart!.WorksheetParts.Select(p => p.Worksheet.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.SheetProtection>()).Where(p => p is not null).ToList();
        Assert.NotEmpty(protections);
        Assert.All(protections, p => Assert.True(p!.HashValue?.HasValue == true || p.Password?.HasValue == true, "a sheet is protected without the password"));
    }

    [Fact]
    public async Task Many_reports_in_a_folder_are_summed_up_in_one_line()
    {
        using var dir = new TempDirectory();
        var example = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json"));
        Directory.CreateDirectory(dir.File("in"));
        for (var year = 2030; year < 2052; year++)
        {
            File.WriteAllText(dir.File($"in/XMA-{year}.json"), example.Replace("\"period\": \"2026\"", $"\"period\": \"{year}\"", StringComparison.Ordinal));
        }

        var (code, output, error) = await CliRunner.RunAsync("report", dir.File("in"), "--out-dir", dir.File("reports"));
        Assert.True(code == 0, error);
        Assert.Equal(22, Directory.GetFiles(dir.File("reports")).Length);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("wrote 22 reports in", line);
        Assert.Contains("--verbose", line);
    }
}
