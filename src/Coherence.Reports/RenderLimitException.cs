using Scriban.Parsing;
using Scriban.Syntax;

namespace Coherence.Reports;

/// <summary>Stops a render that went past one of its <see cref="RenderLimits"/>; the renderer turns it into a diagnostic.</summary>
internal sealed class RenderLimitException : ScriptRuntimeException
{
    /// <summary>Initializes a new instance of the <see cref="RenderLimitException"/> class.</summary>
    /// <param name="span">Where in the template the render was.</param>
    /// <param name="limit">The limit passed.</param>
    public RenderLimitException(SourceSpan span, RenderLimit limit)
        : base(span, "render limit passed: " + limit) => Limit = limit;

    /// <summary>Gets the limit passed.</summary>
    public RenderLimit Limit { get; }
}
