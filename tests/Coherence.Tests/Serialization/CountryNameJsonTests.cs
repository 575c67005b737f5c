using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Serialization;
using Xunit;

namespace Coherence.Tests.Serialization;

/// <summary><c>countryName</c> is a plain name or a map of language tags to names; both readers take exactly these, the writer keeps the shape, and anything else is located.</summary>
public class CountryNameJsonTests
{
    private static string File(string countryName) =>
        "{\n  \"apiVersion\": \"coherence/v1\",\n  \"kind\": \"Assessment\",\n  \"country\": \"XMA\",\n  \"countryName\": " + countryName
        + ",\n  \"period\": \"2026\",\n  \"rubric\": { \"id\": \"small\", \"version\": \"1.2.0\" },\n  \"responses\": []\n}";

    [Theory]
    [InlineData("\"Xmalandia\"")]
    [InlineData("{ \"es\": \"País de ejemplo A (ficticio)\", \"en\": \"Example country A (fictitious)\" }")]
    [InlineData("{ \"en\": \"Example country A\", \"es-GT\": \"País A\", \"es\": \"País de ejemplo A\" }")]
    public void Both_readers_read_a_name_alike_and_the_writer_keeps_its_shape_and_order(string countryName)
    {
        var bytes = Encoding.UTF8.GetBytes(File(countryName));

        var full = AssessmentJson.ReadFully(bytes, "a.json");
        var quick = AssessmentJsonFastPath.TryRead(bytes, "a.json");

        Assert.True(full.IsSuccess, string.Join("\n", full.Diagnostics));
        Assert.NotNull(quick);
        Assert.Equal(full.Value!.CountryName, quick!.CountryName);
        var written = AssessmentJson.ToUtf8(full.Value);
        var again = AssessmentJson.Read(written, "b.json").Value!;
        Assert.Equal(full.Value.CountryName, again.CountryName);
        Assert.Equal(Encoding.UTF8.GetString(written), AssessmentJson.Write(again));
        var text = Encoding.UTF8.GetString(written);
        Assert.Equal(countryName.StartsWith('{'), text.Contains("\"countryName\": {", System.StringComparison.Ordinal));
        if (full.Value.CountryName!.Neutral is null)
        {
            var tags = full.Value.CountryName.ByLanguage.Select(p => p.Key).ToList();
            Assert.True(tags.Select(t => text.IndexOf("\"" + t + "\":", System.StringComparison.Ordinal)).SequenceEqual(tags.Select(t => text.IndexOf("\"" + t + "\":", System.StringComparison.Ordinal)).OrderBy(i => i)));
        }
    }

    [Theory]
    [InlineData("42", "ASM060", 5, 18)]
    [InlineData("true", "ASM060", 5, 18)]
    [InlineData("null", "ASM060", 5, 18)]
    [InlineData("[\"Xmalandia\"]", "ASM060", 5, 18)]
    [InlineData("\" \"", "ASM061", 5, 18)]
    [InlineData("{}", "ASM061", 5, 18)]
    [InlineData("{ \"es\": 3 }", "ASM060", 5, 26)]
    [InlineData("{ \"es\": \"\" }", "ASM061", 5, 26)]
    [InlineData("{ \"spanish\": \"País A\" }", "ASM062", 5, 20)]
    [InlineData("{ \"es\": \"País A\", \"ES\": \"País B\" }", "ASM062", 5, 36)]
    public void A_name_of_another_shape_is_located_with_a_hint_and_the_quick_reader_leaves_it_to_the_full_one(string countryName, string code, int line, int column)
    {
        var bytes = Encoding.UTF8.GetBytes(File(countryName));

        Assert.Null(AssessmentJsonFastPath.TryRead(bytes, "a.json"));
        var result = AssessmentJson.Read(bytes, "a.json");

        Assert.False(result.IsSuccess);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(("a.json", line, column), (d.Location.File, d.Location.Line, d.Location.Column));
        Assert.NotNull(d.Hint);
    }

    [Fact]
    public void A_number_says_what_was_expected_in_Spanish_and_in_English()
    {
        var d = Assert.Single(AssessmentJson.Read(Encoding.UTF8.GetBytes(File("42")), "a.json").Diagnostics);

        Assert.Equal("a.json:5:18: error ASM060: 'countryName' must be a name, or names per language, not a single value (write \"countryName\": \"Republic of Example\", or one name per language: \"countryName\": {\"es\": \"País de ejemplo A (ficticio)\", \"en\": \"Example country A (fictitious)\"})", d.ToString());
        Assert.StartsWith("a.json:5:18: error ASM060: 'countryName' debe ser un nombre, o un nombre por idioma, no un valor simple", d.ToString(Coherence.Localization.Texts.For("es")), System.StringComparison.Ordinal);
    }
}
