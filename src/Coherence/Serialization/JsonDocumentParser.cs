using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Coherence.Serialization;

/// <summary>Parses JSON into <see cref="DocumentNode"/>s, with the line and column of every node.</summary>
internal static class JsonDocumentParser
{
    public static DocumentNode? Parse(byte[] utf8)
    {
        var lineStarts = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var node = ReadNode(ref reader, lineStarts, utf8);
            if (reader.Read())
            {
                var (line, column) = Position(lineStarts, utf8, reader.TokenStartIndex);
                throw new DocumentParseException("more than one JSON value in the file", line, column);
            }

            return node;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message.Substring(0, cut).TrimEnd('.', ' ');
            }

            throw new DocumentParseException(message, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1);
        }
    }

    private static DocumentNode ReadNode(ref Utf8JsonReader reader, List<long> lineStarts, byte[] utf8)
    {
        var (line, column) = Position(lineStarts, utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = Position(lineStarts, utf8, reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    reader.Read();
                    var value = ReadNode(ref reader, lineStarts, utf8);
                    entries.Add(new MappingEntry(key, new ScalarNode(key, true, keyLine, keyColumn), value));
                }

                return new MappingNode(entries, line, column);
            case JsonTokenType.StartArray:
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadNode(ref reader, lineStarts, utf8));
                }

                return new SequenceNode(items, line, column);
            case JsonTokenType.String:
                return new ScalarNode(reader.GetString(), true, line, column);
            case JsonTokenType.Number:
                return new ScalarNode(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), false, line, column);
            case JsonTokenType.True:
                return new ScalarNode("true", false, line, column);
            case JsonTokenType.False:
                return new ScalarNode("false", false, line, column);
            case JsonTokenType.Null:
                return new ScalarNode(null, false, line, column);
            default:
                throw new DocumentParseException("unexpected " + reader.TokenType.ToString().ToLower(CultureInfo.InvariantCulture), line, column);
        }
    }

    private static List<long> LineStarts(byte[] utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<long> lineStarts, byte[] utf8, long offset)
    {
        var index = lineStarts.BinarySearch(offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var start = (int)lineStarts[index];
        var column = 1;
        for (var i = start; i < offset && i < utf8.Length; i++)
        {
            // Count characters, not bytes: skip UTF-8 continuation bytes.
            if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (index + 1, column);
    }
}
