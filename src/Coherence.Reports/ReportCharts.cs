using System;
using System.Globalization;
using System.Text;

namespace Coherence.Reports;

/// <summary>Small inline SVG charts made from numbers; every text they hold is escaped, so templates may output them unescaped.</summary>
internal static class ReportCharts
{
    /// <summary>The colour of law bars (Okabe-Ito blue).</summary>
    public const string LawColour = "#0072b2";

    /// <summary>The colour of practice bars (Okabe-Ito orange).</summary>
    public const string PracticeColour = "#e69f00";

    private const string Track = "#eceff1";

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

    private static double Clamp(double value) => value < 0 ? 0 : value > 100 ? 100 : value;

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
