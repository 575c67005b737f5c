namespace Coherence.Serialization;

/// <summary>A node of a parsed YAML or JSON document, with the line and column it starts at.</summary>
/// <remarks>Both formats parse into these nodes so that one reader, with one set of located diagnostics, serves both.</remarks>
internal abstract class DocumentNode
{
    /// <summary>Initializes a new instance of the <see cref="DocumentNode"/> class.</summary>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    protected DocumentNode(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>Gets the one-based line the node starts at.</summary>
    public int Line { get; }

    /// <summary>Gets the one-based column the node starts at.</summary>
    public int Column { get; }

    /// <summary>Gets a word for the node's kind, for messages.</summary>
    public abstract string Kind { get; }
}
