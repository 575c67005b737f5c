using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

/// <summary>Reports of a country and period that several teams assessed: the profile says who says what, the comparison how far the teams agree.</summary>
public class WhoSaysWhatReportTests
{
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    private static ReportOperation Operation()
    {
        var catalog = new RubricCatalog();
        return new ReportOperation(new ScoreOperation(catalog, new AssessmentLoader(catalog)));
    }

    private static string[] Teams => Directory.GetFiles(Examples, "XME-2026-*.json");

    [Fact]
    public async Task The_profile_of_the_example_country_shows_government_against_civil_society()
    {
        using var dir = new TempDirectory();

        var result = await Operation().RunAsync(new ReportOptions(Teams) { Assessors = AssessorCombination.Median, Language = "en", OutputPath = dir.File("XME.md"), Template = "country-profile.md" });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = File.ReadAllText(dir.File("XME.md"));
        var section = text.Substring(text.IndexOf("## Who says what", StringComparison.Ordinal));
        Assert.Contains("| Government | Fictitious ministry of the interior |", section, StringComparison.Ordinal);
        Assert.Contains("| Civil society | Fictitious network of migrant-rights organisations |", section, StringComparison.Ordinal);
        Assert.Contains("### Largest disagreements: Government · Civil society", section, StringComparison.Ordinal);
        Assert.Contains("### Agreement per dimension", section, StringComparison.Ordinal);

        // The example's pattern: civil society rates practice lower, so most of the largest differences are on practice.
        var rows = section.Split('\n').SkipWhile(l => !l.StartsWith("### Largest", StringComparison.Ordinal)).Skip(4).TakeWhile(l => l.StartsWith('|')).ToList();
        Assert.Equal(10, rows.Count);
        Assert.True(rows.Count(r => r.Contains("| Practice |", StringComparison.Ordinal)) > rows.Count / 2, string.Join("\n", rows));
    }

    [Fact]
    public async Task A_profile_of_one_team_has_no_such_section_and_the_comparison_lists_agreement_per_country()
    {
        using var dir = new TempDirectory();

        var single = await Operation().RunAsync(new ReportOptions(new[] { Path.Combine(Examples, "XMB-2026.json") }) { Language = "en", OutputPath = dir.File("XMB.md"), Template = "country-profile.md" });
        var comparison = await Operation().RunAsync(new ReportOptions(new[] { Examples }) { Assessors = AssessorCombination.Median, Language = "es", OutputDirectory = dir.File("out"), Template = "regional-comparison.md", Period = "2026" });

        Assert.True(single.Succeeded && comparison.Succeeded, string.Join("\n", single.Diagnostics.Concat(comparison.Diagnostics)));
        Assert.DoesNotContain("Who says what", File.ReadAllText(dir.File("XMB.md")), StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(dir.File("out"), "regional-2026.md"));
        var section = text.Substring(text.IndexOf("## Acuerdo entre equipos evaluadores", StringComparison.Ordinal));
        var line = Assert.Single(section.Split('\n'), l => l.StartsWith("| País de ejemplo E", StringComparison.Ordinal));
        Assert.Contains("(XME) | Gobierno, Sociedad civil |", line, StringComparison.Ordinal);

        // The median made on the fly has no file: its inputs are the teams' files, each with its hash.
        Assert.Contains("XME-2026-government.json + XME-2026-civil-society.json", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_per_team_is_refused()
    {
        using var dir = new TempDirectory();

        var result = await Operation().RunAsync(new ReportOptions(Teams) { Assessors = AssessorCombination.ByRole, OutputDirectory = dir.File("out") });

        Assert.Equal("ASM035", Assert.Single(result.Diagnostics).Code);
    }
}
