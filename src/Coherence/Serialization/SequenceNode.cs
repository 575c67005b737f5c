using System.Collections.Generic;

namespace Coherence.Serialization;

/// <summary>A sequence (list) of nodes.</summary>
internal sealed class SequenceNode : DocumentNode
{
    /// <summary>Initializes a new instance of the <see cref="SequenceNode"/> class.</summary>
    /// <param name="items">The items.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    public SequenceNode(IReadOnlyList<DocumentNode> items, int line, int column)
        : base(line, column) => Items = items;

    /// <summary>Gets the items in order.</summary>
    public IReadOnlyList<DocumentNode> Items { get; }

    /// <inheritdoc/>
    public override string Kind => "a list";
}
