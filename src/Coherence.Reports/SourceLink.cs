namespace Coherence.Reports;

/// <summary>A source cited for a response.</summary>
/// <param name="Text">The citation as the assessors wrote it.</param>
/// <param name="Url">The same text when it is an <c>http</c> or <c>https</c> address that may be linked, else <see langword="null"/>.</param>
public sealed record SourceLink(string Text, string? Url);
