using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Coherence.Localization;

namespace Coherence.Serialization;

/// <summary>Parses JSON into <see cref="DocumentNode"/>s, with the line and column of every node.</summary>
internal static class JsonDocumentParser
{
    public static DocumentNode? Parse(byte[] utf8)
    {
        var positions = new Positions(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var node = ReadNode(ref reader, positions);
            if (reader.Read())
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                throw new DocumentParseException(Phrase.Of("parse.json-values"), line, column);
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

    private static DocumentNode ReadNode(ref Utf8JsonReader reader, Positions positions)
    {
        var (line, column) = positions.At(reader.TokenStartIndex);
        DocumentLimits.Count(ref positions.Values, line, column);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var entries = new List<MappingEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (keyLine, keyColumn) = positions.At(reader.TokenStartIndex);
                    var key = reader.GetString()!;
                    reader.Read();
                    var value = ReadNode(ref reader, positions);
                    entries.Add(new MappingEntry(key, new ScalarNode(key, true, keyLine, keyColumn), value));
                }

                return new MappingNode(entries, line, column);
            case JsonTokenType.StartArray:
                var items = new List<DocumentNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadNode(ref reader, positions));
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
                throw new DocumentParseException(Phrase.Of("parse.unexpected", reader.TokenType.ToString().ToLower(CultureInfo.InvariantCulture)), line, column);
        }
    }

    /// <summary>Turns byte offsets into lines and columns; offsets come in increasing order, so it walks forward from the last one.</summary>
    private sealed class Positions
    {
        private readonly byte[] utf8;
        private long offset;
        private int line = 1;
        private int column = 1;

        public Positions(byte[] utf8) => this.utf8 = utf8;

        /// <summary>How many values were read so far, against <see cref="DocumentLimits.MaxValues"/>.</summary>
        public int Values;

        public (int Line, int Column) At(long target)
        {
            if (target < offset)
            {
                // Not expected from a forward reader; start over rather than report a wrong place.
                offset = 0;
                line = 1;
                column = 1;
            }

            var end = Math.Min(target, utf8.Length);
            if (end > offset)
            {
                TextPosition.Advance(new ReadOnlySpan<byte>(utf8, (int)offset, (int)(end - offset)), ref line, ref column);
                offset = end;
            }

            return (line, column);
        }
    }
}
