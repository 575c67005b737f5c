using Coherence.Reports;
using Xunit;

namespace Coherence.Tests.Reports;

public class MarkdownTextEncoderTests
{
    [Theory]
    [InlineData("plain text, 41.7 % and 2026", "plain text, 41.7 % and 2026")]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("*bold* _it_ `code` ~~gone~~", @"\*bold\* \_it\_ \`code\` \~\~gone\~\~")]
    [InlineData("[a](b)", @"\[a\](b)")]
    [InlineData("a | b", @"a \| b")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("# title", @"\# title")]
    [InlineData("## title", @"\## title")]
    [InlineData("#hashtag", "#hashtag")]
    [InlineData("- item", @"\- item")]
    [InlineData("---", @"\---")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("+16.7", "+16.7")]
    [InlineData("2026. A year", @"2026\. A year")]
    [InlineData("1) first", @"1\) first")]
    [InlineData("= underline", @"\= underline")]
    [InlineData("a - b # c", "a - b # c")]
    [InlineData("line one\nline two\r\nthree", "line one line two three")]
    [InlineData("one\n# two", "one # two")]
    public void User_text_is_escaped_so_that_Markdown_shows_it_as_written(string text, string expected)
    {
        Assert.Equal(expected, MarkdownTextEncoder.Escape(text));
    }
}
