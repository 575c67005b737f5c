using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>The shared string table of a workbook being written: each distinct text once.</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly List<string> texts = new();

    /// <summary>Gets the index of a text, adding it when new.</summary>
    public int IndexOf(string text)
    {
        if (!indexes.TryGetValue(text, out var index))
        {
            index = texts.Count;
            texts.Add(text);
            indexes.Add(text, index);
        }

        return index;
    }

    /// <summary>Finds the index of a text already in the table, without adding it.</summary>
    public bool TryIndexOf(string text, out int index) => indexes.TryGetValue(text, out index);

    /// <summary>Builds the table part's root element.</summary>
    public SharedStringTable Build()
    {
        var table = new SharedStringTable { Count = (uint)texts.Count, UniqueCount = (uint)texts.Count };
        foreach (var text in texts)
        {
            table.Append(new SharedStringItem(TextElement(text)));
        }

        return table;
    }

    /// <summary>Writes the table into its part as it goes, with the same content as <see cref="Build"/>, without a document tree.</summary>
    public void Save(SharedStringTablePart part)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, NewLineHandling = NewLineHandling.Entitize });
        var count = texts.Count.ToString(CultureInfo.InvariantCulture);
        writer.WriteStartDocument(true);
        writer.WriteStartElement("x", "sst", Main);
        writer.WriteAttributeString("count", count);
        writer.WriteAttributeString("uniqueCount", count);
        foreach (var text in texts)
        {
            var clean = Clean(text);
            writer.WriteStartElement("x", "si", Main);
            writer.WriteStartElement("x", "t", Main);
            if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[clean.Length - 1])))
            {
                writer.WriteAttributeString("xml", "space", null, "preserve");
            }

            writer.WriteString(clean);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    /// <summary>Makes a text element that keeps leading and trailing spaces and drops characters XML cannot hold.</summary>
    public static Text TextElement(string text)
    {
        var clean = Clean(text);
        var element = new Text(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[clean.Length - 1])))
        {
            element.Space = SpaceProcessingModeValues.Preserve;
        }

        return element;
    }

    /// <summary>The most characters a spreadsheet cell holds (Excel's limit; LibreOffice cuts longer texts when it opens the file).</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Removes the characters XML 1.0 cannot hold (most control characters), and ends a text too long for a cell with a visible ellipsis.</summary>
    /// <remarks>The cut is never silent: the assessment's reader warns (<c>ASM029</c>), and JSON outputs and reports keep the text whole.</remarks>
    public static string Clean(string text)
    {
        if (text.Length > MaxCellCharacters)
        {
            var keep = MaxCellCharacters - 1;
            if (char.IsHighSurrogate(text[keep - 1]))
            {
                keep--;
            }

            text = text.Substring(0, keep) + "…";
        }

        var clean = true;
        foreach (var c in text)
        {
            if (!IsXmlChar(c))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (IsXmlChar(c) && !char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsXmlChar(char c) => c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF');
}
