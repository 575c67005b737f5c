using Coherence.Model;
using Xunit;

namespace Coherence.Tests.Model;

public class CountryCodeTests
{
    [Theory]
    [InlineData("MEX", "MEX")]
    [InlineData("gtm", "GTM")]
    [InlineData(" slv ", "SLV")]
    [InlineData("XMA", "XMA")]
    [InlineData("QZZ", "QZZ")]
    [InlineData("AAB", "AAB")]
    [InlineData("ZZZ", "ZZZ")]
    public void Assigned_and_user_assigned_codes_are_accepted_in_any_case(string text, string expected)
    {
        Assert.True(CountryCode.TryParse(text, out var code));
        Assert.Equal(expected, code.Value);
    }

    [Theory]
    [InlineData("MX")]
    [InlineData("MEXI")]
    [InlineData("ABC")]
    [InlineData("QAA")]
    [InlineData("M3X")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? text)
    {
        Assert.False(CountryCode.TryParse(text, out _));
    }

    [Fact]
    public void Only_the_user_assigned_ranges_say_so()
    {
        Assert.True(CountryCode.Parse("XMA").IsUserAssigned);
        Assert.False(CountryCode.Parse("HND").IsUserAssigned);
    }
}
