namespace Coherence.Workbooks.Styles;

/// <summary>A font as a cell style uses it: size in points, weight, slant and colour (ARGB hex, or the theme's text colour).</summary>
/// <param name="Size">The size in points.</param>
/// <param name="Bold">Whether the font is bold.</param>
/// <param name="Italic">Whether the font is italic.</param>
/// <param name="Color">The colour as ARGB hex (<c>FF1F4E78</c>), or <see langword="null"/> for the theme's text colour.</param>
internal sealed record FontStyle(double Size = 11, bool Bold = false, bool Italic = false, string? Color = null)
{
    /// <summary>The body text: 11 pt in the theme's text colour.</summary>
    public static FontStyle Body { get; } = new();
}
