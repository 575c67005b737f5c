using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reads typed values out of <see cref="DocumentNode"/>s and records located diagnostics for what does not fit.</summary>
internal sealed class DocumentWalker
{
    private readonly string prefix;

    public DocumentWalker(string? file, string prefix)
    {
        File = file;
        this.prefix = prefix;
    }

    public string? File { get; }

    public List<Diagnostic> Diagnostics { get; } = new();

    public IReadOnlyList<string> Languages { get; set; } = Array.Empty<string>();

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public SourceLocation At(DocumentNode node) => new(File, node.Line, node.Column);

    public void Error(string code, string message, DocumentNode node, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Error(prefix + code, message, At(node), hint));

    public void Warning(string code, string message, DocumentNode node, string? hint = null) =>
        Diagnostics.Add(Diagnostic.Warning(prefix + code, message, At(node), hint));

    public MappingNode? Map(DocumentNode? node, string what, params string[] allowedKeys)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not MappingNode map)
        {
            Error("004", $"{what} must be a mapping of keys to values, not {node.Kind}", node);
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!seen.Add(entry.Key))
            {
                Error("005", $"key '{entry.Key}' appears twice in {what}", entry.KeyNode, "keep one");
            }
            else if (allowedKeys.Length > 0 && Array.IndexOf(allowedKeys, entry.Key) < 0)
            {
                Error("002", $"unknown key '{entry.Key}' in {what}", entry.KeyNode, DidYouMean.Hint(entry.Key, allowedKeys));
            }
        }

        return map;
    }

    public DocumentNode? Required(MappingNode map, string key, string what)
    {
        var node = map.Get(key);
        if (node is null || (node is ScalarNode { Value: null }))
        {
            Error("003", $"{what} needs '{key}'", map);
            return null;
        }

        return node;
    }

    public string? String(MappingNode map, string key, string what, bool required)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        return node is null ? null : String(node, $"'{key}' of {what}");
    }

    public string? String(DocumentNode node, string what)
    {
        if (node is ScalarNode scalar)
        {
            return scalar.Value;
        }

        Error("004", $"{what} must be a text, not {node.Kind}", node);
        return null;
    }

    public string? Id(MappingNode map, string key, string what, bool required = true)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null)
        {
            return null;
        }

        var id = String(node, $"'{key}' of {what}");
        if (id is not null && !IsId(id))
        {
            Error("004", $"'{id}' is not a valid id", node, "use letters, digits, '-', '_' and '.', starting with a letter or digit");
            return null;
        }

        return id;
    }

    public double? Number(MappingNode map, string key, string what, bool required = false)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Value: { } text, IsQuoted: false } &&
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value) && !double.IsInfinity(value))
        {
            return value;
        }

        Error("004", $"'{key}' of {what} must be a number", node, "write it with a dot for decimals, without quotes: 0.5");
        return null;
    }

    public bool? Boolean(MappingNode map, string key, string what)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode { Value: "true" or "false", IsQuoted: false } scalar)
        {
            return scalar.Value == "true";
        }

        Error("004", $"'{key}' of {what} must be true or false", node);
        return null;
    }

    public T? Enum<T>(MappingNode map, string key, string what, IReadOnlyDictionary<string, T> names)
        where T : struct
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        var text = String(node, $"'{key}' of {what}");
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Error("004", $"'{text}' is not a valid {key} of {what}", node, DidYouMean.Hint(text, names.Keys.ToList()));
        return null;
    }

    public IReadOnlyList<DocumentNode> List(MappingNode map, string key, string what, bool required = false)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null || node is ScalarNode { Value: null })
        {
            return Array.Empty<DocumentNode>();
        }

        if (node is SequenceNode sequence)
        {
            return sequence.Items;
        }

        Error("004", $"'{key}' of {what} must be a list, not {node.Kind}", node);
        return Array.Empty<DocumentNode>();
    }

    public IReadOnlyList<string> StringList(MappingNode map, string key, string what)
    {
        var result = new List<string>();
        foreach (var item in List(map, key, what))
        {
            if (String(item, $"an item of '{key}' of {what}") is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    public LocalizedText Text(MappingNode map, string key, string what, bool required)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null)
        {
            return LocalizedText.Empty;
        }

        return Text(node, $"'{key}' of {what}");
    }

    public LocalizedText Text(DocumentNode node, string what)
    {
        if (node is ScalarNode { Value: { } single })
        {
            Error("007", $"{what} is a single text; it needs one per language ({string.Join(", ", Languages)})", node, Languages.Count > 0 ? $"write {{ {Languages[0]}: \"...\", ... }}" : null);
            return LocalizedText.Of(Languages.Count > 0 ? Languages[0] : "en", single);
        }

        var map = Map(node, what);
        if (map is null)
        {
            return LocalizedText.Empty;
        }

        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var entry in map.Entries)
        {
            if (Languages.Count > 0 && !Languages.Contains(entry.Key))
            {
                Error("002", $"'{entry.Key}' in {what} is not one of the rubric's languages ({string.Join(", ", Languages)})", entry.KeyNode, DidYouMean.Hint(entry.Key, Languages.ToList()));
                continue;
            }

            if (String(entry.Value, $"the '{entry.Key}' text of {what}") is { } text)
            {
                pairs.Add(new KeyValuePair<string, string>(entry.Key, text));
            }
        }

        var result = new LocalizedText(pairs);
        var missing = Languages.Where(l => !result.Has(l)).ToList();
        if (missing.Count > 0)
        {
            Error("007", $"{what} has no '{string.Join("', '", missing)}' text", node, "every text needs each of the rubric's languages");
        }

        return result;
    }

    public static bool IsId(string id)
    {
        if (id.Length == 0 || !char.IsLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
