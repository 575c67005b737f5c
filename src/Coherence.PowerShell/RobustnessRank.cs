using Coherence.Localization;
using Coherence.Model;
using Coherence.Robustness;

namespace Coherence.PowerShell;

/// <summary>One rank interval as <c>Measure-CoherenceRobustness</c> writes it: flat properties to filter, sort and export, one object per assessment overall and per migrant group.</summary>
/// <remarks>Ranks are within the assessment's period, 1 for the highest measure; a rank or score that does not exist is <see langword="null"/>, never 0.</remarks>
public sealed class RobustnessRank
{
    internal RobustnessRank(RankInterval interval, string language)
    {
        Country = interval.Country.Value;
        CountryName = CountryNames.Of(interval.Country)?.Get(language) is { Length: > 0 } name ? name : interval.CountryName?.For(language) ?? interval.Country.Value;
        Period = interval.Period;
        Group = interval.Group ?? "*";
        Units = interval.Units;
        NominalScore = interval.NominalScore;
        NominalRank = interval.NominalRank;
        MedianRank = interval.MedianRank;
        RankLow = interval.Low;
        RankHigh = interval.High;
        SameRankShare = interval.NominalRank is { } rank ? interval.RankShares[rank - 1] : null;
        UnrankedShare = interval.UnrankedShare;
        Reading = RobustnessReading.Of(interval, CountryName, Texts.For(language));
    }

    /// <summary>Gets the country's ISO 3166-1 alpha-3 code.</summary>
    public string Country { get; }

    /// <summary>Gets the country's name.</summary>
    public string CountryName { get; }

    /// <summary>Gets the period the country is ranked in.</summary>
    public string Period { get; }

    /// <summary>Gets the migrant group, or <c>*</c> for the overall score.</summary>
    public string Group { get; }

    /// <summary>Gets how many assessments share the period.</summary>
    public int Units { get; }

    /// <summary>Gets the ranked measure with the rubric's own method.</summary>
    public double? NominalScore { get; }

    /// <summary>Gets the rank with the rubric's own method.</summary>
    public int? NominalRank { get; }

    /// <summary>Gets the median rank over the draws.</summary>
    public double? MedianRank { get; }

    /// <summary>Gets the 5th percentile of the rank.</summary>
    public int? RankLow { get; }

    /// <summary>Gets the 95th percentile of the rank.</summary>
    public int? RankHigh { get; }

    /// <summary>Gets the share of draws giving the nominal rank.</summary>
    public double? SameRankShare { get; }

    /// <summary>Gets the share of draws in which the country has no score.</summary>
    public double UnrankedShare { get; }

    /// <summary>Gets the plain reading of the interval, in the language chosen.</summary>
    public string Reading { get; }
}
