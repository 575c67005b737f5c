using System;
using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Coherence.Workbooks;

/// <summary>Reads the markup of a UTF-8 spreadsheet part straight from its bytes: tags, element names, attributes and character data.</summary>
/// <remarks>
/// <para>
/// Spreadsheet parts are machine-written XML of a few element kinds, and the reader needs little of it: where each tag
/// starts and ends, its local name, two or three attributes, and the text between tags. Every <c>&lt;</c> in a
/// well-formed part starts markup (text and attribute values escape it), so tags are found by scanning for it, with
/// quotes respected inside a tag; comments, CDATA sections and processing instructions are recognised whole. Character
/// data is decoded as an XML parser reports it: references resolved, line ends normalised.
/// </para>
/// <para>
/// What a scanner does not check is well-formedness (a misnested tag): the zip's checksums already refuse damaged
/// bytes, and every part that declares a DTD is refused before reading (<see cref="PackageCheck"/>).
/// </para>
/// </remarks>
internal static class XmlBytes
{
    /// <summary>Gets the index of the '>' that ends the markup starting at <paramref name="lt"/>, quotes and comments respected.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="length">How many bytes are read so far.</param>
    /// <param name="lt">The index of the '&lt;'.</param>
    /// <param name="complete">Whether every byte of the part is read: if not, a comment or CDATA section cut by the end waits for more.</param>
    /// <returns>The index, or -1 when the markup does not end within <paramref name="length"/>.</returns>
    [MethodImpl(HotPath.Optimized)]
    public static int TagEnd(byte[] buffer, int length, int lt, bool complete)
    {
        if (Starts(buffer, length, lt, "<!--"))
        {
            return Find(buffer, length, lt + 4, "-->", 2);
        }

        if (Starts(buffer, length, lt, "<![CDATA["))
        {
            return Find(buffer, length, lt + 9, "]]>", 2);
        }

        if (lt + 9 > length && !complete && (Prefix(buffer, length, lt, "<!--") || Prefix(buffer, length, lt, "<![CDATA[")))
        {
            return -1;
        }

        byte quote = 0;
        for (var i = lt + 1; i < length; i++)
        {
            var b = buffer[i];
            if (quote != 0)
            {
                if (b == quote)
                {
                    quote = 0;
                }
            }
            else if (b == (byte)'>')
            {
                return i;
            }
            else if (b == (byte)'"' || b == (byte)'\'')
            {
                quote = b;
            }
        }

        return -1;
    }

