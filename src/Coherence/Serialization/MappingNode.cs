using System;
using System.Collections.Generic;

namespace Coherence.Serialization;

/// <summary>A mapping (object) of keys to nodes, in document order.</summary>
internal sealed class MappingNode : DocumentNode
{
    private readonly Dictionary<string, MappingEntry> byKey;

    /// <summary>Initializes a new instance of the <see cref="MappingNode"/> class.</summary>
    /// <param name="entries">The entries in order; a repeated key keeps its first value.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    public MappingNode(IReadOnlyList<MappingEntry> entries, int line, int column)
        : base(line, column)
    {
        Entries = entries;
        byKey = new Dictionary<string, MappingEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byKey.ContainsKey(entry.Key))
            {
                byKey.Add(entry.Key, entry);
            }
        }
    }

    /// <summary>Gets the entries in document order.</summary>
    public IReadOnlyList<MappingEntry> Entries { get; }

    /// <inheritdoc/>
    public override string Kind => "a mapping";

    /// <summary>Finds the value of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value node, or <see langword="null"/> when the key is absent.</returns>
    public DocumentNode? Get(string key) => byKey.TryGetValue(key, out var entry) ? entry.Value : null;

    /// <summary>Whether the mapping has a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when the key is present.</returns>
    public bool Has(string key) => byKey.ContainsKey(key);
}
