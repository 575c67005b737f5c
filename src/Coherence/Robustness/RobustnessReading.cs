using System.Globalization;
using Coherence.Localization;

namespace Coherence.Robustness;

/// <summary>Reads a rank interval in plain words: "in 90% of the variations, X ranks between 2nd and 4th of 5".</summary>
public static class RobustnessReading
{
    /// <summary>Gets the plain reading of a rank interval.</summary>
    /// <param name="interval">The interval.</param>
    /// <param name="name">The country's name as the reader knows it.</param>
    /// <param name="texts">The reader's language.</param>
    /// <returns>The sentence.</returns>
    public static string Of(RankInterval interval, string name, Texts texts)
    {
        if (interval.Low is not { } low || interval.High is not { } high)
        {
            return texts.Format("robustness.reading.unranked", name);
        }

        return low == high
            ? texts.Format("robustness.reading.same", name, Ordinal(low, texts), interval.Units)
            : texts.Format("robustness.reading.range", name, Ordinal(low, texts), Ordinal(high, texts), interval.Units);
    }

    /// <summary>Writes a rank as an ordinal in the reader's language: 2nd, 2.º.</summary>
    /// <param name="rank">The rank, from 1.</param>
    /// <param name="texts">The reader's language.</param>
    /// <returns>The ordinal.</returns>
    public static string Ordinal(int rank, Texts texts)
    {
        var number = rank.ToString(CultureInfo.InvariantCulture);
        if (texts.Language != "en")
        {
            return texts.Format("robustness.ordinal", number);
        }

        var lastTwo = rank % 100;
        var suffix = lastTwo is >= 11 and <= 13 ? "th" : (rank % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return number + suffix;
    }
}
