using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Writes and reads a <see cref="CountryName"/> in JSON: a string for a plain name, an object of language tag to name otherwise.</summary>
internal static class CountryNameJson
{
    /// <summary>Writes a name as a property, in the shape it was given; nothing when there is none, unless <paramref name="nullWhenNone"/>.</summary>
    public static void Write(Utf8JsonWriter json, string property, CountryName? name, bool nullWhenNone = false)
    {
        if (name is null)
        {
            if (nullWhenNone)
            {
                json.WriteNull(property);
            }

            return;
        }

        if (name.Neutral is { } plain)
        {
            json.WriteString(property, plain);
            return;
        }

        json.WriteStartObject(property);
        foreach (var pair in name.ByLanguage)
        {
            json.WriteString(pair.Key, pair.Value);
        }

        json.WriteEndObject();
    }

    /// <summary>Reads a name written by <see cref="Write"/>, or <see langword="null"/> for anything else.</summary>
    public static CountryName? Read(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return string.IsNullOrWhiteSpace(value.GetString()) ? null : CountryName.Plain(value.GetString()!);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in value.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.Name) || string.IsNullOrWhiteSpace(entry.Value.GetString()))
            {
                return null;
            }

            pairs.Add(new KeyValuePair<string, string>(entry.Name, entry.Value.GetString()!));
        }

        return pairs.Count == 0 ? null : CountryName.PerLanguage(pairs);
    }

    /// <summary>Reads <c>countryName</c> from a document, with a located diagnostic for a value of another shape.</summary>
    /// <remarks>
    /// ASM060: not a name nor a map (a number, a list, a yes/no, a null), or a map entry that is not a text; ASM061: a blank
    /// name or a map naming no language; ASM062: a key that is not a language tag (<c>es</c>, <c>en</c>, <c>es-GT</c>), or one that
    /// comes twice ignoring case.
    /// </remarks>
    public static CountryName? Read(DocumentWalker walker, MappingNode map)
    {
        var node = map.Get("countryName");
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar)
        {
            if (scalar.Value is null || !scalar.IsQuoted && IsNumberOrYesNo(scalar.Value))
            {
                walker.Error("060", Phrase.Of("diag.ASM060", DocumentWalker.KindOf(node)), node, Phrase.Of("hint.ASM060"));
                return null;
            }

            if (string.IsNullOrWhiteSpace(scalar.Value))
            {
                walker.Error("061", Phrase.Of("diag.ASM061"), node, Phrase.Of("hint.ASM060"));
                return null;
            }

            return CountryName.Plain(scalar.Value);
        }

        if (node is not MappingNode names)
        {
            walker.Error("060", Phrase.Of("diag.ASM060", DocumentWalker.KindOf(node)), node, Phrase.Of("hint.ASM060"));
            return null;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        var ok = true;
        foreach (var entry in names.Entries)
        {
            if (!IsLanguageTag(entry.Key))
            {
                walker.Error("062", Phrase.Of("diag.ASM062", entry.Key), entry.KeyNode, Phrase.Of("hint.ASM062"));
                ok = false;
                continue;
            }

            if (pairs.Any(p => string.Equals(p.Key, entry.Key, StringComparison.OrdinalIgnoreCase)))
            {
                walker.Error("062", Phrase.Of("diag.ASM062.twice", entry.Key), entry.KeyNode, Phrase.Of("hint.keep-one"));
                ok = false;
                continue;
            }

            if (entry.Value is not ScalarNode { Value: { } text } value || !value.IsQuoted && IsNumberOrYesNo(text))
            {
                walker.Error("060", Phrase.Of("diag.ASM060.language", entry.Key, DocumentWalker.KindOf(entry.Value)), entry.Value, Phrase.Of("hint.ASM060"));
                ok = false;
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                walker.Error("061", Phrase.Of("diag.ASM061.language", entry.Key), entry.Value, Phrase.Of("hint.ASM060"));
                ok = false;
                continue;
            }

            pairs.Add(new KeyValuePair<string, string>(entry.Key, text));
        }

        if (ok && pairs.Count == 0)
        {
            walker.Error("061", Phrase.Of("diag.ASM061.none"), node, Phrase.Of("hint.ASM060"));
        }

        return ok && pairs.Count > 0 ? CountryName.PerLanguage(pairs) : null;
    }

    /// <summary>Gets whether a key is a language tag: two or three letters, then parts of letters and digits after a hyphen.</summary>
    public static bool IsLanguageTag(string tag)
    {
        var parts = tag.Split('-');
        if (parts[0].Length is < 2 or > 3 || !parts[0].All(IsAsciiLetter))
        {
            return false;
        }

        return parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(c => IsAsciiLetter(c) || c is >= '0' and <= '9'));
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    private static bool IsNumberOrYesNo(string value) =>
        value is "true" or "false" || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
