using System;
using System.Collections.Generic;

namespace Coherence.Tables;

/// <summary>Which sheets of a workbook to read as tables, where their header is, and which way round they are.</summary>
/// <param name="Sheets">Sheet names, or 1-based sheet positions (<c>"2"</c>); empty for the first sheet. Several sheets are several editions of one table.</param>
public sealed record TableSourceOptions(IReadOnlyList<string> Sheets)
{
    /// <summary>Gets options that read the first sheet, its header in row 1.</summary>
    public static TableSourceOptions Default { get; } = new(Array.Empty<string>());

    /// <summary>Gets the 1-based row holding the header (the column, when <see cref="Transposed"/>); rows above it are left out.</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>Gets how many rows (columns, when transposed) the header spans; their texts are joined with a space per column.</summary>
    public int HeaderRows { get; init; } = 1;

    /// <summary>Gets whether units are in columns and indicators in rows: the sheet is read turned.</summary>
    public bool Transposed { get; init; }
}
