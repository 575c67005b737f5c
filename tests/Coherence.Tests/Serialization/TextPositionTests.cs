using System;
using System.Linq;
using System.Text;
using Coherence.Serialization;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Serialization;

/// <summary>Lines and columns count line feeds and characters, never UTF-8 continuation bytes, from anywhere to anywhere in a text.</summary>
public class TextPositionTests
{
    private static readonly string[] Pieces = { "a", "{", " ", "\n", "\r\n", "é", "ñ", "€", "😀", "\"", "\t" };

    [Theory]
    [InlineData("", 1, 1)]
    [InlineData("abc", 1, 4)]
    [InlineData("ab\ncd", 2, 3)]
    [InlineData("línea 1\nlínea 2", 2, 8)]
    [InlineData("\n\n", 3, 1)]
    [InlineData("€😀", 1, 3)]
    public void The_position_after_a_text_counts_its_lines_and_characters(string text, int line, int column)
    {
        Assert.Equal((line, column), TextPosition.Of(Encoding.UTF8.GetBytes(text), 0, int.MaxValue));
    }

    [Fact]
    public void Moving_on_in_steps_reaches_the_place_one_walk_byte_by_byte_reaches()
    {
        var texts = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => Encoding.UTF8.GetBytes(string.Concat(p)));
        Prop.ForAll(texts.ToArbitrary(), ArbMap.Default.ArbFor<int>(), (bytes, seed) =>
        {
            var cut = bytes.Length == 0 ? 0 : (seed & int.MaxValue) % (bytes.Length + 1);
            int line = 1, column = 1;
            TextPosition.Advance(bytes.AsSpan(0, cut), ref line, ref column);
            TextPosition.Advance(bytes.AsSpan(cut), ref line, ref column);

            Assert.Equal(Walk(bytes, 0, bytes.Length), (line, column));
            Assert.Equal(Walk(bytes, cut, bytes.Length), TextPosition.Of(bytes, cut, bytes.Length + 10));
        }).QuickCheckThrowOnFailure();
    }

    // The plain walk the readers used before: a line feed starts a line, every byte that begins a character moves on a column.
    private static (int Line, int Column) Walk(byte[] bytes, int start, int end)
    {
        int line = 1, column = 1;
        foreach (var b in bytes.Skip(start).Take(end - start))
        {
            if (b == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}
