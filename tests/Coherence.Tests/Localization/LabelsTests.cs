using Coherence.Localization;
using Coherence.Scoring;
using Xunit;

namespace Coherence.Tests.Localization;

public class LabelsTests
{
    [Theory]
    [InlineData("es", "cobertura de 33 %, por debajo del mínimo de 50 %")]
    [InlineData("en", "coverage 33% below the minimum 50%")]
    public void Insufficient_coverage_is_explained_in_the_reader_s_language(string language, string expected)
    {
        var score = new Aggregate(ScoreStatus.InsufficientData, null, null, null, null, 1.0 / 3, 1, 3, new ScoreReason(ScoreReasonCode.CoverageBelowMinimum, 1.0 / 3, 0.5));

        Assert.Equal(expected, new Labels(language).Reason(score, 0.5));
    }

    [Fact]
    public void A_scored_aggregate_needs_no_reason_and_an_empty_one_says_no_data()
    {
        var labels = new Labels("es");

        Assert.Null(labels.Reason(new Aggregate(ScoreStatus.Scored, 50, 50, 0, 0, 1, 1, 1), 0.5));
        Assert.Equal("sin datos", labels.Reason(new Aggregate(ScoreStatus.InsufficientData, null, null, null, null, 0, 0, 3), 0.5));
    }

    [Fact]
    public void Numbers_follow_the_reader_s_language_and_an_unknown_language_falls_back_to_english()
    {
        Assert.Equal("75%", new Labels("en").Percent(0.75));
        Assert.Equal("75 %", new Labels("es").Percent(0.75));
        Assert.Equal("en", new Labels("fr").Language);
        Assert.Equal("–", new Labels("es").Score(null));
    }
}
