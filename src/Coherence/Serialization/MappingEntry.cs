namespace Coherence.Serialization;

/// <summary>A key and its value in a mapping.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeyNode">The key's node, for its location.</param>
/// <param name="Value">The value.</param>
internal sealed record MappingEntry(string Key, ScalarNode KeyNode, DocumentNode Value);
