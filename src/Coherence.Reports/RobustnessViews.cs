using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Localization;
using Coherence.Robustness;
using Coherence.Serialization;

namespace Coherence.Reports;

/// <summary>Turns the overall rank intervals of a saved robustness result into the <see cref="RobustnessView"/> of one regional comparison.</summary>
internal static class RobustnessViews
{
    /// <summary>Builds the view for a period, naming countries as the comparison does.</summary>
    /// <param name="summary">The robustness result.</param>
    /// <param name="model">The comparison.</param>
    /// <param name="language">The report's language.</param>
    /// <returns>The view; its intervals are those of the result's countries that the comparison holds.</returns>
    public static RobustnessView Build(RobustnessSummary summary, RegionalComparisonModel model, string language)
    {
        var texts = Texts.For(language);
        var countries = model.Countries.ToDictionary(c => c.Country.Code, c => c.Country, StringComparer.Ordinal);
        var intervals = Overall(summary, model.Period)
            .Where(r => countries.ContainsKey(r.Country.Value))
            .Select(r =>
            {
                var country = countries[r.Country.Value];
                return new RankIntervalView(country, r.NominalRank, r.MedianRank, r.Low, r.High, r.Units, r.UnrankedShare, RobustnessReading.Of(r, country.Name, texts));
            })
            .OrderBy(v => v.Nominal ?? int.MaxValue)
            .ThenBy(v => v.Median ?? double.MaxValue)
            .ThenBy(v => v.Country.Name, StringComparer.Ordinal)
            .ToList();
        return new RobustnessView(Path.GetFileName(summary.Path), summary.Draws, summary.Seed.ToString(CultureInfo.InvariantCulture), intervals);
    }

    /// <summary>Gets the overall intervals of one period.</summary>
    /// <param name="summary">The robustness result.</param>
    /// <param name="period">The period.</param>
    /// <returns>The intervals, in the result's order.</returns>
    public static IEnumerable<RankInterval> Overall(RobustnessSummary summary, string period) =>
        summary.Ranks.Where(r => r.Group is null && string.Equals(r.Period, period, StringComparison.Ordinal));
}
