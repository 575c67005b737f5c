using System.Text;
using Coherence.Localization;

namespace Coherence.Serialization;

/// <summary>Refuses document bytes that are not UTF-8 text, at the line and column of the first bad byte, before any parser sees them.</summary>
/// <remarks>
/// Decoding leniently would put U+FFFD into the text and change what a rubric says (and its content hash) without a word;
/// a parser given such bytes throws instead of reporting. UTF-16 and UTF-32, with or without a byte-order mark, are named as such.
/// </remarks>
internal static class TextEncodingCheck
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Throws a located <see cref="DocumentParseException"/> unless the bytes from <paramref name="start"/> are UTF-8 text without NUL characters.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="start">Where the text starts (after a UTF-8 byte-order mark).</param>
    /// <param name="length">How many bytes are the document's.</param>
    public static void Check(byte[] bytes, int start, int length)
    {
        if (LooksWide(bytes, length))
        {
            throw new DocumentParseException(Phrase.Of("parse.utf16"), 1, 1);
        }

        try
        {
            StrictUtf8.GetCharCount(bytes, start, length - start);
        }
        catch (DecoderFallbackException e)
        {
            var at = start + System.Math.Max(0, e.Index);
            var (line, column) = TextPosition.Of(bytes, start, at);
            var bad = at < length ? bytes[at].ToString("X2", System.Globalization.CultureInfo.InvariantCulture) : "?";
            throw new DocumentParseException(Phrase.Of("parse.invalid-utf8", bad), line, column);
        }

        var nul = System.Array.IndexOf(bytes, (byte)0, start, length - start);
        if (nul >= 0)
        {
            var (line, column) = TextPosition.Of(bytes, start, nul);
            throw new DocumentParseException(Phrase.Of("parse.nul"), line, column);
        }
    }

    /// <summary>Gets whether the bytes begin as UTF-16 or UTF-32 text: a byte-order mark, or NUL bytes beside the first characters.</summary>
    /// <param name="bytes">The document.</param>
    /// <param name="length">How many bytes are the document's.</param>
    /// <returns><see langword="true"/> when they do.</returns>
    public static bool LooksWide(byte[] bytes, int length)
    {
        if (length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return true;
        }

        // Text starts with ASCII ('{', '#', a letter, a quote): in UTF-16 one of its first two bytes is NUL.
        return length >= 4 && ((bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0)) && (bytes[2] == 0 || bytes[3] == 0);
    }
}
