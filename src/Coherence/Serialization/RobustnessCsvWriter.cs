using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Coherence.Model;
using Coherence.Robustness;

namespace Coherence.Serialization;

/// <summary>Writes a robustness result as one tidy CSV: a row per subject and statistic (rank statistics, class probabilities, sensitivity indices), as pandas and R read it.</summary>
/// <remarks>Columns: <c>table, country, country_name, period, group, dimension, factor, target, statistic, value, low, high</c>. Empty fields are missing values.</remarks>
internal static class RobustnessCsvWriter
{
    public const string Header = "table,country,country_name,period,group,dimension,factor,target,statistic,value,low,high";

    public static void Write(Stream stream, RobustnessResult result, string language = "en")
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(Header);

        // Classes and sensitivity rows name the country as its rank rows do, with the assessment's own name for a user code.
        var given = new Dictionary<(CountryCode, string), CountryName>();
        foreach (var rank in result.Ranks)
        {
            if (rank.CountryName is { } assessmentName)
            {
                given[(rank.Country, rank.Period)] = assessmentName;
            }
        }

        string NameOf(CountryCode country, string period) =>
            RobustnessJsonWriter.NameOf(country, given.TryGetValue((country, period), out var n) ? n : null, language);

        foreach (var row in result.Ranks)
        {
            var name = RobustnessJsonWriter.NameOf(row.Country, row.CountryName, language);
            var group = row.Group ?? "*";
            void Rank(string statistic, double? value, double? low = null, double? high = null) =>
                Line(writer, "rank", row.Country.Value, name, row.Period, group, null, null, RobustnessJsonWriter.MeasureName(result.Measure), statistic, value, low, high);
            Rank("nominal_score", row.NominalScore);
            Rank("nominal_rank", row.NominalRank);
            Rank("median_rank", row.MedianRank, row.Low, row.High);
            for (var r = 0; r < row.RankShares.Count; r++)
            {
                Rank("share_rank_" + (r + 1).ToString(CultureInfo.InvariantCulture), row.RankShares[r]);
            }

            Rank("share_unranked", row.UnrankedShare);
        }

        foreach (var row in result.Classes)
        {
            foreach (var gapClass in RobustnessJsonWriter.Classes)
            {
                Line(writer, "class", row.Country.Value, NameOf(row.Country, row.Period), row.Period, row.Group, row.Dimension, null, null, "probability_" + Names.Of(gapClass), row.Of(gapClass), null, null);
            }
        }

        foreach (var row in result.Sensitivity)
        {
            var name = NameOf(row.Country, row.Period);
            Line(writer, "sensitivity", row.Country.Value, name, row.Period, "*", null, row.Factor, row.Target, "first_order", row.Index.FirstOrder, row.Index.FirstOrderLow, row.Index.FirstOrderHigh);
            Line(writer, "sensitivity", row.Country.Value, name, row.Period, "*", null, row.Factor, row.Target, "total_order", row.Index.TotalOrder, row.Index.TotalOrderLow, row.Index.TotalOrderHigh);
        }
    }

    private static void Line(StreamWriter writer, string table, string country, string name, string period, string group, string? dimension, string? factor, string? target, string statistic, double? value, double? low, double? high)
    {
        writer.Write(table);
        writer.Write(',');
        writer.Write(country);
        writer.Write(',');
        writer.Write(Quote(name));
        writer.Write(',');
        writer.Write(Quote(period));
        writer.Write(',');
        writer.Write(group);
        writer.Write(',');
        writer.Write(dimension);
        writer.Write(',');
        writer.Write(factor is null ? null : Quote(factor));
        writer.Write(',');
        writer.Write(target);
        writer.Write(',');
        writer.Write(statistic);
        writer.Write(',');
        writer.Write(Number(value));
        writer.Write(',');
        writer.Write(Number(low));
        writer.Write(',');
        writer.Write(Number(high));
        writer.Write('\n');
    }

    private static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Quote(string text) =>
        text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
