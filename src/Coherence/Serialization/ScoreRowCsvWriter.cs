using System;
using System.Globalization;
using System.IO;
using System.Text;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes score rows as CSV (RFC 4180): a header, then one line per row, straight to a stream.</summary>
/// <remarks>
/// Columns are <see cref="ScoreRowColumns.Names"/>. Text is UTF-8 without a byte-order mark and lines end in CR LF.
/// Numbers are invariant and round-trip exactly (format <c>R</c>); a missing value is an empty field. Fields holding a comma,
/// a quote or a line break are quoted, with quotes doubled. <c>country_name</c> is the assessment's name for the country in
/// the writer's language (<see cref="Model.CountryName.For"/>).
/// </remarks>
public sealed class ScoreRowCsvWriter : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly TextWriter writer;
    private readonly CountryNameColumn names;
    private long rows;

    /// <summary>Initializes a new instance of the <see cref="ScoreRowCsvWriter"/> class and writes the header.</summary>
    /// <param name="stream">Where to write; it is closed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the writer is disposed.</param>
    /// <param name="language">The language of <c>country_name</c> when an assessment names its country per language.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is <see langword="null"/>.</exception>
    public ScoreRowCsvWriter(Stream stream, bool leaveOpen = false, string language = "en")
    {
        names = new CountryNameColumn(language);
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen) { NewLine = "\r\n" };
        writer.Write(string.Join(",", ScoreRowColumns.Names));
        writer.Write("\r\n");
    }

    /// <summary>Gets how many rows have been written, the header not counted.</summary>
    public long Rows => rows;

    /// <summary>Writes one row.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is <see langword="null"/>.</exception>
    public void Write(ScoreRow row)
    {
        if (row is null)
        {
            throw new ArgumentNullException(nameof(row));
        }

        var score = row.Score;
        Text(row.Country.Value);
        Comma();
        Text(names.Of(row.CountryName));
        Comma();
        Text(row.Period);
        Comma();
        Text(row.RubricId);
        Comma();
        Text(row.RubricVersion);
        Comma();
        Text(row.AssessorRole is { } role ? Names.Of(role) : null);
        Comma();
        Text(row.Group);
        Comma();
        Text(row.NodeId);
        Comma();
        writer.Write(Names.Of(row.Kind));
        Comma();
        Integer(row.Depth);
        Comma();
        Text(row.DimensionId);
        Comma();
        Number(score.Law);
        Comma();
        Number(score.Practice);
        Comma();
        Number(score.NetGap);
        Comma();
        Number(score.AbsoluteGap);
        Comma();
        Number(score.Coherence);
        Comma();
        Number(score.Coverage);
        Comma();
        Number(score.LawCoverage);
        Comma();
        Number(score.PracticeCoverage);
        Comma();
        Integer(score.Answered);
        Comma();
        Integer(score.Applicable);
        Comma();
        if (row.Class is { } gapClass)
        {
            writer.Write(Names.Of(gapClass));
        }

        Comma();
        writer.Write(Names.Of(score.Status));
        Comma();
        if (score.Reason is { } reason)
        {
            writer.Write(reason.Name);
            Comma();
            Number(reason.MinimumCoverage);
        }
        else
        {
            Comma();
        }

        Comma();
        Number(score.LawAllCells);
        Comma();
        Number(score.PracticeAllCells);
        Comma();
        Integer(score.LawAnswered);
        Comma();
        Integer(score.LawApplicable);
        Comma();
        Integer(score.PracticeAnswered);
        Comma();
        Integer(score.PracticeApplicable);
        Comma();
        Text(row.Variant);
        writer.Write("\r\n");
        rows++;
    }

    /// <summary>Writes buffered text to the stream.</summary>
    public void Flush() => writer.Flush();

    /// <inheritdoc/>
    public void Dispose() => writer.Dispose();

    private static bool NeedsQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c == ',' || c == '"' || c == '\r' || c == '\n')
            {
                return true;
            }
        }

        return false;
    }

    private void Comma() => writer.Write(',');

    private void Text(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        if (!NeedsQuotes(text!))
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text!.Replace("\"", "\"\""));
        writer.Write('"');
    }

    private void Integer(int value)
    {
#if NET
        Span<char> buffer = stackalloc char[16];
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer.Slice(0, written));
#else
        writer.Write(value.ToString(CultureInfo.InvariantCulture));
#endif
    }

    private void Number(double? value)
    {
        if (value is not { } number)
        {
            return;
        }

#if NET
        Span<char> buffer = stackalloc char[32];
        number.TryFormat(buffer, out var written, "R", CultureInfo.InvariantCulture);
        writer.Write(buffer.Slice(0, written));
#else
        writer.Write(number.ToString("R", CultureInfo.InvariantCulture));
#endif
    }
}
