using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Workbooks;

/// <summary>How a sheet prints: orientation, and whether it is fitted to the page width or printed at a fixed scale across pages.</summary>
/// <param name="Landscape">Whether the page is turned.</param>
/// <param name="FitToWidth">Whether the columns are shrunk to one page width (rows run on to further pages).</param>
/// <param name="Scale">The print scale in percent (100 unless fitted: LibreOffice ignores a fixed scale).</param>
/// <remarks>
/// A sheet is fitted to the page width only when that keeps text legible: shrinking to less than <see cref="MinimumScale"/>
/// would print the 10-point notes below 8.5 points. Wider sheets print at full size, their columns running on to the pages
/// to the right, left to right before top to bottom.
/// </remarks>
internal readonly record struct PrintLayout(bool Landscape, bool FitToWidth, uint Scale)
{
    /// <summary>The smallest scale a sheet is fitted at.</summary>
    public const double MinimumScale = 0.85;

    // Margins of half an inch on either side, in points.
    private const double SideMargins = 72;

    /// <summary>Gets a value indicating whether the sheet's columns run on to pages to the right.</summary>
    public bool Wide { get; init; }

    /// <summary>Gets the layout of a sheet with columns of the given widths (in characters).</summary>
    public static PrintLayout For(IEnumerable<double> columnWidths, Paper paper)
    {
        var width = columnWidths.Sum(Points);
        if (width <= Printable(paper, landscape: false))
        {
            return new PrintLayout(false, false, 100);
        }

        var landscape = Printable(paper, landscape: true);
        return width <= landscape ? new PrintLayout(true, false, 100)
            : landscape / width >= MinimumScale ? new PrintLayout(true, true, 100)
            : new PrintLayout(true, false, 100) { Wide = true };
    }

    /// <summary>Gets the printed width of a column, in points.</summary>
    /// <remarks>
    /// Excel prints a character of width as 7 pixels (5.25 points); LibreOffice, measured on its PDFs, as about 6.35 points.
    /// The wider measure is taken, so that a sheet fitted to the page is never shrunk more than planned.
    /// </remarks>
    public static double Points(double characters) => (characters * 6.4) + 4;

    /// <summary>Gets the paper size code of the spreadsheet format (1 Letter, 9 A4).</summary>
    public static uint Code(Paper paper) => paper == Paper.A4 ? 9u : 1u;

    /// <summary>Gets the width of a page within its side margins, in points.</summary>
    public static double Printable(Paper paper, bool landscape)
    {
        var (shortSide, longSide) = paper == Paper.A4 ? (595.3, 841.9) : (612.0, 792.0);
        return (landscape ? longSide : shortSide) - SideMargins;
    }

    /// <summary>Gets the height of a page within its top and bottom margins and above its footer, in points.</summary>
    /// <remarks>Margins of 0.6 in; LibreOffice takes the footer's height (about 24 points) from the page's body.</remarks>
    public static double PrintableHeight(Paper paper, bool landscape)
    {
        var (shortSide, longSide) = paper == Paper.A4 ? (595.3, 841.9) : (612.0, 792.0);
        return (landscape ? shortSide : longSide) - (2 * 0.6 * 72) - 24;
    }
}
