namespace Coherence.Serialization;

/// <summary>A scalar: a string, a number, a boolean or null, kept as its text.</summary>
internal sealed class ScalarNode : DocumentNode
{
    /// <summary>Initializes a new instance of the <see cref="ScalarNode"/> class.</summary>
    /// <param name="value">The text, or <see langword="null"/> for a null.</param>
    /// <param name="isQuoted">Whether the text was quoted, so that it is a string whatever it looks like.</param>
    /// <param name="line">One-based line.</param>
    /// <param name="column">One-based column.</param>
    public ScalarNode(string? value, bool isQuoted, int line, int column)
        : base(line, column)
    {
        Value = value;
        IsQuoted = isQuoted;
    }

    /// <summary>Gets the text, or <see langword="null"/> for a null.</summary>
    public string? Value { get; }

    /// <summary>Gets a value indicating whether the text was quoted.</summary>
    public bool IsQuoted { get; }

    /// <inheritdoc/>
    public override string Kind => Value is null ? "null" : "a scalar";
}
