namespace Coherence.Reports;

/// <summary>The text of a template or partial and where it was read from.</summary>
/// <param name="Text">The Scriban source.</param>
/// <param name="Origin">The file it came from, or <c>templates/...</c> for shipped ones; used in diagnostics.</param>
internal sealed record TemplateText(string Text, string Origin);
