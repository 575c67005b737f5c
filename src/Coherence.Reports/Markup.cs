namespace Coherence.Reports;

/// <summary>
/// Markup that this library built itself (an SVG chart, a rendered partial), which the renderer writes as it is.
/// </summary>
/// <remarks>
/// Every other value a template outputs is escaped for the report's format. Templates cannot make a <see cref="Markup"/>:
/// only the chart functions and <c>include</c> return one, and they escape every word they put in it.
/// </remarks>
internal sealed class Markup
{
    /// <summary>Initializes a new instance of the <see cref="Markup"/> class.</summary>
    /// <param name="text">The markup, safe to write unescaped.</param>
    public Markup(string text) => Text = text;

    /// <summary>Gets the markup.</summary>
    public string Text { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
