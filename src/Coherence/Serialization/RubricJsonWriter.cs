using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Writes a rubric as JSON in the <c>coherence/v1</c> format, every default spelled out; reading it back gives the same rubric.</summary>
/// <remarks>
/// Two things are left out when they are empty or default, so that rubrics that do not use them keep the content hash they had
/// before they existed: an indicator's <c>scope</c> when it is <c>group</c>, and the metadata's <c>changelog</c> when there is none.
/// </remarks>
public static class RubricJsonWriter
{
    /// <summary>Writes a rubric as JSON.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="indented">Whether to indent for people.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Rubric rubric, bool indented = true) => Encoding.UTF8.GetString(ToUtf8(rubric, indented));

    /// <summary>Computes a rubric's content hash: the SHA-256 of its compact canonical JSON, lower-case hex.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <returns>64 hex digits.</returns>
    public static string ContentHash(Rubric rubric)
    {
        using var sha = SHA256.Create();
        return Hex.Of(sha.ComputeHash(ToUtf8(rubric, false)));
    }

    /// <summary>Writes a rubric as UTF-8 JSON.</summary>
    /// <param name="rubric">The rubric.</param>
    /// <param name="indented">Whether to indent for people.</param>
    /// <returns>The JSON bytes, without byte-order mark.</returns>
    public static byte[] ToUtf8(Rubric rubric, bool indented)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteRubric(json, rubric);
        }

        return stream.ToArray();
    }

    private static void WriteRubric(Utf8JsonWriter json, Rubric rubric)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", RubricReader.ApiVersion);
        json.WriteString("kind", "Rubric");
        json.WriteStartObject("metadata");
        json.WriteString("id", rubric.Id);
        json.WriteString("version", rubric.Version);
        json.WriteStartArray("languages");
        foreach (var language in rubric.Metadata.Languages)
        {
            json.WriteStringValue(language);
        }

        json.WriteEndArray();
        Text(json, "title", rubric.Metadata.Title);
        Text(json, "description", rubric.Metadata.Description);

        // Written only when there is one, so that the canonical form, and the content hash, of a rubric without one is unchanged.
        if (rubric.Metadata.Changelog.Count > 0)
        {
            json.WriteStartArray("changelog");
            foreach (var entry in rubric.Metadata.Changelog)
            {
                json.WriteStartObject();
                json.WriteString("version", entry.Version);
                json.WriteStartArray("changes");
                foreach (var change in entry.Changes)
                {
                    TextValue(json, change);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();

        json.WriteStartObject("spec");
        json.WriteStartArray("facets");
        foreach (var facet in rubric.Facets)
        {
            json.WriteStartObject();
            json.WriteString("id", facet.Id);
            Text(json, "name", facet.Name);
            Text(json, "description", facet.Description);
            json.WriteString("scale", facet.ScaleId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("scales");
        foreach (var scale in rubric.Scales)
        {
            WriteScale(json, scale);
        }

        json.WriteEndArray();
        json.WriteStartArray("groups");
        foreach (var group in rubric.Groups)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Id);
            Text(json, "name", group.Name);
            json.WriteNumber("weight", group.Weight);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("thresholds");
        json.WriteNumber("gap", rubric.Thresholds.Gap);
        json.WriteNumber("high", rubric.Thresholds.High);
        json.WriteEndObject();
        json.WriteString("aggregation", Name(rubric.Root.Aggregation));
        json.WriteNumber("minCoverage", rubric.Root.MinCoverage);
        json.WriteStartArray("references");
        foreach (var reference in rubric.References)
        {
            json.WriteStartObject();
            json.WriteString("id", reference.Id);
            json.WriteString("title", reference.Title);
            json.WriteString("kind", reference.Kind);
            if (reference.Url is not null)
            {
                json.WriteString("url", reference.Url);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteChildren(json, rubric, rubric.Root);

        // Written only when there are some, so that a rubric without variants keeps the content hash it always had.
        if (rubric.Variants.Count > 0)
        {
            WriteVariants(json, rubric);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteVariants(Utf8JsonWriter json, Rubric rubric)
    {
        json.WriteStartArray("variants");
        foreach (var variant in rubric.Variants)
        {
            var choices = variant.Choices;
            json.WriteStartObject();
            json.WriteString("id", variant.Id);
            Text(json, "name", variant.Name);
            Text(json, "description", variant.Description);
            if (choices.MinCoverage is { } minCoverage)
            {
                json.WriteNumber("minCoverage", minCoverage);
            }

            if (choices.Thresholds is { } thresholds)
            {
                json.WriteStartObject("thresholds");
                json.WriteNumber("gap", thresholds.Gap);
                json.WriteNumber("high", thresholds.High);
                json.WriteEndObject();
            }

            if (choices.GroupWeights.Count > 0)
            {
                json.WriteStartObject("groups");
                foreach (var group in rubric.Groups.Where(g => choices.GroupWeights.ContainsKey(g.Id)))
                {
                    json.WriteNumber(group.Id, choices.GroupWeights[group.Id]);
                }

                json.WriteEndObject();
            }

            // Nodes in rubric order (the root first), whatever the document's order.
            var nodes = new List<RubricNode> { rubric.Root };
            void Collect(Dimension dimension)
            {
                foreach (var child in dimension.Children)
                {
                    nodes.Add(child);
                    if (child is Dimension sub)
                    {
                        Collect(sub);
                    }
                }
            }

            Collect(rubric.Root);
            var named = nodes.Where(n => choices.Weights.ContainsKey(n.Id) || choices.Aggregations.ContainsKey(n.Id) || choices.MinCoverages.ContainsKey(n.Id)).ToList();
            if (named.Count > 0)
            {
                json.WriteStartObject("nodes");
                foreach (var node in named)
                {
                    json.WriteStartObject(node.Id);
                    if (choices.Weights.TryGetValue(node.Id, out var weight))
                    {
                        json.WriteNumber("weight", weight);
                    }

                    if (choices.Aggregations.TryGetValue(node.Id, out var method))
                    {
                        json.WriteString("aggregation", Name(method));
                    }

                    if (choices.MinCoverages.TryGetValue(node.Id, out var coverage))
                    {
                        json.WriteNumber("minCoverage", coverage);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteScale(Utf8JsonWriter json, Scale scale)
    {
        json.WriteStartObject();
        json.WriteString("id", scale.Id);
        json.WriteString("type", scale.Kind == ScaleKind.Ordinal ? "ordinal" : "continuous");
        json.WriteString("polarity", scale.Polarity == Polarity.HigherIsBetter ? "higher-is-better" : "lower-is-better");
        Text(json, "name", scale.Name);
        if (scale.Kind == ScaleKind.Ordinal)
        {
            json.WriteStartArray("levels");
            foreach (var level in scale.Levels)
            {
                json.WriteStartObject();
                json.WriteString("id", level.Id);
                json.WriteNumber("value", level.Value);
                Text(json, "label", level.Label);
                Text(json, "descriptor", level.Descriptor);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNumber("min", scale.Min);
            json.WriteNumber("max", scale.Max);
        }

        json.WriteEndObject();
    }

    private static void WriteChildren(Utf8JsonWriter json, Rubric rubric, Dimension dimension)
    {
        var dimensions = dimension.Children.OfType<Dimension>().ToList();
        var indicators = dimension.Children.OfType<Indicator>().ToList();
        if (dimensions.Count > 0)
        {
            json.WriteStartArray("dimensions");
            foreach (var child in dimensions)
            {
                json.WriteStartObject();
                json.WriteString("id", child.Id);
                Text(json, "name", child.Name);
                Text(json, "description", child.Description);
                json.WriteNumber("weight", child.Weight);
                json.WriteString("aggregation", Name(child.Aggregation));
                json.WriteNumber("minCoverage", child.MinCoverage);
                WriteChildren(json, rubric, child);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (indicators.Count > 0)
        {
            json.WriteStartArray("indicators");
            foreach (var indicator in indicators)
            {
                WriteIndicator(json, rubric, indicator);
            }

            json.WriteEndArray();
        }
    }

    private static void WriteIndicator(Utf8JsonWriter json, Rubric rubric, Indicator indicator)
    {
        json.WriteStartObject();
        json.WriteString("id", indicator.Id);
        Text(json, "name", indicator.Name);
        json.WriteNumber("weight", indicator.Weight);

        // The one default left out: a rubric that does not use scopes keeps the canonical form, and content hash, it had before scopes existed.
        if (indicator.Scope == IndicatorScope.Country)
        {
            json.WriteString("scope", "country");
        }

        json.WriteStartArray("groups");
        foreach (var group in indicator.Groups)
        {
            json.WriteStringValue(group);
        }

        json.WriteEndArray();
        json.WriteStartObject("facets");
        foreach (var facet in indicator.Facets)
        {
            json.WriteStartObject(facet.FacetId);
            Text(json, "question", facet.Question);
            json.WriteString("scale", facet.ScaleId);
            if (rubric.FindScale(facet.ScaleId)?.Kind == ScaleKind.Ordinal)
            {
                json.WriteStartObject("levels");
                foreach (var pair in facet.LevelDescriptors)
                {
                    Text(json, pair.Key, pair.Value);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        Text(json, "evidence", indicator.Evidence);
        json.WriteStartArray("references");
        foreach (var reference in indicator.References)
        {
            json.WriteStringValue(reference);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string name, LocalizedText text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        json.WritePropertyName(name);
        TextValue(json, text);
    }

    private static void TextValue(Utf8JsonWriter json, LocalizedText text)
    {
        json.WriteStartObject();
        foreach (var pair in text.Translations)
        {
            json.WriteString(pair.Key, pair.Value);
        }

        json.WriteEndObject();
    }

    private static string Name(AggregationMethod method) => method switch
    {
        AggregationMethod.Weighted => "weighted",
        AggregationMethod.Geometric => "geometric",
        _ => "arithmetic",
    };
}
