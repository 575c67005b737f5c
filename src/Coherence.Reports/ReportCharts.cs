using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coherence.Localization;
using Coherence.Scoring;

namespace Coherence.Reports;

/// <summary>Small inline SVG charts made from numbers; every text they hold is escaped, so templates may output them unescaped.</summary>
internal static class ReportCharts
{
    // Every colour comes from the one palette (Palette), so that charts, tables and workbooks agree; a test keeps hex out of this file.

    /// <summary>The colour of law bars (Okabe-Ito blue).</summary>
    public static readonly string LawColour = Palette.Css(Palette.Law);

    /// <summary>The colour of practice bars (Okabe-Ito orange).</summary>
    public static readonly string PracticeColour = Palette.Css(Palette.Practice);

    private static readonly string Track = Palette.Css(Palette.Track);
    private static readonly string Frame = Palette.Css(Palette.Frame);
    private static readonly string Muted = Palette.Css(Palette.Muted);
    private static readonly string Ink = Palette.Css(Palette.Ink);
    private static readonly string Tick = Palette.Css(Palette.Tick);
    private static readonly string Marker = Palette.Css(Palette.Marker);
    private static readonly string Paper = Palette.Css(Palette.Paper);

    /// <summary>Draws law and practice as two horizontal bars on a 0-100 scale, each with its value.</summary>
    /// <param name="law">The law score, or <see langword="null"/>.</param>
    /// <param name="practice">The practice score, or <see langword="null"/>.</param>
    /// <param name="lawLabel">The word for law, for screen readers.</param>
    /// <param name="practiceLabel">The word for practice, for screen readers.</param>
    /// <param name="format">Formats a value for people.</param>
    /// <returns>The SVG element.</returns>
    public static string Bars(double? law, double? practice, string lawLabel, string practiceLabel, Func<double?, string> format)
    {
        var text = new StringBuilder(640);
        var description = lawLabel + " " + format(law) + "; " + practiceLabel + " " + format(practice);
        text.Append("<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 38\" width=\"300\" height=\"38\" role=\"img\" aria-label=\"")
            .Append(Escape(description)).Append("\">");
        Bar(text, 3, law, LawColour, format);
        Bar(text, 21, practice, PracticeColour, format);
        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>Draws one value as a bar on a 0-100 scale, in its heat-map colour.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <param name="format">Formats the value for people.</param>
    /// <returns>The SVG element.</returns>
    public static string Gauge(double? value, Func<double?, string> format)
    {
        var text = new StringBuilder(320);
        text.Append("<svg class=\"gauge\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 160 14\" width=\"160\" height=\"14\" role=\"img\" aria-label=\"")
            .Append(Escape(format(value))).Append("\">");
        text.Append("<rect x=\"0\" y=\"1\" width=\"120\" height=\"12\" rx=\"2\" fill=\"").Append(Track).Append("\"/>");
        if (value is { } v)
        {
            text.Append("<rect x=\"0\" y=\"1\" width=\"").Append(Number(Clamp(v) * 1.2)).Append("\" height=\"12\" rx=\"2\" fill=\"")
                .Append(HeatPalette.Colours(v).Fill).Append("\"/>");
        }

        text.Append("<text x=\"126\" y=\"11\" font-size=\"10\">").Append(Escape(format(value))).Append("</text></svg>");
        return text.ToString();
    }

    /// <summary>
    /// Draws countries on a law (x) by practice (y) plane, 0-100 each, with the diagonal where they are equal and the four
    /// classes of the method as shaded regions: law ahead, practice ahead, and coherent low and high in between.
    /// </summary>
    /// <param name="points">The countries: a short label, a full name, law, practice and class id.</param>
    /// <param name="gap">The rubric's gap threshold.</param>
    /// <param name="high">The rubric's high threshold (the mean of law and practice at which coherence is "high").</param>
    /// <param name="words">The report's words, for the axes and region names.</param>
    /// <param name="small">Whether to draw the small version (no region names), for small multiples.</param>
    /// <returns>The SVG element.</returns>
    public static string Scatter(IReadOnlyList<ScatterPoint> points, double gap, double high, IReadOnlyDictionary<string, string> words, bool small)
    {
        // Plot area: 0-100 mapped to a square of side 200 at (30, 10); y grows upwards.
        const double Left = 30, Top = 10, Side = 200;
        string X(double v) => Number(Left + (Clamp(v) * Side / 100));
        string Y(double v) => Number(Top + Side - (Clamp(v) * Side / 100));
        string Polygon(IEnumerable<(double X, double Y)> corners, string fill) =>
            "<polygon points=\"" + string.Join(" ", corners.Select(c => X(c.X) + "," + Y(c.Y))) + "\" fill=\"" + fill + "\"/>";

        // Small multiples print at about half the size: their words are drawn larger so that they stay readable on paper.
        var tickSize = small ? "13" : "9";
        var axisSize = small ? "14" : "10";
        var pointSize = small ? "14" : "9.5";
        var text = new StringBuilder(2048);
        var label = words["law"] + " × " + words["practice"];
        text.Append("<svg class=\"scatter").Append(small ? " small" : string.Empty).Append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 245\" role=\"img\" aria-label=\"")
            .Append(Escape(label)).Append("\">");
        var band = new List<(double, double)> { (0, 0), (gap, 0), (100, 100 - gap), (100, 100), (100 - gap, 100), (0, gap) };
        text.Append(Polygon(new[] { (gap, 0.0), (100.0, 0.0), (100.0, 100 - gap) }, RegionFill("implementation-gap")));
        text.Append(Polygon(new[] { (0.0, gap), (0.0, 100.0), (100 - gap, 100.0) }, RegionFill("practice-ahead-of-law")));
        text.Append(Polygon(Clip(band, 2 * high, above: false), RegionFill("coherent-low")));
        text.Append(Polygon(Clip(band, 2 * high, above: true), RegionFill("coherent-high")));
        text.Append("<rect x=\"").Append(X(0)).Append("\" y=\"").Append(Y(100)).Append("\" width=\"200\" height=\"200\" fill=\"none\" stroke=\"").Append(Frame).Append("\"/>");
        text.Append("<line x1=\"").Append(X(0)).Append("\" y1=\"").Append(Y(0)).Append("\" x2=\"").Append(X(100)).Append("\" y2=\"").Append(Y(100)).Append("\" stroke=\"").Append(Muted).Append("\" stroke-dasharray=\"4 3\"/>");
        foreach (var tick in small ? new[] { 0, 100 } : new[] { 0, 50, 100 })
        {
            text.Append("<text x=\"").Append(X(tick)).Append("\" y=\"226\" font-size=\"").Append(tickSize).Append("\" text-anchor=\"middle\">").Append(tick.ToString(CultureInfo.InvariantCulture)).Append("</text>");
            text.Append("<text x=\"26\" y=\"").Append(Number(Top + Side - (tick * 2) + 3)).Append("\" font-size=\"").Append(tickSize).Append("\" text-anchor=\"end\">").Append(tick.ToString(CultureInfo.InvariantCulture)).Append("</text>");
        }

        text.Append("<text x=\"").Append(X(50)).Append("\" y=\"242\" font-size=\"").Append(axisSize).Append("\" font-weight=\"600\" text-anchor=\"middle\">").Append(Escape(words["law"])).Append(" →</text>");
        text.Append("<text x=\"10\" y=\"").Append(Y(50)).Append("\" font-size=\"").Append(axisSize).Append("\" font-weight=\"600\" text-anchor=\"middle\" transform=\"rotate(-90 10 ").Append(Y(50)).Append(")\">").Append(Escape(words["practice"])).Append(" →</text>");
        if (!small)
        {
            RegionName(text, X(97), Y(4), "end", words["implementationGap"]);
            RegionName(text, X(3), Y(93), "start", words["practiceAheadOfLaw"]);
            RegionName(text, X(97), Y(93), "end", words["coherentHigh"]);
            RegionName(text, X(3), Y(4), "start", words["coherentLow"]);
        }

        foreach (var point in points)
        {
            text.Append("<g><title>").Append(Escape(point.Name + ": " + words["law"] + " " + Number(point.Law) + ", " + words["practice"] + " " + Number(point.Practice))).Append("</title>")
                .Append("<circle cx=\"").Append(X(point.Law)).Append("\" cy=\"").Append(Y(point.Practice)).Append("\" r=\"").Append(small ? "4" : "4.5").Append("\" fill=\"").Append(PointFill(point.Class)).Append("\" stroke=\"").Append(Ink).Append("\" stroke-width=\"0.8\"/>")
                .Append("<text x=\"").Append(Number(Left + (Clamp(point.Law) * Side / 100) + 6)).Append("\" y=\"").Append(Number(Top + Side - (Clamp(point.Practice) * Side / 100) + 3)).Append("\" font-size=\"").Append(pointSize).Append("\" font-weight=\"600\">")
                .Append(Escape(point.Label)).Append("</text></g>");
        }

        text.Append("</svg>");
        return text.ToString();
    }

