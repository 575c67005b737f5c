using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reads typed values out of <see cref="DocumentNode"/>s and records located diagnostics for what does not fit.</summary>
internal sealed class DocumentWalker
{
    private readonly string prefix;
    private readonly List<Diagnostic> kept = new();
    private readonly Dictionary<(string Code, DiagnosticSeverity Severity), (int Count, Diagnostic First)> counts = new();
    private readonly int perCode = DiagnosticCap.PerCodeFromEnvironment();
    private bool overflowed;

    public DocumentWalker(string? file, string prefix)
    {
        File = file;
        this.prefix = prefix;
    }

    public string? File { get; }

    /// <summary>Gets the diagnostics: the first of each code, then one per code that went over, counting the rest.</summary>
    /// <remarks>400,000 responses with one unknown key each cost a gigabyte when every diagnostic was kept.</remarks>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            if (!overflowed)
            {
                return kept;
            }

            var all = new List<Diagnostic>(kept);
            foreach (var (count, first) in counts.Values)
            {
                if (count > perCode)
                {
                    all.Add(DiagnosticCap.More(first, count - perCode));
                }
            }

            return all;
        }
    }

    public IReadOnlyList<string> Languages { get; set; } = Array.Empty<string>();

    public bool HasErrors { get; private set; }

    public SourceLocation At(DocumentNode node) => new(File, node.Line, node.Column);

    public void Error(string code, Phrase message, DocumentNode node, Phrase? hint = null) =>
        Add(Diagnostic.Error(prefix + code, message, At(node), hint));

    public void Warning(string code, Phrase message, DocumentNode node, Phrase? hint = null) =>
        Add(Diagnostic.Warning(prefix + code, message, At(node), hint));

    private void Add(Diagnostic diagnostic)
    {
        HasErrors |= diagnostic.IsError;
        var key = (diagnostic.Code, diagnostic.Severity);
        var count = counts.TryGetValue(key, out var entry) ? entry.Count + 1 : 1;
        counts[key] = (count, count == 1 ? diagnostic : entry.First);
        if (count <= perCode)
        {
            kept.Add(diagnostic);
        }
        else
        {
            overflowed = true;
        }
    }

    public static Phrase KindOf(DocumentNode node) => Phrase.Of(node switch
    {
        MappingNode => "doc.kind.mapping",
        SequenceNode => "doc.kind.list",
        ScalarNode { Value: null } => "doc.kind.null",
        _ => "doc.kind.scalar",
    });

    public static Phrase KeyOf(string key, Phrase what) => Phrase.Of("what.key-of", key, what);

    public MappingNode? Map(DocumentNode? node, Phrase what, params string[] allowedKeys)
    {
        if (node is null)
        {
            return null;
        }

        if (node is not MappingNode map)
        {
            Error("004", Phrase.Of("doc.not-a-mapping", what, KindOf(node)), node);
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            if (!seen.Add(entry.Key))
            {
                Error("005", Phrase.Of("doc.key-twice", entry.Key, what), entry.KeyNode, Phrase.Of("hint.keep-one"));
            }
            else if (allowedKeys.Length > 0 && Array.IndexOf(allowedKeys, entry.Key) < 0)
            {
                Error("002", Phrase.Of("doc.unknown-key", entry.Key, what), entry.KeyNode, DidYouMean.Hint(entry.Key, allowedKeys));
            }
        }

        return map;
    }

    public DocumentNode? Required(MappingNode map, string key, Phrase what)
    {
        var node = map.Get(key);
        if (node is null || (node is ScalarNode { Value: null }))
        {
            Error("003", Phrase.Of("doc.needs-key", what, key), map);
            return null;
        }

        return node;
    }

    public string? String(MappingNode map, string key, Phrase what, bool required)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        return node is null ? null : String(node, KeyOf(key, what));
    }

    public string? String(DocumentNode node, Phrase what)
    {
        if (node is ScalarNode scalar)
        {
            return scalar.Value;
        }

        Error("004", Phrase.Of("doc.not-text", what, KindOf(node)), node);
        return null;
    }

    public string? Id(MappingNode map, string key, Phrase what, bool required = true)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null)
        {
            return null;
        }

        var id = String(node, KeyOf(key, what));
        if (id is not null && !IsId(id))
        {
            Error("004", Phrase.Of("doc.bad-id", id), node, Phrase.Of("hint.id-characters"));
            return null;
        }

        return id;
    }

    public double? Number(MappingNode map, string key, Phrase what, bool required = false)
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

        Error("004", Phrase.Of("doc.not-number", KeyOf(key, what)), node, Phrase.Of("hint.number-format"));
        return null;
    }

    public bool? Boolean(MappingNode map, string key, Phrase what)
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

        Error("004", Phrase.Of("doc.not-boolean", KeyOf(key, what)), node);
        return null;
    }

    public T? Enum<T>(MappingNode map, string key, Phrase what, IReadOnlyDictionary<string, T> names)
        where T : struct
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        var text = String(node, KeyOf(key, what));
        if (text is null)
        {
            return null;
        }

        if (names.TryGetValue(text, out var value))
        {
            return value;
        }

        Error("004", Phrase.Of("doc.bad-choice", text, key, what), node, DidYouMean.Hint(text, names.Keys.ToList()));
        return null;
    }

    public IReadOnlyList<DocumentNode> List(MappingNode map, string key, Phrase what, bool required = false)
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

        Error("004", Phrase.Of("doc.not-list", KeyOf(key, what), KindOf(node)), node);
        return Array.Empty<DocumentNode>();
    }

    public IReadOnlyList<string> StringList(MappingNode map, string key, Phrase what)
    {
        var result = new List<string>();
        foreach (var item in List(map, key, what))
        {
            if (String(item, Phrase.Of("what.item-of", KeyOf(key, what))) is { } text)
            {
                result.Add(text);
            }
        }

        return result;
    }

    public LocalizedText Text(MappingNode map, string key, Phrase what, bool required)
    {
        var node = required ? Required(map, key, what) : map.Get(key);
        if (node is null)
        {
            return LocalizedText.Empty;
        }

        return Text(node, KeyOf(key, what));
    }

    public LocalizedText Text(DocumentNode node, Phrase what)
    {
        if (node is ScalarNode { Value: { } single })
        {
            Error("007", Phrase.Of("doc.single-text", what, Languages), node, Languages.Count > 0 ? Phrase.Of("hint.write-texts", Languages[0]) : null);
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
                Error("002", Phrase.Of("doc.not-a-language", entry.Key, what, Languages), entry.KeyNode, DidYouMean.Hint(entry.Key, Languages.ToList()));
                continue;
            }

            if (String(entry.Value, Phrase.Of("what.text-of", entry.Key, what)) is { } text)
            {
                pairs.Add(new KeyValuePair<string, string>(entry.Key, text));
            }
        }

        var result = new LocalizedText(pairs);
        var missing = Languages.Where(l => !result.Has(l)).ToList();
        if (missing.Count > 0)
        {
            Error("007", Phrase.Of("doc.missing-texts", what, string.Join("', '", missing)), node, Phrase.Of("hint.every-language"));
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
