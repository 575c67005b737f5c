namespace Coherence.Model;

/// <summary>A document or international instrument that motivates indicators.</summary>
/// <param name="Id">The reference id.</param>
/// <param name="Title">The title.</param>
/// <param name="Kind">What it is: <c>seed</c>, <c>instrument</c> or <c>other</c>.</param>
/// <param name="Url">Where to read it, if public.</param>
public sealed record Reference(string Id, string Title, string Kind, string? Url);
