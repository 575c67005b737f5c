namespace Coherence.Model;

/// <summary>One named level of an ordinal scale.</summary>
/// <param name="Id">The level id, unique in its scale (<c>partial</c>).</param>
/// <param name="Value">The value from 0 to 100 the level stands for, before polarity.</param>
/// <param name="Label">The short label people pick (<c>Parcial</c>).</param>
/// <param name="Descriptor">What the level means, in general.</param>
public sealed record ScaleLevel(string Id, double Value, LocalizedText Label, LocalizedText Descriptor);
