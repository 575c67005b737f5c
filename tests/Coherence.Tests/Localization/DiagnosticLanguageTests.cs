using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Localization;

/// <summary>Diagnostics are data (a code, a location, a message key with its arguments) put into words in the reader's language.</summary>
public class DiagnosticLanguageTests
{
    private static readonly CultureInfo Guatemala = CultureInfo.GetCultureInfo("es-GT");

    [Fact]
    public void A_diagnostic_keeps_its_message_as_a_key_and_the_user_s_words_as_given()
    {
        var error = Misspelt().Diagnostics.Single(d => d.Code == "RUB002");

        Assert.Equal("doc.unknown-key", error.Message.Key);
        Assert.Equal("agregation", error.Message.Arguments[0]);
        Assert.Equal("hint.did-you-mean", error.Hint!.Key);
        Assert.Equal("aggregation", error.Hint.Arguments[0]);
    }

    [Fact]
    public void A_diagnostic_is_english_by_default_and_spanish_for_a_spanish_reader()
    {
        var error = Misspelt().Diagnostics.Single(d => d.Code == "RUB002");

        Assert.Equal("rubric.yaml:37:7: error RUB002: unknown key 'agregation' in a dimension (did you mean 'aggregation'?)", error.ToString());
        Assert.Equal("rubric.yaml:37:7: error RUB002: la clave 'agregation' no es válida en una dimensión (¿quiso decir 'aggregation'?)", error.ToString(Guatemala));
        Assert.Equal(error.ToString(), error.ToString(CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void A_warning_says_so_in_spanish()
    {
        var warning = Diagnostic.Warning("TAB035", Phrase.Of("diag.TAB035", "zz"), new SourceLocation("tabla.csv"), DidYouMean.Hint("zz", new[] { "MEX", "GTM" }));

        Assert.Equal("tabla.csv: advertencia TAB035: --skip-unit 'zz' no coincide con ninguna fila (se esperaba uno de: MEX, GTM)", warning.ToString(Texts.For("es")));
    }

    [Fact]
    public void Numbers_in_a_message_are_written_for_the_reader()
    {
        var error = Diagnostic.Error("TAB005", Phrase.Of("diag.TAB005", 1234, 3, 4), SourceLocation.None);

        Assert.Equal("error TAB005: row 1234 has 3 cells, the header 4; the missing cells are read as empty", error.ToString());
        Assert.Contains("la fila 1234 tiene 3 celdas", error.ToString(Guatemala), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_of_a_broken_rubric_reads_in_spanish_without_english_left()
    {
        var yaml = TestRubrics.SmallYaml
            .Replace("version: 1.2.0", "version: uno", System.StringComparison.Ordinal)
            .Replace("      aggregation: weighted", "      agregation: weighted", System.StringComparison.Ordinal);
        var result = RubricReader.Read(yaml, "rubric.yaml");

        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d =>
        {
            var text = d.ToString(Guatemala);
            Assert.DoesNotContain(" is ", text, System.StringComparison.Ordinal);
            Assert.DoesNotContain("did you mean", text, System.StringComparison.Ordinal);
        });
    }

    private static Result<Coherence.Model.Rubric> Misspelt() =>
        RubricReader.Read(TestRubrics.SmallYaml.Replace("      aggregation: weighted", "      agregation: weighted", System.StringComparison.Ordinal), "rubric.yaml");
}