    /// <summary>Gets the light fill of a class region on the law by practice plane.</summary>
    /// <param name="gapClass">The class id.</param>
    /// <returns>The colour.</returns>
    public static string RegionFill(string gapClass) => gapClass switch
    {
        "implementation-gap" => Palette.Css(Palette.ClassFill(GapClass.ImplementationGap)),
        "practice-ahead-of-law" => Palette.Css(Palette.ClassFill(GapClass.PracticeAheadOfLaw)),
        "coherent-high" => Palette.Css(Palette.ClassFill(GapClass.CoherentHigh)),
        _ => Palette.Css(Palette.ClassFill(GapClass.CoherentLow)),
    };

    /// <summary>Gets the fill of a country's point: the strong colour of its class.</summary>
    /// <param name="gapClass">The class id, or <see langword="null"/>.</param>
    /// <returns>The colour.</returns>
    public static string PointFill(string? gapClass) => gapClass switch
    {
        "implementation-gap" => Palette.Css(Palette.ClassStrong(GapClass.ImplementationGap)),
        "practice-ahead-of-law" => Palette.Css(Palette.ClassStrong(GapClass.PracticeAheadOfLaw)),
        "coherent-high" => Palette.Css(Palette.ClassStrong(GapClass.CoherentHigh)),
        "coherent-low" => Palette.Css(Palette.ClassStrong(GapClass.CoherentLow)),
        _ => Paper,
    };