    /// <summary>Gets whether the bytes at <paramref name="at"/> are the ASCII <paramref name="text"/>.</summary>
    public static bool Starts(byte[] buffer, int length, int at, string text)
    {
        if (at + text.Length > length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (buffer[at + i] != (byte)text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a tag: whether it closes an element or is one that closes itself, and where its local name lies (a prefix left out).</summary>
    /// <returns><see langword="false"/> when the markup is not an element tag (a declaration, instruction, comment or CDATA section).</returns>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsElement(byte[] buffer, int lt, int gt, out bool closing, out bool selfClosing, out int nameStart, out int nameEnd)
    {
        closing = buffer[lt + 1] == (byte)'/';
        selfClosing = !closing && buffer[gt - 1] == (byte)'/';
        nameStart = closing ? lt + 2 : lt + 1;
        nameEnd = nameStart;
        if (nameStart >= gt || buffer[nameStart] is (byte)'?' or (byte)'!')
        {
            return false;
        }

        while (nameEnd < gt && buffer[nameEnd] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>'))
        {
            if (buffer[nameEnd] == (byte)':')
            {
                // The prefix (x:, or none) does not matter: spreadsheet parts use one namespace for their elements.
                nameStart = nameEnd + 1;
            }

            nameEnd++;
        }

        return true;
    }

    /// <summary>Gets whether the bytes from <paramref name="start"/> to <paramref name="end"/> are the ASCII <paramref name="name"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static bool IsName(byte[] buffer, int start, int end, string name)
    {
        if (end - start != name.Length)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            if (buffer[start + i] != (byte)name[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Finds an unprefixed attribute of a tag and where its value lies, between the quotes.</summary>
    /// <param name="buffer">The bytes.</param>
    /// <param name="from">The end of the tag's name.</param>
    /// <param name="gt">The tag's '>'.</param>
    /// <param name="name">The attribute's name.</param>
    /// <param name="start">The first byte of the value.</param>
    /// <param name="end">The byte after the value.</param>
    /// <returns>Whether the tag has the attribute.</returns>
    [MethodImpl(HotPath.Optimized)]
    public static bool Attribute(byte[] buffer, int from, int gt, string name, out int start, out int end)
    {
        start = end = 0;
        var i = from;
        while (i < gt)
        {
            while (i < gt && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            var nameStart = i;
            while (i < gt && buffer[i] is not ((byte)'=' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'/' or (byte)'>'))
            {
                i++;
            }

            var nameEnd = i;
            while (i < gt && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            if (i >= gt || buffer[i] != (byte)'=')
            {
                // A '/' of a tag that closes itself, or no attribute left.
                if (nameEnd == nameStart)
                {
                    i++;
                }

                continue;
            }

            i++;
            while (i < gt && buffer[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                i++;
            }

            if (i >= gt || buffer[i] is not ((byte)'"' or (byte)'\''))
            {
                return false;
            }

            var quote = buffer[i];
            var valueStart = ++i;
            while (i < gt && buffer[i] != quote)
            {
                i++;
            }

            if (IsName(buffer, nameStart, nameEnd, name))
            {
                start = valueStart;
                end = i;
                return true;
            }

            i++;
        }

        return false;
    }

    /// <summary>Decodes character data between two tags as an XML parser reports it: references resolved, line ends normalised.</summary>
    /// <returns>The text, or <see langword="null"/> when a reference is not one XML knows.</returns>
    public static string? Text(byte[] buffer, int from, int to)
    {
        var raw = Encoding.UTF8.GetString(buffer, from, to - from);
        if (raw.IndexOf('&') < 0)
        {
            return Normalise(raw);
        }

        var text = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '\r')
            {
                text.Append('\n');
                i += i + 1 < raw.Length && raw[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            if (c != '&')
            {
                text.Append(c);
                i++;
                continue;
            }

            var semicolon = raw.IndexOf(';', i + 1);
            if (semicolon < 0)
            {
                return null;
            }

            var name = raw.Substring(i + 1, semicolon - i - 1);
            switch (name)
            {
                case "lt": text.Append('<'); break;
                case "gt": text.Append('>'); break;
                case "amp": text.Append('&'); break;
                case "quot": text.Append('"'); break;
                case "apos": text.Append('\''); break;
                default:
                    if (name.Length < 2 || name[0] != '#' || !TryCodePoint(name, out var code))
                    {
                        return null;
                    }

                    text.Append(char.ConvertFromUtf32(code));
                    break;
            }

            i = semicolon + 1;
        }

        return text.ToString();
    }

    /// <summary>Decodes a rich or plain string (the content of an <c>si</c> or <c>is</c> element) as Excel and LibreOffice show it.</summary>
    /// <remarks>The text of its <c>t</c> elements, rich-text runs joined, phonetic runs (<c>rPh</c>) left out, and Excel's <c>_xHHHH_</c> escapes turned back into their character.</remarks>
    /// <returns>The text, or <see langword="null"/> when the item is damaged.</returns>
    [MethodImpl(HotPath.Optimized)]
    public static string? StringItem(byte[] buffer, int length, int start, int end)
    {
        string? single = null;
        StringBuilder? builder = null;
        var inText = false;
        var inPhonetic = false;
        var at = start;
        while (at < end)
        {
            var lt = Array.IndexOf(buffer, (byte)'<', at, end - at);
            var textEnd = lt < 0 ? end : lt;
            if (inText && !inPhonetic && textEnd > at)
            {
                if (Text(buffer, at, textEnd) is not { } part)
                {
                    return null;
                }

                Append(ref single, ref builder, part);
            }

            if (lt < 0)
            {
                break;
            }

            var gt = TagEnd(buffer, length, lt, complete: true);
            if (gt < 0 || gt >= end)
            {
                return null;
            }

            at = gt + 1;
            if (Starts(buffer, length, lt, "<![CDATA["))
            {
                if (inText && !inPhonetic)
                {
                    Append(ref single, ref builder, CData(buffer, lt, gt));
                }

                continue;
            }

            if (!IsElement(buffer, lt, gt, out var closing, out var selfClosing, out var nameStart, out var nameEnd))
            {
                continue;
            }

            if (IsName(buffer, nameStart, nameEnd, "t"))
            {
                inText = !closing && !selfClosing;
            }
            else if (IsName(buffer, nameStart, nameEnd, "rPh"))
            {
                inPhonetic = !closing && !selfClosing;
            }
        }

        return SharedStringIndex.Unescape(builder?.ToString() ?? single ?? string.Empty);
    }

    /// <summary>Decodes the content of a CDATA section (between <c>&lt;![CDATA[</c> at <paramref name="lt"/> and <c>]]&gt;</c> at <paramref name="gt"/>), line ends normalised.</summary>
    public static string CData(byte[] buffer, int lt, int gt) => Normalise(Encoding.UTF8.GetString(buffer, lt + 9, gt - 2 - (lt + 9)));

    /// <summary>Adds one piece of text to what is gathered: the first kept as it is, a second joined in a builder.</summary>
    public static void Append(ref string? single, ref StringBuilder? builder, string part)
    {
        if (single is null && builder is null)
        {
            single = part;
        }
        else
        {
            builder ??= new StringBuilder(single);
            builder.Append(part);
        }
    }

    /// <summary>Gets whether a part's first bytes are UTF-16 (a byte-order mark or a zero byte), which a byte scanner cannot read.</summary>
    public static bool LooksUtf16(byte[] buffer, int length) =>
        length >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF) || buffer[0] == 0 || buffer[1] == 0);

    private static int Find(byte[] buffer, int length, int from, string text, int offsetOfEnd)
    {
        for (var i = from; i + text.Length <= length; i++)
        {
            if (Starts(buffer, length, i, text))
            {
                return i + offsetOfEnd;
            }
        }

        return -1;
    }

    // Whether the bytes from at to the end of what is read could still become text.
    private static bool Prefix(byte[] buffer, int length, int at, string text)
    {
        for (var i = 0; i < text.Length && at + i < length; i++)
        {
            if (buffer[at + i] != (byte)text[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryCodePoint(string reference, out int code)
    {
        var hex = reference.Length > 2 && (reference[1] == 'x');
        var ok = hex
            ? int.TryParse(reference.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out code)
            : int.TryParse(reference.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out code);
        return ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF);
    }

    /// <summary>Normalises line ends as XML does: CR LF and a lone CR become LF.</summary>
    public static string Normalise(string text) =>
        text.IndexOf('\r') < 0 ? text : text.Replace("\r\n", "\n").Replace('\r', '\n');
}
