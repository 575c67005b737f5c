namespace Coherence.Workbooks.Styles;

/// <summary>What a conditional format changes in a cell: its fill and, optionally, its font colour (ARGB hex).</summary>
/// <param name="Fill">The fill colour.</param>
/// <param name="FontColor">The font colour, or <see langword="null"/> to keep it.</param>
internal sealed record DifferentialStyle(string Fill, string? FontColor = null);
