using System;
using System.Collections.Generic;
using System.Text;

namespace Coherence.Workbooks;

/// <summary>The texts of a workbook that differ from one country to the next, left as marked holes while its parts are written once for a batch.</summary>
/// <remarks>
/// A hole is a function of the request (the country's code and name, the period, the assessor). Open, <see cref="Of"/>
/// returns a token (two private-use characters) that the parts carry in place of the text and
/// <see cref="WorkbookTemplate"/> fills per workbook; closed, it returns the request's own text and the parts are that
/// workbook's alone. A text measured for a row height is measured with the sample request's values, and the template
/// serves another request only when every such measure comes out the same for it.
/// </remarks>
internal sealed class WorkbookHoles
{
    /// <summary>The first character of every token.</summary>
    public const char Marker = '\uE000';

    /// <summary>The character that numbers the first hole; the next 255 number the others.</summary>
    private const char First = '\uE100';

    private const int MaxHoles = 256;

    private readonly List<Func<RubricWorkbookRequest, string>> values = new();
    private readonly List<(string Text, Func<string, double> Measure, double Result)> measurements = new();

    /// <summary>Initializes the holes of a workbook written for a sample request.</summary>
    public WorkbookHoles(RubricWorkbookRequest sample, bool open)
    {
        Sample = sample;
        Open = open;
    }

    /// <summary>Gets the request the parts are written for.</summary>
    public RubricWorkbookRequest Sample { get; }

    /// <summary>Gets whether texts that differ per country are left as holes.</summary>
    public bool Open { get; }

    /// <summary>Gets how many holes the parts carry.</summary>
    public int Count => values.Count;

    /// <summary>Gets whether a text carries a hole, and so must be written in its cell rather than shared.</summary>
    public static bool IsIn(string text) => text.IndexOf(Marker) >= 0;

    /// <summary>Gets the text of a hole for a request: its token when open, its value when closed.</summary>
    public string Of(Func<RubricWorkbookRequest, string> value)
    {
        if (!Open)
        {
            return value(Sample);
        }

        if (values.Count == MaxHoles)
        {
            throw new InvalidOperationException("A workbook has at most " + MaxHoles + " holes.");
        }

        values.Add(value);
        return new string(new[] { Marker, (char)(First + values.Count - 1) });
    }

    /// <summary>Measures a text that may carry holes as the sample request fills it, and remembers the measure.</summary>
    public double Measure(string text, Func<string, double> measure)
    {
        if (!IsIn(text))
        {
            return measure(text);
        }

        var result = measure(Resolve(text, Sample));
        measurements.Add((text, measure, result));
        return result;
    }

    /// <summary>Gets whether every text measured measures the same for another request.</summary>
    public bool MeasuresAlike(RubricWorkbookRequest request)
    {
        foreach (var (text, measure, result) in measurements)
        {
            if (measure(Resolve(text, request)) != result)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets a hole's text for a request.</summary>
    public string Fill(int hole, RubricWorkbookRequest request) => values[hole](request);

    /// <summary>Replaces every token of a text with its value for a request.</summary>
    public string Resolve(string text, RubricWorkbookRequest request)
    {
        var builder = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == Marker && i + 1 < text.Length && text[i + 1] - First is var hole && hole >= 0 && hole < values.Count)
            {
                builder.Append(values[hole](request));
                i++;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>Reads a token from UTF-8 bytes: the hole's number, or -1 when the bytes at <paramref name="at"/> are not one.</summary>
    /// <remarks>A token is six bytes: <c>EE 80 80</c> (the marker), then <c>EE 84..87 80..BF</c> (U+E100 to U+E1FF).</remarks>
    public static int TokenAt(byte[] bytes, int at, int end)
    {
        if (at + 6 > end || bytes[at] != 0xEE || bytes[at + 1] != 0x80 || bytes[at + 2] != 0x80 ||
            bytes[at + 3] != 0xEE || bytes[at + 4] < 0x84 || bytes[at + 4] > 0x87 || (bytes[at + 5] & 0xC0) != 0x80)
        {
            return -1;
        }

        return ((bytes[at + 4] - 0x84) << 6) | (bytes[at + 5] & 0x3F);
    }
}
