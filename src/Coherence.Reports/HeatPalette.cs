using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Reports;

/// <summary>The colours of heat maps: the five value bands of <see cref="Palette"/> (ColorBrewer RdYlBu), which read for colour-blind people and in grey print.</summary>
internal static class HeatPalette
{
    /// <summary>The colour of cells without a value.</summary>
    public static readonly string MissingFill = Palette.Css(Palette.Missing);

    /// <summary>The text colour of cells without a value.</summary>
    public static readonly string MissingInk = Palette.Css(Palette.MissingInk);

    /// <summary>The colour of cells where nothing applies.</summary>
    public static readonly string EmptyFill = Palette.Css(Palette.Paper);

    private static readonly string Dark = Palette.Css(Palette.DarkInk);
    private static readonly string Light = Palette.Css(Palette.Paper);

    // From, to, fill, ink and the key of the band's word: red is low, blue is high.
    private static readonly (double From, double To, string Fill, string Ink, string Word)[] Bands =
    {
        (0, 20, Palette.Css(Palette.Bands[0]), Light, "veryLow"),
        (20, 40, Palette.Css(Palette.Bands[1]), Dark, "low"),
        (40, 60, Palette.Css(Palette.Bands[2]), Dark, "medium"),
        (60, 80, Palette.Css(Palette.Bands[3]), Dark, "high"),
        (80, 100, Palette.Css(Palette.Bands[4]), Light, "veryHigh"),
    };

    /// <summary>Gets the band of a value from 0 to 100.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The band's index, 0 to 4.</returns>
    public static int Band(double value)
    {
        for (var i = 0; i < Bands.Length - 1; i++)
        {
            if (value < Bands[i].To)
            {
                return i;
            }
        }

        return Bands.Length - 1;
    }

    /// <summary>Gets the background and text colours of a value.</summary>
    /// <param name="value">The value, or <see langword="null"/> when there is none.</param>
    /// <returns>The fill and the ink.</returns>
    public static (string Fill, string Ink) Colours(double? value) =>
        value is { } v ? (Bands[Band(v)].Fill, Bands[Band(v)].Ink) : (MissingFill, MissingInk);

    /// <summary>Caps a coherence value at the middle band, for cells that are not both high in law and in practice.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The value, or the top of the middle band when it is above it.</returns>
    public static double? Capped(double? value) => value is { } v && v >= Bands[2].To ? Bands[2].To - 0.05 : value;

    /// <summary>Gets the key of the word for a value's band (<c>veryLow</c> ... <c>veryHigh</c>).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The key.</returns>
    public static string Word(double value) => Bands[Band(value)].Word;

    /// <summary>Gets the legend, lowest band first.</summary>
    /// <param name="words">The report's words.</param>
    /// <returns>The legend entries.</returns>
    public static IReadOnlyList<LegendEntry> Legend(IReadOnlyDictionary<string, string> words)
    {
        var legend = new List<LegendEntry>(Bands.Length);
        foreach (var band in Bands)
        {
            legend.Add(new LegendEntry(band.From, band.To, words[band.Word], band.Fill, band.Ink));
        }

        return legend;
    }
}
