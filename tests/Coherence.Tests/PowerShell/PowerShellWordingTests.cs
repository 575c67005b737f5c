using Coherence.Model;
using Coherence.PowerShell;
using Xunit;

namespace Coherence.Tests.PowerShell;

// Diagnostics rewritten whole (message, hint and location) are checked through the module in PowerShell (Coherence.Tests.ps1,
// tests/Coherence.PowerShell.Tests): here the module's netstandard2.0 build meets the core's net10.0 build, whose records differ.

public class PowerShellWordingTests
{
    [Theory]
    [InlineData("use -o <file> for one report, or --out-dir <folder> for one per country and period", "use -OutFile <file> for one report, or -OutDir <folder> for one per country and period")]
    [InlineData("pass the rubric file with --rubric", "pass the rubric file with -Rubric")]
    [InlineData("pass the rubric file with --rubric (-Rubric in PowerShell)", "pass the rubric file with -Rubric")]
    [InlineData("use --force (-Force in PowerShell) to replace it", "use -Force to replace it")]
    [InlineData("use --language es or --language en", "use -Language es or -Language en")]
    [InlineData("pick one with --period, or use --out-dir <folder> for one comparison per period", "pick one with -Period, or use -OutDir <folder> for one comparison per period")]
    [InlineData("make a workbook with 'coherence workbook new'", "make a workbook with New-CoherenceWorkbook")]
    [InlineData("make the workbook again with 'coherence workbook new --from' this file", "make the workbook again with New-CoherenceWorkbook -From with this file")]
    [InlineData("score it with the rubric it was made for (--rubric <file>), or carry its answers to a new workbook: coherence workbook new --from a.xlsx", "score it with the rubric it was made for (-Rubric <file>), or carry its answers to a new workbook: New-CoherenceWorkbook -From a.xlsx")]
    [InlineData("this is an assessment; pass it to 'coherence score'", "this is an assessment; pass it to Measure-CoherenceGap")]
    [InlineData("--country", "-Country")]
    public void Command_line_options_are_said_as_PowerShell_parameters(string cli, string powerShell)
    {
        Assert.Equal(powerShell, PowerShellWording.Say(cli));
    }

    [Fact]
    public void Every_assigned_country_code_has_a_name_in_Spanish_and_English()
    {
        Assert.Equal(CountryCode.All.Count, CountryNames.ByCode.Count);
        Assert.All(CountryCode.All, c => Assert.True(CountryNames.Of(c) is { } name && name.Has("es") && name.Has("en"), c.Value));
        Assert.Equal("México", CountryNames.Of(CountryCode.Parse("MEX"))!.Get("es"));
        Assert.Null(CountryNames.Of(CountryCode.Parse("XMA")));
    }
}
