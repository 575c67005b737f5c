using System.IO;
using System.Linq;
using System.Text.Json;
using Coherence.Agreement;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Writes agreement as the JSON documented in <c>docs/assessors.md</c>: per set of assessments, the raters, the roll-ups, the leanings and every cell with each rater's answer.</summary>
public static class AgreementJson
{
    /// <summary>Writes an agreement run as indented UTF-8 JSON.</summary>
    /// <param name="run">The agreement.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] ToUtf8(AgreementRun run)
    {
        if (run is null)
        {
            throw new System.ArgumentNullException(nameof(run));
        }

        return ResultDocument.ToUtf8(json => Write(json, run));
    }

    /// <summary>Writes an agreement run to a stream, which is left open.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="run">The agreement.</param>
    internal static void Write(Stream stream, AgreementRun run) => ResultDocument.Write(stream, json => Write(json, run));

    private static void Write(Utf8JsonWriter json, AgreementRun run)
    {
        ResultDocument.WriteHead(json, RubricReader.ApiVersion, "Agreement", run.ToolVersion, run.GeneratedAt);
        json.WriteStartObject("bootstrap");
        json.WriteNumber("resamples", run.Settings.Resamples);
        json.WriteNumber("seed", run.Settings.Seed);
        json.WriteNumber("confidence", run.Settings.Confidence);
        json.WriteEndObject();
        json.WriteStartArray("sets");
        foreach (var set in run.Sets)
        {
            WriteSet(json, set);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSet(Utf8JsonWriter json, AssessorAgreement set)
    {
        json.WriteStartObject();
        json.WriteString("country", set.Country.Value);
        CountryNameJson.Write(json, "countryName", AgreementCsv.NameOf(set));

        json.WriteString("period", set.Period);
        json.WriteStartObject("rubric");
        json.WriteString("id", set.Rubric.Id);
        json.WriteString("version", set.Rubric.Version);
        json.WriteEndObject();
        json.WriteStartArray("raters");
        foreach (var rater in set.Raters)
        {
            json.WriteStartObject();
            json.WriteString("id", rater.Id);
            if (rater.Role is { } role)
            {
                json.WriteString("role", AssessorRoleNames.Of(role));
            }

            json.WriteString("label", rater.Label);
            if (rater.Assessment.Source is { } source)
            {
                json.WriteStartObject("source");
                json.WriteString("path", source.Path);
                json.WriteString("sha256", source.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("summaries");
        foreach (var summary in set.Summaries)
        {
            json.WriteStartObject();
            json.WriteString("scope", ScopeName(summary.Scope));
            if (summary.Key is { } key)
            {
                json.WriteString("key", key);
            }

            json.WriteNumber("cells", summary.Cells);
            json.WriteNumber("compared", summary.Compared);
            Number(json, "exactAgreement", summary.ExactAgreement);
            Number(json, "meanDifference", summary.MeanDifference);
            json.WriteString("metric", MetricName(summary.Metric));
            Number(json, "alpha", summary.Alpha.Value);
            Number(json, "alphaLower", summary.Alpha.Lower);
            Number(json, "alphaUpper", summary.Alpha.Upper);
            json.WriteNumber("pairableUnits", summary.Alpha.Units);
            Number(json, "linearKappa", summary.LinearKappa);
            Number(json, "quadraticKappa", summary.QuadraticKappa);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("leanings");
        foreach (var leaning in set.Leanings)
        {
            json.WriteStartObject();
            json.WriteString("rater", leaning.RaterId);
            json.WriteString("facet", leaning.FacetId);
            json.WriteNumber("cells", leaning.Cells);
            Number(json, "meanDeviation", leaning.MeanDeviation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("cells");
        foreach (var cell in set.Cells)
        {
            json.WriteStartObject();
            json.WriteString("indicator", cell.IndicatorId);
            json.WriteString("group", cell.GroupId);
            json.WriteString("facet", cell.FacetId);
            if (cell.DimensionId is { } dimension)
            {
                json.WriteString("dimension", dimension);
            }

            if (cell.Agrees is { } agrees)
            {
                json.WriteBoolean("agrees", agrees);
            }
            else
            {
                json.WriteNull("agrees");
            }

            Number(json, "spread", cell.Spread);
            if (cell.LevelSpread is { } levels)
            {
                json.WriteNumber("levelSpread", levels);
            }

            json.WriteStartArray("answers");
            foreach (var answer in cell.Answers)
            {
                json.WriteStartObject();
                json.WriteString("rater", answer.RaterId);
                json.WriteString("status", answer.Response is { } r ? StatusName(r.Status) : "blank");
                if (answer.Response?.Level is { } level)
                {
                    json.WriteString("level", level);
                }

                if (answer.Response?.Value is { } value)
                {
                    json.WriteNumber("value", value);
                }

                Number(json, "score", answer.Score);
                if (answer.Response?.Evidence is { } evidence)
                {
                    json.WriteString("evidence", evidence);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Gets the name of a scope as files write it (<c>dimension</c>).</summary>
    /// <param name="scope">The scope.</param>
    /// <returns>The name.</returns>
    public static string ScopeName(AgreementScope scope) => scope.ToString().ToLowerInvariant();

    /// <summary>Gets the name of a metric as files write it (<c>ordinal</c>).</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>The name.</returns>
    public static string MetricName(AlphaMetric metric) => metric.ToString().ToLowerInvariant();

    private static string StatusName(ResponseStatus status) => status switch
    {
        ResponseStatus.NotApplicable => "not-applicable",
        ResponseStatus.Unknown => "unknown",
        _ => "answered",
    };

    // Agreement figures are written to ten decimals.
    private static void Number(Utf8JsonWriter json, string name, double? value) => ResultDocument.Number(json, name, value, 10);
}
