using Scriban.Parsing;
using Scriban.Syntax;

namespace Coherence.Reports;

/// <summary>Stops a render whose template includes a partial its folder does not have.</summary>
internal sealed class UnknownPartialException : ScriptRuntimeException
{
    /// <summary>Initializes a new instance of the <see cref="UnknownPartialException"/> class.</summary>
    /// <param name="span">Where in the template the include is.</param>
    /// <param name="name">The name included.</param>
    public UnknownPartialException(SourceSpan span, string name)
        : base(span, "no partial named '" + name + "'") => Name = name;

    /// <summary>Gets the name included.</summary>
    public string Name { get; }
}
