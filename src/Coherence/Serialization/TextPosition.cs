using System;

namespace Coherence.Serialization;

/// <summary>Lines and columns in UTF-8 text as diagnostics give them: lines from 1, columns in characters (not bytes) from 1.</summary>
internal static class TextPosition
{
    /// <summary>Moves a line and column past some text.</summary>
    /// <param name="utf8">The text passed over.</param>
    /// <param name="line">The line, moved on by each line feed.</param>
    /// <param name="column">The column, back to 1 after a line feed and on by each character after it.</param>
    public static void Advance(ReadOnlySpan<byte> utf8, ref int line, ref int column)
    {
        var newlines = Count(utf8, (byte)'\n');
        if (newlines > 0)
        {
            line += newlines;
            column = 1 + Characters(utf8.Slice(utf8.LastIndexOf((byte)'\n') + 1));
        }
        else
        {
            column += Characters(utf8);
        }
    }

    /// <summary>Gets the line and column reached from the start of a stretch of text.</summary>
    /// <param name="utf8">The text.</param>
    /// <param name="start">Where the stretch starts (line 1, column 1).</param>
    /// <param name="end">Where it ends; past the text, the text's end.</param>
    /// <returns>The line and column at <paramref name="end"/>.</returns>
    public static (int Line, int Column) Of(byte[] utf8, int start, long end)
    {
        int line = 1, column = 1;
        var stop = (int)Math.Min(end, utf8.Length);
        if (stop > start)
        {
            Advance(new ReadOnlySpan<byte>(utf8, start, stop - start), ref line, ref column);
        }

        return (line, column);
    }

    private static int Count(ReadOnlySpan<byte> bytes, byte value)
    {
#if NET
        return System.MemoryExtensions.Count(bytes, value);
#else
        var count = 0;
        foreach (var b in bytes)
        {
            if (b == value)
            {
                count++;
            }
        }

        return count;
#endif
    }

    // Characters, not bytes: UTF-8 continuation bytes add nothing.
    private static int Characters(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
