using System;
using Coherence.Localization;

namespace Coherence.Serialization;

/// <summary>Thrown inside the parsers when a document is not well formed; readers turn it into a located diagnostic.</summary>
internal sealed class DocumentParseException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DocumentParseException"/> class with the parser library's own words.</summary>
    public DocumentParseException(string message, int line, int column)
        : this(Phrase.Of("format.text", message), line, column)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DocumentParseException"/> class with words of the resource set.</summary>
    public DocumentParseException(Phrase reason, int line, int column)
        : base(reason.ToString())
    {
        Reason = reason;
        Line = line;
        Column = column;
    }

    /// <summary>Gets what is wrong, for the reader's language.</summary>
    public Phrase Reason { get; }

    public int Line { get; }

    public int Column { get; }
}
