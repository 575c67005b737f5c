using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Coherence.Serialization;

/// <summary>The frame every result document shares (agreement, comparison, results): how it is written, its head, its timestamps and its absent figures.</summary>
/// <remarks>
/// A result document is indented UTF-8 JSON without byte-order mark, with accented letters and quotes written as
/// themselves so that people can read names and evidence. It opens with the format it follows (<c>apiVersion</c>,
/// <c>kind</c>), the tool that wrote it (<c>tool.name</c>, <c>tool.version</c>) and when (<c>generatedAt</c>, UTC, to the second).
/// Files are written through the operations' atomic writer, which hands these methods the stream of a temporary file.
/// </remarks>
internal static class ResultDocument
{
    /// <summary>The writer options of every result document.</summary>
    public static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a document to a stream, which is left open.</summary>
    /// <param name="stream">Where to write.</param>
    /// <param name="write">Writes the document.</param>
    public static void Write(Stream stream, Action<Utf8JsonWriter> write)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        write(json);
    }

    /// <summary>Writes a document to bytes.</summary>
    /// <param name="write">Writes the document.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] ToUtf8(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        Write(stream, write);
        return stream.ToArray();
    }

    /// <summary>Opens the document's object and writes its head: the format, the tool and when.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="apiVersion">The format's version (<c>coherence/v1</c>).</param>
    /// <param name="kind">The document's kind (<c>Agreement</c>).</param>
    /// <param name="toolVersion">The version of the tool that computed the results.</param>
    /// <param name="generatedAt">When they were computed.</param>
    public static void WriteHead(Utf8JsonWriter json, string apiVersion, string kind, string toolVersion, DateTimeOffset generatedAt)
    {
        json.WriteStartObject();
        json.WriteString("apiVersion", apiVersion);
        json.WriteString("kind", kind);
        json.WriteStartObject("tool");
        json.WriteString("name", "Coherence");
        json.WriteString("version", toolVersion);
        json.WriteEndObject();
        json.WriteString("generatedAt", Timestamp(generatedAt));
    }

    /// <summary>Gets an instant as documents write it: UTC, to the second (<c>2026-03-04T11:06:07Z</c>).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The text.</returns>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes a figure, or <c>null</c> when there is none.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The figure.</param>
    /// <param name="digits">How many decimals to keep, or <see langword="null"/> for the figure as it is.</param>
    public static void Number(Utf8JsonWriter json, string name, double? value, int? digits = null)
    {
        if (value is not { } number)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, digits is { } d ? Math.Round(number, d) : number);
        }
    }

    /// <summary>Writes a text, or <c>null</c> when there is none.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property name.</param>
    /// <param name="value">The text.</param>
    public static void Text(Utf8JsonWriter json, string name, string? value)
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
}
