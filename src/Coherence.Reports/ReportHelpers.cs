using System;
using System.Collections.Generic;
using System.Globalization;
using Coherence.Localization;
using HandlebarsDotNet;

namespace Coherence.Reports;

/// <summary>
/// The helpers templates use: numbers, percentages, scores and words in the report's language, and small SVG charts.
/// The language comes from the <c>@language</c> data variable the renderer passes.
/// </summary>
/// <remarks>
/// Helpers return text, which Handlebars escapes, except the chart helpers (<c>bar</c>, <c>gauge</c>): they write SVG markup
/// made here from numbers, with every word in it escaped, so templates never need <c>{{{ }}}</c>.
/// </remarks>
internal static class ReportHelpers
{
    private static readonly Labels Spanish = new("es");
    private static readonly Labels English = new("en");

    /// <summary>Gets the names of the helpers, for documentation and tests.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "number", "percent", "score", "signed", "label", "classLabel", "levelLabel", "heat", "bar", "gauge" };

    /// <summary>Registers every helper on a Handlebars environment.</summary>
    /// <param name="handlebars">The environment.</param>
    public static void Register(IHandlebars handlebars)
    {
        handlebars.RegisterHelper("number", (in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var labels = LabelsOf(options);
            var decimals = arguments.Length > 1 && ToNumber(arguments[1]) is { } d ? (int)Math.Max(0, Math.Min(6, d)) : 0;
            return ToNumber(Argument(arguments, 0)) is { } value ? value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), labels.Culture) : Dash;
        });
        handlebars.RegisterHelper("percent", (in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var labels = LabelsOf(options);
            var decimals = arguments.Length > 1 && ToNumber(arguments[1]) is { } d ? (int)Math.Max(0, Math.Min(6, d)) : 0;
            return ToNumber(Argument(arguments, 0)) is { } share
                ? labels.Percent(share, decimals)
                : Dash;
        });
        handlebars.RegisterHelper("score", (in HelperOptions options, in Context context, in Arguments arguments) =>
            LabelsOf(options).Score(ToNumber(Argument(arguments, 0))));
        handlebars.RegisterHelper("signed", (in HelperOptions options, in Context context, in Arguments arguments) =>
            Signed(ToNumber(Argument(arguments, 0)), LabelsOf(options)));
        handlebars.RegisterHelper("label", (in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var key = Argument(arguments, 0) as string ?? string.Empty;
            return WordsOf(options).TryGetValue(key, out var word) ? word : key;
        });
        handlebars.RegisterHelper("classLabel", (in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var id = Argument(arguments, 0) as string;
            return id is null ? string.Empty : LabelsOf(options)[id];
        });
        handlebars.RegisterHelper("levelLabel", (in HelperOptions options, in Context context, in Arguments arguments) =>
            ToNumber(Argument(arguments, 0)) is { } value ? WordsOf(options)[HeatPalette.Word(value)] : Dash);
        handlebars.RegisterHelper("heat", (in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var (fill, ink) = HeatPalette.Colours(ToNumber(Argument(arguments, 0)));
            return "background-color:" + fill + ";color:" + ink;
        });
        handlebars.RegisterHelper("bar", (in EncodedTextWriter output, in HelperOptions options, in Context context, in Arguments arguments) =>
        {
            var labels = LabelsOf(options);
            var words = WordsOf(options);
            output.Write(ReportCharts.Bars(ToNumber(Argument(arguments, 0)), ToNumber(Argument(arguments, 1)), words["law"], words["practice"], labels.Score), false);
        });
        handlebars.RegisterHelper("gauge", (in EncodedTextWriter output, in HelperOptions options, in Context context, in Arguments arguments) =>
            output.Write(ReportCharts.Gauge(ToNumber(Argument(arguments, 0)), LabelsOf(options).Score), false));
    }

    private const string Dash = "–";

    private static object? Argument(Arguments arguments, int index) => index < arguments.Length ? arguments[index] : null;

    private static Labels LabelsOf(HelperOptions options) => LanguageOf(options) == "es" ? Spanish : English;

    private static IReadOnlyDictionary<string, string> WordsOf(HelperOptions options) => ReportWords.For(LanguageOf(options));

    private static string LanguageOf(HelperOptions options) => options.Data["language"] as string ?? "en";

    private static string Signed(double? value, Labels labels)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        var rounded = Math.Round(v, 1);
        var text = Math.Abs(rounded).ToString("0.0", labels.Culture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>Reads a helper argument as a number; text that is not one, and anything else, is no number.</summary>
    private static double? ToNumber(object? value) => value switch
    {
        double d when !double.IsNaN(d) => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };
}
