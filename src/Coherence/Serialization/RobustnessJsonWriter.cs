using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Robustness;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes a robustness result as JSON (<c>kind: RobustnessResult</c>): rank intervals with their plain readings in every language, class probabilities, sensitivity indices.</summary>
internal static class RobustnessJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(Stream stream, RobustnessResult result)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("apiVersion", "coherence/v1");
        json.WriteString("kind", "RobustnessResult");
        json.WriteString("generatedAt", result.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        json.WriteString("toolVersion", result.ToolVersion);
        json.WriteStartObject("rubric");
        json.WriteString("id", result.Rubric.Id);
        json.WriteString("version", result.Rubric.Version);
        json.WriteEndObject();
        json.WriteString("rankedOn", MeasureName(result.Measure));
        json.WriteString("seed", result.Seed.ToString(CultureInfo.InvariantCulture));
        json.WriteNumber("draws", result.Draws);
        json.WriteNumber("baseSamples", result.BaseSamples);
        json.WriteNumber("confidence", result.Confidence);
        json.WriteStartArray("factors");
        foreach (var factor in result.Factors)
        {
            json.WriteStartObject();
            json.WriteString("id", factor.Id);
            json.WriteString("kind", KindName(factor.Kind));
            if (factor.Alternatives.Count > 0)
            {
                json.WriteStartArray("alternatives");
                foreach (var alternative in factor.Alternatives)
                {
                    json.WriteStringValue(alternative);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ranks");
        foreach (var row in result.Ranks)
        {
            json.WriteStartObject();
            json.WriteString("country", row.Country.Value);
            CountryNameJson.Write(json, "countryName", row.CountryName, nullWhenNone: true);
            json.WriteString("period", row.Period);
            json.WriteString("group", row.Group ?? "*");
            json.WriteNumber("units", row.Units);
            Number(json, "nominalScore", row.NominalScore);
            Number(json, "nominalRank", row.NominalRank);
            Number(json, "medianRank", row.MedianRank);
            Number(json, "rankLow", row.Low);
            Number(json, "rankHigh", row.High);
            json.WriteStartArray("rankShares");
            foreach (var share in row.RankShares)
            {
                json.WriteNumberValue(share);
            }

            json.WriteEndArray();
            json.WriteNumber("unrankedShare", row.UnrankedShare);
            if (row.Group is null)
            {
                json.WriteStartObject("reading");
                foreach (var language in Texts.Supported)
                {
                    var texts = Texts.For(language);
                    json.WriteString(language, RobustnessReading.Of(row, NameOf(row.Country, row.CountryName, language), texts));
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("classes");
        foreach (var row in result.Classes)
        {
            json.WriteStartObject();
            json.WriteString("country", row.Country.Value);
            json.WriteString("period", row.Period);
            json.WriteString("group", row.Group);
            json.WriteString("dimension", row.Dimension);
            if (row.NominalClass is { } nominal)
            {
                json.WriteString("nominalClass", Names.Of(nominal));
            }
            else
            {
                json.WriteNull("nominalClass");
            }

            json.WriteStartObject("probability");
            foreach (var gapClass in Classes)
            {
                json.WriteNumber(Names.Of(gapClass), row.Of(gapClass));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("sensitivity");
        foreach (var row in result.Sensitivity)
        {
            json.WriteStartObject();
            json.WriteString("country", row.Country.Value);
            json.WriteString("period", row.Period);
            json.WriteString("factor", row.Factor);
            json.WriteString("target", row.Target);
            Number(json, "firstOrder", row.Index.FirstOrder);
            Number(json, "firstOrderLow", row.Index.FirstOrderLow);
            Number(json, "firstOrderHigh", row.Index.FirstOrderHigh);
            Number(json, "totalOrder", row.Index.TotalOrder);
            Number(json, "totalOrderLow", row.Index.TotalOrderLow);
            Number(json, "totalOrderHigh", row.Index.TotalOrderHigh);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Gets the classes in the order outputs list them.</summary>
    public static IReadOnlyList<GapClass> Classes { get; } = new[] { GapClass.ImplementationGap, GapClass.PracticeAheadOfLaw, GapClass.CoherentHigh, GapClass.CoherentLow, GapClass.InsufficientData };

    /// <summary>Gets a country's name for people: the bundled table's, else the assessment's, else its code.</summary>
    public static string NameOf(CountryCode country, CountryName? assessmentName, string language) =>
        CountryNames.Of(country)?.Get(language) is { Length: > 0 } name ? name : assessmentName?.For(language) ?? country.Value;

    public static string MeasureName(RankMeasure measure) => measure switch
    {
        RankMeasure.Law => "law",
        RankMeasure.Practice => "practice",
        _ => "level",
    };

    public static string KindName(FactorKind kind) => kind switch
    {
        FactorKind.WeightsPerturbation => "weights-perturbation",
        FactorKind.WeightsDirichlet => "weights-dirichlet",
        FactorKind.Aggregation => "aggregation",
        FactorKind.GapThreshold => "gap-threshold",
        FactorKind.HighThreshold => "high-threshold",
        FactorKind.MinCoverage => "min-coverage",
        FactorKind.LevelValues => "level-values",
        FactorKind.LeaveOneOut => "leave-one-out",
        _ => "variant",
    };

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
