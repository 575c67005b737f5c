using System;

namespace Coherence.Serialization;

/// <summary>Thrown inside the parsers when a document is not well formed; readers turn it into a located diagnostic.</summary>
internal sealed class DocumentParseException : Exception
{
    public DocumentParseException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