    /// <summary>
    /// Draws a rank interval on a scale from rank 1 (left) to the last rank (right): a bar from the best to the worst rank of
    /// 90% of the variations, a dot at the rank with the rubric's own choices, and the interval in figures.
    /// </summary>
    /// <param name="nominal">The rank with the rubric's choices, or <see langword="null"/>.</param>
    /// <param name="low">The 5th percentile of the rank, or <see langword="null"/>.</param>
    /// <param name="high">The 95th percentile of the rank, or <see langword="null"/>.</param>
    /// <param name="units">How many countries are ranked.</param>
    /// <param name="description">The interval in words, for screen readers.</param>
    /// <returns>The SVG element.</returns>
    public static string RankInterval(int? nominal, int? low, int? high, int units, string description)
    {
        const double Left = 6;
        const double Width = 228;
        units = Math.Max(1, units);
        var step = Width / units;
        double X(int rank) => Left + ((Math.Max(1, Math.Min(units, rank)) - 0.5) * step);
        var text = new StringBuilder(1024);
        text.Append("<svg class=\"rank-interval\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 18\" width=\"300\" height=\"18\" role=\"img\" aria-label=\"")
            .Append(Escape(description)).Append("\">");
        text.Append("<rect x=\"").Append(Number(Left)).Append("\" y=\"4\" width=\"").Append(Number(Width)).Append("\" height=\"10\" rx=\"2\" fill=\"").Append(Track).Append("\"/>");
        for (var rank = 5; rank < units; rank += 5)
        {
            var x = Number(Left + (rank * step));
            text.Append("<line x1=\"").Append(x).Append("\" y1=\"2\" x2=\"").Append(x).Append("\" y2=\"16\" stroke=\"").Append(Tick).Append("\" stroke-width=\"0.6\"/>");
        }

        if (low is { } l && high is { } h)
        {
            var from = X(Math.Min(l, h)) - (step * 0.4);
            var to = X(Math.Max(l, h)) + (step * 0.4);
            text.Append("<rect x=\"").Append(Number(from)).Append("\" y=\"4\" width=\"").Append(Number(to - from)).Append("\" height=\"10\" rx=\"2\" fill=\"").Append(LawColour).Append("\" fill-opacity=\"0.45\"/>");
        }

        if (nominal is { } n)
        {
            text.Append("<circle cx=\"").Append(Number(X(n))).Append("\" cy=\"9\" r=\"4\" fill=\"").Append(Marker).Append("\" stroke=\"").Append(Paper).Append("\" stroke-width=\"1\"/>");
        }

        var figures = low is { } a && high is { } b ? (a == b ? a.ToString(CultureInfo.InvariantCulture) : a.ToString(CultureInfo.InvariantCulture) + "\u2013" + b.ToString(CultureInfo.InvariantCulture)) : "\u2013";
        text.Append("<text x=\"242\" y=\"13\" font-size=\"10\">").Append(Escape(figures)).Append(" / ").Append(units.ToString(CultureInfo.InvariantCulture)).Append("</text></svg>");
        return text.ToString();
    }

