using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes scores as the results JSON documented in <c>docs/results-json.md</c>.</summary>
public static class ResultsJson
{
    /// <summary>Writes a score run as indented UTF-8 JSON.</summary>
    /// <param name="run">The scores.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] ToUtf8(ScoreRun run)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("apiVersion", RubricReader.ApiVersion);
            json.WriteString("kind", "Results");
            json.WriteStartObject("tool");
            json.WriteString("name", "Coherence");
            json.WriteString("version", run.ToolVersion);
            json.WriteEndObject();
            json.WriteString("generatedAt", run.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            json.WriteStartArray("rubrics");
            foreach (var rubric in run.Rubrics.Values.OrderBy(r => r.Id, System.StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", rubric.Id);
                json.WriteString("version", rubric.Version);
                json.WriteString("contentHash", rubric.ContentHash);
                json.WriteStartArray("facets");
                foreach (var facet in rubric.Facets)
                {
                    json.WriteStringValue(facet.Id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("assessments");
            foreach (var score in run.Scores)
            {
                WriteScore(json, score);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteScore(Utf8JsonWriter json, AssessmentScore score)
    {
        var assessment = score.Assessment;
        json.WriteStartObject();
        json.WriteString("country", assessment.Country.Value);
        if (assessment.CountryName is not null)
        {
            json.WriteString("countryName", assessment.CountryName);
        }

        json.WriteString("period", assessment.Period);
        json.WriteStartObject("rubric");
        json.WriteString("id", assessment.Rubric.Id);
        json.WriteString("version", assessment.Rubric.Version);
        if (assessment.Rubric.ContentHash is not null)
        {
            json.WriteString("contentHash", assessment.Rubric.ContentHash);
        }

        json.WriteEndObject();
        if (assessment.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("path", source.Path);
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
        }

        json.WritePropertyName("overall");
        WriteAggregate(json, score.Overall);
        json.WritePropertyName("groups");
        WriteByGroup(json, score.Root.ByGroup);
        json.WriteStartArray("dimensions");
        foreach (var child in score.Root.Children)
        {
            WriteNode(json, child, score.Root.NodeId);
        }

        json.WriteEndArray();
        json.WriteStartArray("matrix");
        foreach (var cell in score.Matrix)
        {
            json.WriteStartObject();
            json.WriteString("group", cell.GroupId);
            json.WriteString("dimension", cell.DimensionId);
            WriteClass(json, cell.Class);
            WriteAggregateBody(json, cell.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("indicators");
        foreach (var indicator in score.Indicators)
        {
            json.WriteStartObject();
            json.WriteString("indicator", indicator.IndicatorId);
            json.WriteString("group", indicator.GroupId);
            json.WriteString("dimension", indicator.DimensionId);
            WriteClass(json, indicator.Class);
            WriteAggregateBody(json, indicator.Score);
            WriteResponse(json, "lawResponse", indicator.LawResponse);
            WriteResponse(json, "practiceResponse", indicator.PracticeResponse);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in score.Diagnostics)
        {
            WriteDiagnostic(json, diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter json, NodeScore node, string parent)
    {
        json.WriteStartObject();
        json.WriteString("id", node.NodeId);
        json.WriteString("parent", parent);
        json.WriteNumber("depth", node.Depth);
        json.WritePropertyName("overall");
        WriteAggregate(json, node.Overall);
        json.WritePropertyName("groups");
        WriteByGroup(json, node.ByGroup);
        json.WriteEndObject();
        foreach (var child in node.Children)
        {
            WriteNode(json, child, node.NodeId);
        }
    }

    private static void WriteByGroup(Utf8JsonWriter json, IReadOnlyDictionary<string, Aggregate> byGroup)
    {
        json.WriteStartObject();
        foreach (var pair in byGroup)
        {
            json.WritePropertyName(pair.Key);
            WriteAggregate(json, pair.Value);
        }

        json.WriteEndObject();
    }

    private static void WriteAggregate(Utf8JsonWriter json, Aggregate aggregate)
    {
        json.WriteStartObject();
        WriteAggregateBody(json, aggregate);
        json.WriteEndObject();
    }

    private static void WriteAggregateBody(Utf8JsonWriter json, Aggregate aggregate)
    {
        json.WriteString("status", Names.Of(aggregate.Status));
        Number(json, "law", aggregate.Law);
        Number(json, "practice", aggregate.Practice);
        Number(json, "netGap", aggregate.NetGap);
        Number(json, "absoluteGap", aggregate.AbsoluteGap);
        Number(json, "coherence", aggregate.Coherence);
        json.WriteNumber("coverage", aggregate.Coverage);
        json.WriteNumber("lawCoverage", aggregate.LawCoverage);
        json.WriteNumber("practiceCoverage", aggregate.PracticeCoverage);
        json.WriteNumber("answered", aggregate.Answered);
        json.WriteNumber("applicable", aggregate.Applicable);
        if (aggregate.Reason is { } reason)
        {
            json.WriteString("reason", reason.Name);
            if (reason.MinimumCoverage is { } minimum)
            {
                json.WriteNumber("minimumCoverage", minimum);
            }
        }
    }

    private static void WriteClass(Utf8JsonWriter json, GapClass? value)
    {
        if (value is { } gapClass)
        {
            json.WriteString("class", Names.Of(gapClass));
        }
        else
        {
            json.WriteNull("class");
        }
    }

    private static void WriteResponse(Utf8JsonWriter json, string name, Response? response)
    {
        if (response is null)
        {
            return;
        }

        json.WriteStartObject(name);
        if (response.Level is not null)
        {
            json.WriteString("level", response.Level);
        }

        if (response.Value is { } value)
        {
            json.WriteNumber("value", value);
        }

        if (response.Evidence is not null)
        {
            json.WriteString("evidence", response.Evidence);
        }

        if (response.Notes is not null)
        {
            json.WriteString("notes", response.Notes);
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", diagnostic.Message.ToString());
        json.WriteString("location", diagnostic.Location.ToString());
        if (diagnostic.Hint is not null)
        {
            json.WriteString("hint", diagnostic.Hint.ToString());
        }

        json.WriteEndObject();
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
