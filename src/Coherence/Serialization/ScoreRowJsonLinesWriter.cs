using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes score rows as JSON Lines: one JSON object per row and line, straight to a stream.</summary>
/// <remarks>
/// Each object has the fields of <see cref="ScoreRowColumns.Names"/>, in that order, always present: a missing value is
/// <c>null</c>, never an empty string. Numbers are invariant and round-trip exactly. Lines end in LF. <c>country_name</c>
/// is the assessment's name for the country in the writer's language (<see cref="Model.CountryName.For"/>).
/// </remarks>
public sealed class ScoreRowJsonLinesWriter : IDisposable
{
    private static readonly JsonEncodedText[] Fields = Encoded();
    private const int Block = 1 << 16;
    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly ByteBuffer buffer = new(Block + 4096);
    private readonly Utf8JsonWriter json;
    private readonly CountryNameColumn names;
    private long rows;

    /// <summary>Initializes a new instance of the <see cref="ScoreRowJsonLinesWriter"/> class.</summary>
    /// <param name="stream">Where to write; it is closed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the writer is disposed.</param>
    /// <param name="language">The language of <c>country_name</c> when an assessment names its country per language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public ScoreRowJsonLinesWriter(Stream stream, bool leaveOpen = false, string language = "en")
    {
        names = new CountryNameColumn(language);
        this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
        this.leaveOpen = leaveOpen;
        json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Gets how many rows have been written.</summary>
    public long Rows => rows;

    /// <summary>Writes one row as one line.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public void Write(ScoreRow row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var score = row.Score;
        var f = 0;
        json.WriteStartObject();
        json.WriteString(Fields[f++], row.Country.Value);
        Text(Fields[f++], names.Of(row.CountryName));
        json.WriteString(Fields[f++], row.Period);
        json.WriteString(Fields[f++], row.RubricId);
        json.WriteString(Fields[f++], row.RubricVersion);
        Text(Fields[f++], row.AssessorRole is { } role ? Names.Of(role) : null);
        json.WriteString(Fields[f++], row.Group);
        json.WriteString(Fields[f++], row.NodeId);
        json.WriteString(Fields[f++], Names.Of(row.Kind));
        json.WriteNumber(Fields[f++], row.Depth);
        Text(Fields[f++], row.DimensionId);
        Number(Fields[f++], score.Law);
        Number(Fields[f++], score.Practice);
        Number(Fields[f++], score.NetGap);
        Number(Fields[f++], score.AbsoluteGap);
        Number(Fields[f++], score.Coherence);
        json.WriteNumber(Fields[f++], score.Coverage);
        json.WriteNumber(Fields[f++], score.LawCoverage);
        json.WriteNumber(Fields[f++], score.PracticeCoverage);
        json.WriteNumber(Fields[f++], score.Answered);
        json.WriteNumber(Fields[f++], score.Applicable);
        Text(Fields[f++], row.Class is { } gapClass ? Names.Of(gapClass) : null);
        json.WriteString(Fields[f++], Names.Of(score.Status));
        Text(Fields[f++], score.Reason?.Name);
        Number(Fields[f++], score.Reason?.MinimumCoverage);
        Number(Fields[f++], score.LawAllCells);
        Number(Fields[f++], score.PracticeAllCells);
        json.WriteNumber(Fields[f++], score.LawAnswered);
        json.WriteNumber(Fields[f++], score.LawApplicable);
        json.WriteNumber(Fields[f++], score.PracticeAnswered);
        json.WriteNumber(Fields[f++], score.PracticeApplicable);
        Text(Fields[f], row.Variant);
        json.WriteEndObject();

        // Each row is a document of its own: end the line, start the next one afresh, and write to the stream in blocks.
        json.Flush();
        buffer.Add((byte)'\n');
        json.Reset();
        if (buffer.Count >= Block)
        {
            buffer.WriteTo(stream);
        }

        rows++;
    }

    /// <summary>Writes buffered bytes to the stream.</summary>
    public void Flush()
    {
        json.Flush();
        buffer.WriteTo(stream);
        stream.Flush();
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        json.Dispose();
        buffer.WriteTo(stream);
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private static JsonEncodedText[] Encoded()
    {
        var names = new JsonEncodedText[ScoreRowColumns.Names.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = JsonEncodedText.Encode(ScoreRowColumns.Names[i]);
        }

        return names;
    }

    private void Text(JsonEncodedText name, string? value)
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

    private void Number(JsonEncodedText name, double? value)
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
