using System;
using System.Collections.Generic;
using System.IO;
using Coherence.Localization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Coherence.Serialization;

/// <summary>Parses YAML into <see cref="DocumentNode"/>s with their locations.</summary>
internal static class YamlDocumentParser
{
    public static DocumentNode? Parse(string text)
    {
        Parser? parser = null;
        try
        {
            parser = new Parser(new StringReader(text));
            values = 0;
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var node = ReadNode(parser);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var current = parser.Current!;
                throw new DocumentParseException(Phrase.Of("parse.yaml-documents"), (int)current.Start.Line, (int)current.Start.Column);
            }

            return node;
        }
        catch (InvalidOperationException) when (parser is not null)
        {
            // The scanner's own state breaks on some truncated flow collections (found by the fuzz test): still a located error.
            var at = parser.Current?.End;
            throw new DocumentParseException(Phrase.Of("parse.yaml-broken"), (int)(at?.Line ?? 1), (int)(at?.Column ?? 1));
        }
        catch (YamlException e) when (e.Message.IndexOf("tab", StringComparison.OrdinalIgnoreCase) >= 0 && FirstIndentTab(text) is { } tab)
        {
            // The scanner points at the block the tab breaks (often 1:1); the tab itself is what to fix.
            throw new DocumentParseException(Phrase.Of("parse.yaml-tab"), tab.Line, tab.Column);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            var at = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line:", StringComparison.Ordinal) && at > 0)
            {
                message = message.Substring(at + 3);
            }

            throw new DocumentParseException(message, (int)e.Start.Line, (int)e.Start.Column);
        }
    }

    /// <summary>Finds the first tab among the spaces that indent a line.</summary>
    private static (int Line, int Column)? FirstIndentTab(string text)
    {
        var line = 1;
        var column = 1;
        var indenting = true;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                indenting = true;
                continue;
            }

            if (indenting && c == '\t')
            {
                return (line, column);
            }

            if (c is not ' ' and not '-' and not '\r')
            {
                indenting = false;
            }

            column++;
        }

        return null;
    }

    [ThreadStatic]
    private static int values;

    private static DocumentNode ReadNode(IParser parser)
    {
        var current = parser.Current ?? throw new DocumentParseException(Phrase.Of("parse.end"), 0, 0);
        var line = (int)current.Start.Line;
        var column = (int)current.Start.Column;
        DocumentLimits.Count(ref values, line, column);
        switch (current)
        {
            case AnchorAlias:
                throw new DocumentParseException(Phrase.Of("parse.alias"), line, column);
            case Scalar scalar:
                parser.MoveNext();
                var isPlain = scalar.Style == ScalarStyle.Plain;
                var isNull = isPlain && (scalar.Value.Length == 0 || scalar.Value == "~" || scalar.Value == "null" || scalar.Value == "Null" || scalar.Value == "NULL");
                return new ScalarNode(isNull ? null : scalar.Value, !isPlain, line, column);
            case SequenceStart:
                parser.MoveNext();
                var items = new List<DocumentNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser));
                }

                return new SequenceNode(items, line, column);
            case MappingStart:
                parser.MoveNext();
                var entries = new List<MappingEntry>();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser);
                    if (key is not ScalarNode keyScalar || keyScalar.Value is null)
                    {
                        throw new DocumentParseException(Phrase.Of("parse.key"), key.Line, key.Column);
                    }

                    entries.Add(new MappingEntry(keyScalar.Value, keyScalar, ReadNode(parser)));
                }

                return new MappingNode(entries, line, column);
            default:
                throw new DocumentParseException(Phrase.Of("parse.unexpected", current.GetType().Name), line, column);
        }
    }
}
