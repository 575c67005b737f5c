using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coherence.Model;

namespace Coherence.Rubrics;

/// <summary>
/// Reads id, version, languages and title from the <c>metadata</c> block at the top of a rubric's YAML, line by line,
/// without a YAML parser, and stops at the end of the block.
/// </summary>
/// <remarks>
/// It takes the plain forms the bundled rubrics use: <c>key: value</c> two spaces in, plain or double-quoted scalars
/// on one line, <c>[a, b]</c> lists and <c>{ es: "...", en: "..." }</c> texts, or a title written as a block of
/// <c>es: "..."</c> lines four spaces in. Anything else (single quotes, escapes other than <c>\"</c> and <c>\\</c>,
/// values over several lines, tabs, anchors, comments after a plain value) gives <see langword="null"/>, and the
/// caller parses the rubric whole: quick reading never guesses.
/// </remarks>
internal static class MetadataBlock
{
    private static readonly string[] Wanted = { "id", "version", "languages", "title" };

    public static BundledRubric? Read(TextReader reader, string name)
    {
        string? id = null, version = null;
        List<string>? languages = null;
        List<KeyValuePair<string, string>>? title = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var inMetadata = false;
        string? current = null; // the key two spaces in whose lines follow
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            if (indent == line.Length || line[indent] == '#')
            {
                continue; // blank or comment
            }

            if (line[indent] == '\t')
            {
                return null;
            }

            if (indent == 0)
            {
                if (inMetadata)
                {
                    break; // the next top-level key: the block is over
                }

                if (line.TrimEnd() == "metadata:")
                {
                    inMetadata = true;
                    continue;
                }

                if (!IsKey(line, 0, out _))
                {
                    return null; // '---', a list, a flow document, JSON...
                }

                continue;
            }

            if (!inMetadata)
            {
                continue; // inside another top-level key
            }

            if (indent == 2)
            {
                if (!IsKey(line, 2, out var keyEnd) || !seen.Add(line.Substring(2, keyEnd - 2)))
                {
                    return null;
                }

                var key = line.Substring(2, keyEnd - 2);
                current = key;
                var at = keyEnd + 1;
                if (Array.IndexOf(Wanted, key) < 0)
                {
                    continue;
                }

                if (IsEnd(line, at))
                {
                    if (key != "title")
                    {
                        return null;
                    }

                    title = new List<KeyValuePair<string, string>>();
                    continue;
                }

                if (key == "languages")
                {
                    languages = List(line, ref at);
                    if (languages is null || !IsEnd(line, at))
                    {
                        return null;
                    }
                }
                else if (key == "title")
                {
                    title = Map(line, ref at);
                    if (title is null || !IsEnd(line, at))
                    {
                        return null;
                    }

                    current = null;
                }
                else
                {
                    var value = Scalar(line, ref at, flow: false);
                    if (value is null || !IsEnd(line, at))
                    {
                        return null;
                    }

                    if (key == "id")
                    {
                        id = value;
                    }
                    else
                    {
                        version = value;
                    }
                }

                continue;
            }

            // Deeper lines belong to the last key two spaces in: skipped, unless they continue a wanted value.
            if (current is null || Array.IndexOf(Wanted, current) < 0)
            {
                continue;
            }

            if (current != "title" || title is null || indent != 4 || !IsKey(line, 4, out var languageEnd))
            {
                return null;
            }

            var position = languageEnd + 1;
            var text = Scalar(line, ref position, flow: false);
            if (text is null || !IsEnd(line, position))
            {
                return null;
            }

            title.Add(new KeyValuePair<string, string>(line.Substring(4, languageEnd - 4), text));
        }

        if (id is null || version is null || languages is null || languages.Count == 0 || languages.Distinct(StringComparer.Ordinal).Count() != languages.Count
            || title is null || title.Count == 0 || title.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count() != title.Count || title.Any(t => !languages.Contains(t.Key)))
        {
            return null;
        }

