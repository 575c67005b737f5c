using System.IO;
using System.Text.Json;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Writes comparisons as JSON (<c>kind: Comparison</c>), documented in <c>docs/compare.md</c>.</summary>
public static class ComparisonJson
{
    /// <summary>Writes a comparison as indented UTF-8 JSON.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] ToUtf8(Comparison comparison) => ResultDocument.ToUtf8(json => Write(json, comparison));

    /// <summary>Writes a comparison to a stream, which is left open.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="comparison">The comparison.</param>
    internal static void Write(Stream stream, Comparison comparison) => ResultDocument.Write(stream, json => Write(json, comparison));

    private static void Write(Utf8JsonWriter json, Comparison comparison)
    {
        ResultDocument.WriteHead(json, RubricReader.ApiVersion, "Comparison", comparison.ToolVersion, comparison.GeneratedAt);
        json.WriteStartObject("rubric");
        json.WriteString("id", comparison.Rubric.Id);
        json.WriteString("version", comparison.Rubric.Version);
        json.WriteString("contentHash", comparison.Rubric.ContentHash);
        json.WriteEndObject();
        json.WriteString("reference", comparison.Reference);
        json.WriteStartArray("assessments");
        foreach (var key in comparison.Assessments)
        {
            json.WriteStringValue(key);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in comparison.Rows)
        {
            json.WriteStartObject();
            json.WriteString("country", row.Country.Value);
            json.WriteString("period", row.Period);
            ResultDocument.Text(json, "group", row.Group);
            ResultDocument.Text(json, "dimension", row.Dimension);
            json.WriteString("status", Names.Of(row.Status));
            ResultDocument.Number(json, "law", row.Law);
            ResultDocument.Number(json, "practice", row.Practice);
            ResultDocument.Number(json, "netGap", row.NetGap);
            ResultDocument.Number(json, "coherence", row.Coherence);
            json.WriteNumber("coverage", row.Coverage);
            ResultDocument.Text(json, "class", row.Class is { } gapClass ? Names.Of(gapClass) : null);
            if (!row.IsReference)
            {
                json.WriteStartObject("change");
                ResultDocument.Number(json, "law", row.LawChange);
                ResultDocument.Number(json, "practice", row.PracticeChange);
                ResultDocument.Number(json, "netGap", row.NetGapChange);
                ResultDocument.Number(json, "coherence", row.CoherenceChange);
                json.WriteEndObject();
                ResultDocument.Text(json, "referenceClass", row.ReferenceClass is { } referenceClass ? Names.Of(referenceClass) : null);
                json.WriteBoolean("classChanged", row.ClassChanged);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
