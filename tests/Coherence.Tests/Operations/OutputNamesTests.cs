using Coherence.Model;
using Coherence.Operations;
using Xunit;

namespace Coherence.Tests.Operations;

public class OutputNamesTests
{
    [Theory]
    [InlineData("2026", "GTM-2026.json")]
    [InlineData("2025/S2", "GTM-2025-S2.json")]
    [InlineData("2025 S2", "GTM-2025-S2.json")]
    [InlineData("..\\x", "GTM-..-x.json")]
    [InlineData("año", "GTM-a-o.json")]
    public void Every_command_names_its_files_by_country_and_a_period_safe_on_every_system(string period, string expected)
    {
        Assert.Equal(expected, OutputNames.For(CountryCode.Parse("GTM"), period, ".json"));
        Assert.Equal(expected, ImportWorkbooksOperation.FileName(new Assessment(CountryCode.Parse("GTM"), period, new RubricReference("r", "1.0.0", null), System.Array.Empty<Response>())));
    }
}