        return new BundledRubric(name, id, version, languages, new LocalizedText(title));
    }

    // 'key:' followed by a space or the end of the line; keyEnd is the index of the colon.
    private static bool IsKey(string line, int start, out int keyEnd)
    {
        keyEnd = start;
        while (keyEnd < line.Length && (char.IsLetterOrDigit(line[keyEnd]) || line[keyEnd] is '_' or '-' or '$' or '.'))
        {
            keyEnd++;
        }

        return keyEnd > start && keyEnd < line.Length && line[keyEnd] == ':' && (keyEnd + 1 == line.Length || line[keyEnd + 1] == ' ');
    }

    // Nothing but spaces, or a comment after a space, up to the end of the line.
    private static bool IsEnd(string line, int at)
    {
        var start = at;
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }

        return at == line.Length || (line[at] == '#' && at > start);
    }

    private static void SkipSpaces(string line, ref int at)
    {
        while (at < line.Length && line[at] == ' ')
        {
            at++;
        }
    }

    // A plain scalar of letters, digits, spaces and . - _ / ( ) +, or a double-quoted one with \" and \\ only.
    private static string? Scalar(string line, ref int at, bool flow)
    {
        SkipSpaces(line, ref at);
        if (at < line.Length && line[at] == '"')
        {
            var text = new System.Text.StringBuilder();
            for (at++; at < line.Length; at++)
            {
                var c = line[at];
                if (c == '"')
                {
                    at++;
                    return text.ToString();
                }

                if (c == '\\')
                {
                    if (at + 1 >= line.Length || line[at + 1] is not ('"' or '\\'))
                    {
                        return null;
                    }

                    at++;
                    c = line[at];
                }

                text.Append(c);
            }

            return null; // the quote goes on to the next line
        }

        var start = at;
        while (at < line.Length && (char.IsLetterOrDigit(line[at]) || line[at] is ' ' or '.' or '-' or '_' or '/' or '(' or ')' or '+'))
        {
            at++;
        }

        var plain = line.Substring(start, at - start).Trim();
        if (plain.Length == 0 || plain[0] is '-' or '.' || plain is "null" or "Null" or "NULL")
        {
            return null;
        }

        if (at < line.Length && !(flow && line[at] is ',' or ']' or '}'))
        {
            return null; // a character quick reading does not take, such as ':', '#' or a quote
        }

        return plain;
    }

    // [a, b]
    private static List<string>? List(string line, ref int at)
    {
        SkipSpaces(line, ref at);
        if (at >= line.Length || line[at] != '[')
        {
            return null;
        }

        var items = new List<string>();
        at++;
        while (true)
        {
            var item = Scalar(line, ref at, flow: true);
            SkipSpaces(line, ref at);
            if (item is null || at >= line.Length)
            {
                return null;
            }

            items.Add(item);
            if (line[at] == ']')
            {
                at++;
                return items;
            }

            if (line[at] != ',')
            {
                return null;
            }

            at++;
        }
    }

    // { es: "...", en: "..." }
    private static List<KeyValuePair<string, string>>? Map(string line, ref int at)
    {
        SkipSpaces(line, ref at);
        if (at >= line.Length || line[at] != '{')
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        at++;
        while (true)
        {
            SkipSpaces(line, ref at);
            if (!IsKey(line, at, out var keyEnd))
            {
                return null;
            }

            var key = line.Substring(at, keyEnd - at);
            at = keyEnd + 1;
            var value = Scalar(line, ref at, flow: true);
            SkipSpaces(line, ref at);
            if (value is null || at >= line.Length)
            {
                return null;
            }

            pairs.Add(new KeyValuePair<string, string>(key, value));
            if (line[at] == '}')
            {
                at++;
                return pairs;
            }

            if (line[at] != ',')
            {
                return null;
            }

            at++;
        }
    }
}
