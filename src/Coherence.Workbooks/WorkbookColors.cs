using System;
using System.Globalization;
using Coherence.Localization;

namespace Coherence.Workbooks;

/// <summary>The colours of the workbooks, all taken from <see cref="Palette"/>, as the ARGB hex that Open XML writes.</summary>
/// <remarks>
/// The light fills that mark cells to type in and cells not yet answered are tints of palette colours (practice's orange,
/// the second value band), so that no workbook carries a colour of its own.
/// </remarks>
internal static class WorkbookColors
{
    /// <summary>White, for text on the dark header fills.</summary>
    public const string White = "FFFFFFFF";

    /// <summary>Headings, header rows and the first tab.</summary>
    public static readonly string Accent = Palette.Argb(Palette.Accent);

    /// <summary>The law facet: its header cells and chart bars.</summary>
    public static readonly string Law = Palette.Argb(Palette.Law);

    /// <summary>The practice facet: its header cells and chart bars.</summary>
    public static readonly string Practice = Palette.Argb(Palette.Practice);

    /// <summary>Text on light fills, and on practice's orange, where white would not read.</summary>
    public static readonly string Ink = Palette.Argb(Palette.Ink);

    /// <summary>Secondary text: notes, column keys.</summary>
    public static readonly string Muted = Palette.Argb(Palette.Muted);

    /// <summary>The band of a dimension.</summary>
    public static readonly string Band = Palette.Argb(Palette.Rule);

    /// <summary>Cells without a value.</summary>
    public static readonly string Missing = Palette.Argb(Palette.Missing);

    /// <summary>Cells a team types in: a light tint of practice's orange.</summary>
    public static readonly string Input = Palette.Argb(Tint(Palette.Practice, 0.2));

    /// <summary>A level cell not yet answered: a light tint of the second value band.</summary>
    public static readonly string Unanswered = Palette.Argb(Tint(Palette.Bands[1], 0.3));

    /// <summary>Gets a colour mixed with white: <paramref name="amount"/> of the colour, the rest white.</summary>
    public static string Tint(string hex, double amount)
    {
        var value = int.Parse(hex ?? throw new ArgumentNullException(nameof(hex)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int Mix(int shift) => (int)Math.Round(255 - ((255 - ((value >> shift) & 0xFF)) * amount));
        return Mix(16).ToString("X2", CultureInfo.InvariantCulture) + Mix(8).ToString("X2", CultureInfo.InvariantCulture) + Mix(0).ToString("X2", CultureInfo.InvariantCulture);
    }
}