    /// <summary>Escapes text for XML and HTML content and attributes.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"': text.Append("&quot;"); break;
                case '\'': text.Append("&#39;"); break;
                default: text.Append(c); break;
            }
        }

        return text.ToString();
    }

    private static void Bar(StringBuilder text, int y, double? value, string colour, Func<double?, string> format)
    {
        var yText = y.ToString(CultureInfo.InvariantCulture);
        text.Append("<rect x=\"0\" y=\"").Append(yText).Append("\" width=\"240\" height=\"14\" rx=\"2\" fill=\"").Append(Track).Append("\"/>");
        if (value is { } v)
        {
            text.Append("<rect x=\"0\" y=\"").Append(yText).Append("\" width=\"").Append(Number(Clamp(v) * 2.4))
                .Append("\" height=\"14\" rx=\"2\" fill=\"").Append(colour).Append("\"/>");
        }

        text.Append("<text x=\"246\" y=\"").Append((y + 11).ToString(CultureInfo.InvariantCulture)).Append("\" font-size=\"11\">")
            .Append(Escape(format(value))).Append("</text>");
    }

    private static void RegionName(StringBuilder text, string x, string y, string anchor, string name) =>
        text.Append("<text x=\"").Append(x).Append("\" y=\"").Append(y).Append("\" font-size=\"8\" fill=\"").Append(Muted).Append("\" text-anchor=\"").Append(anchor).Append("\">").Append(Escape(name)).Append("</text>");

    /// <summary>Keeps the part of a convex polygon on one side of the line law + practice = sum (Sutherland-Hodgman).</summary>
    private static List<(double X, double Y)> Clip(IReadOnlyList<(double X, double Y)> polygon, double sum, bool above)
    {
        bool Inside((double X, double Y) p) => above ? p.X + p.Y >= sum : p.X + p.Y <= sum;
        var result = new List<(double X, double Y)>();
        for (var i = 0; i < polygon.Count; i++)
        {
            var current = polygon[i];
            var previous = polygon[(i + polygon.Count - 1) % polygon.Count];
            if (Inside(current) != Inside(previous))
            {
                var t = (sum - previous.X - previous.Y) / (current.X + current.Y - previous.X - previous.Y);
                result.Add((previous.X + (t * (current.X - previous.X)), previous.Y + (t * (current.Y - previous.Y))));
            }

            if (Inside(current))
            {
                result.Add(current);
            }
        }

        return result;
    }

    private static double Clamp(double value) => value < 0 ? 0 : value > 100 ? 100 : value;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
