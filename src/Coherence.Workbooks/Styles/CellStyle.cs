namespace Coherence.Workbooks.Styles;

/// <summary>How a cell looks and whether people may change it: a value, compared by content, that a <see cref="StyleRegistry"/> turns into a style index.</summary>
/// <remarks>Two styles with the same content share one cell format in the workbook, whatever names they go by.</remarks>
internal sealed record CellStyle
{
    /// <summary>The style of a cell nobody styled.</summary>
    public static CellStyle Default { get; } = new();

    /// <summary>Gets the font.</summary>
    public FontStyle Font { get; init; } = FontStyle.Body;

    /// <summary>Gets the solid fill colour (ARGB hex), or <see langword="null"/> for none.</summary>
    public string? Fill { get; init; }

    /// <summary>Gets whether the cell has the thin grey border of a table.</summary>
    public bool Bordered { get; init; }

    /// <summary>Gets the number format code (<c>0%</c>, <c>0.0</c>), or <see langword="null"/> for General.</summary>
    public string? NumberFormat { get; init; }

    /// <summary>Gets the horizontal alignment (<c>center</c>), or <see langword="null"/> for the default.</summary>
    public string? Horizontal { get; init; }

    /// <summary>Gets the vertical alignment (<c>top</c>, <c>center</c>), or <see langword="null"/> for the default (bottom).</summary>
    public string? Vertical { get; init; }

    /// <summary>Gets whether long text wraps within the column.</summary>
    public bool Wrap { get; init; }

    /// <summary>Gets whether the cell is locked when the sheet is protected; answer cells are not.</summary>
    public bool Locked { get; init; } = true;
}
