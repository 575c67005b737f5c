using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Writes comparisons as JSON (<c>kind: Comparison</c>), documented in <c>docs/compare.md</c>.</summary>
public static class ComparisonJson
{
    /// <summary>Writes a comparison as indented UTF-8 JSON.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] ToUtf8(Comparison comparison)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", RubricReader.ApiVersion);
            json.WriteString("kind", "Comparison");
            json.WriteStartObject("tool");
            json.WriteString("name", "Coherence");
            json.WriteString("version", comparison.ToolVersion);
            json.WriteEndObject();
            json.WriteString("generatedAt", comparison.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
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
                NullableString(json, "group", row.Group);
                NullableString(json, "dimension", row.Dimension);
                json.WriteString("status", Names.Of(row.Status));
                Number(json, "law", row.Law);
                Number(json, "practice", row.Practice);
                Number(json, "netGap", row.NetGap);
                Number(json, "coherence", row.Coherence);
                json.WriteNumber("coverage", row.Coverage);
                NullableString(json, "class", row.Class is { } gapClass ? Names.Of(gapClass) : null);
                if (!row.IsReference)
                {
                    json.WriteStartObject("change");
                    Number(json, "law", row.LawChange);
                    Number(json, "practice", row.PracticeChange);
                    Number(json, "netGap", row.NetGapChange);
                    Number(json, "coherence", row.CoherenceChange);
                    json.WriteEndObject();
                    NullableString(json, "referenceClass", row.ReferenceClass is { } referenceClass ? Names.Of(referenceClass) : null);
                    json.WriteBoolean("classChanged", row.ClassChanged);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
