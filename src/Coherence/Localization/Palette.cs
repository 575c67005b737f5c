using System;
using Coherence.Scoring;

namespace Coherence.Localization;

/// <summary>
/// The one set of colours that every view of the scores uses, so that law, practice and each class look the
/// same in the HTML reports, the results workbook and its charts. Colours are six hex digits (<c>0072B2</c>),
/// without <c>#</c> or alpha; <see cref="Css"/> and <see cref="Argb"/> give the two forms the writers need.
/// </summary>
/// <remarks>
/// Law and practice are the blue and orange of the Okabe-Ito set, which people with any common colour-vision
/// deficiency tell apart and which stay distinct in grey print. Value bands are the five classes of ColorBrewer's
/// RdYlBu (red low, blue high). Class colours are light fills, so text on them stays legible when printed.
/// </remarks>
public static class Palette
{
    /// <summary>The colour of the law facet.</summary>
    public const string Law = "0072B2";

    /// <summary>The colour of the practice facet.</summary>
    public const string Practice = "E69F00";

    /// <summary>The colour of body text.</summary>
    public const string Ink = "1F2933";

    /// <summary>The colour of secondary text.</summary>
    public const string Muted = "52606D";

    /// <summary>The colour of rules and borders.</summary>
    public const string Rule = "D9E2EC";

    /// <summary>The accent colour of headings and header rows.</summary>
    public const string Accent = "0B4F6C";

    /// <summary>The fill of cells without a value.</summary>
    public const string Missing = "E9E9E9";

    /// <summary>The fills of the five value bands, from 0–20 (red) to 80–100 (blue).</summary>
    public static readonly string[] Bands = { "D7191C", "FDAE61", "FFFFBF", "ABD9E9", "2C7BB6" };

    /// <summary>Gets the light fill of a class, for tags and cells.</summary>
    /// <param name="gapClass">The class.</param>
    /// <returns>Six hex digits.</returns>
    public static string ClassFill(GapClass gapClass) => gapClass switch
    {
        GapClass.CoherentHigh => "DBEAF6",
        GapClass.CoherentLow => "ECEFF1",
        GapClass.ImplementationGap => "FDE0DD",
        GapClass.PracticeAheadOfLaw => "FFF1CC",
        _ => "FFFFFF",
    };

    /// <summary>Gets the border colour of a class, one step darker than its fill.</summary>
    /// <param name="gapClass">The class.</param>
    /// <returns>Six hex digits.</returns>
    public static string ClassBorder(GapClass gapClass) => gapClass switch
    {
        GapClass.CoherentHigh => "9CC3E2",
        GapClass.CoherentLow => "B0BEC5",
        GapClass.ImplementationGap => "F4A6A0",
        GapClass.PracticeAheadOfLaw => "F0C75E",
        _ => "9AA5B1",
    };

    /// <summary>The colour of the page behind charts and of cells where nothing applies.</summary>
    public const string Paper = "FFFFFF";

    /// <summary>The colour of dark text on a light value band.</summary>
    public const string DarkInk = "1A1A1A";

    /// <summary>The colour of text in cells without a value.</summary>
    public const string MissingInk = "4D4D4D";

    /// <summary>The colour of the empty track behind a bar, and of the coherent (low) region of the law by practice plane.</summary>
    public const string Track = "ECEFF1";

    /// <summary>The colour of a chart's frame.</summary>
    public const string Frame = "9AA5B1";

    /// <summary>The colour of light tick marks on a scale.</summary>
    public const string Tick = "CFD8DC";

    /// <summary>The colour of a marker set on a scale, such as a median.</summary>
    public const string Marker = "263238";

    /// <summary>Gets the strong colour of a class, for a country's point on the law by practice plane.</summary>
    /// <remarks>The gaps take the ends of the value bands and practice ahead of law the practice colour; coherent (low) is grey, so that no colour praises it.</remarks>
    /// <param name="gapClass">The class.</param>
    /// <returns>Six hex digits.</returns>
    public static string ClassStrong(GapClass gapClass) => gapClass switch
    {
        GapClass.ImplementationGap => Bands[0],
        GapClass.PracticeAheadOfLaw => Practice,
        GapClass.CoherentHigh => Bands[4],
        GapClass.CoherentLow => Frame,
        _ => Paper,
    };

    /// <summary>Gets a colour as CSS writes it (<c>#0072b2</c>).</summary>
    /// <param name="hex">Six hex digits.</param>
    /// <returns>The CSS colour.</returns>
    public static string Css(string hex) => "#" + (hex ?? throw new ArgumentNullException(nameof(hex))).ToLowerInvariant();

    /// <summary>Gets a colour as Open XML writes it, opaque (<c>FF0072B2</c>).</summary>
    /// <param name="hex">Six hex digits.</param>
    /// <returns>The ARGB colour.</returns>
    public static string Argb(string hex) => "FF" + (hex ?? throw new ArgumentNullException(nameof(hex))).ToUpperInvariant();
}
