using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Coherence.Localization;
using Scriban;
using Scriban.Runtime;

namespace Coherence.Reports;

/// <summary>
/// The functions templates call besides Scriban's own: numbers, percentages, scores and words in the report's language,
/// and small SVG charts. The language is the one of the <see cref="ReportContext"/> rendering.
/// </summary>
/// <remarks>
/// Functions return text, which the renderer escapes, except the chart functions (<c>bar</c>, <c>gauge</c>, <c>scatter</c>, <c>rankBar</c>): they return
/// <see cref="Markup"/> made here from numbers, with every word in it escaped.
/// </remarks>
internal static class ReportHelpers
{
    private const string Dash = "–";

    private static readonly Labels Spanish = new("es");
    private static readonly Labels English = new("en");

    /// <summary>Gets the names of the functions, for documentation and tests.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "number", "percent", "score", "signed", "label", "classLabel", "levelLabel", "heat", "bar", "gauge", "scatter", "rankBar", "has" };

    /// <summary>Makes the object that holds the functions, shared by every render.</summary>
    /// <returns>The functions, read-only.</returns>
    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(Functions), ScriptMemberImportFlags.Method, member => member.DeclaringType == typeof(Functions), member => char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1));
        foreach (var name in functions.Keys.ToList())
        {
            functions.SetReadOnly(name, true);
        }

        return functions;
    }

    private static Labels LabelsOf(TemplateContext context) => LanguageOf(context) == "es" ? Spanish : English;

    private static IReadOnlyDictionary<string, string> WordsOf(TemplateContext context) => ReportWords.For(LanguageOf(context));

    private static string LanguageOf(TemplateContext context) => (context as ReportContext)?.ReportLanguage ?? "en";

    internal static string Signed(double? value, Labels labels)
    {
        if (value is not { } v)
        {
            return Dash;
        }

        var rounded = Math.Round(v, 1);
        var text = Math.Abs(rounded).ToString("0.0", labels.Culture);
        return rounded > 0 ? "+" + text : rounded < 0 ? "\u2212" + text : text;
    }

    /// <summary>Reads a function argument as a number; text that is not one, and anything else, is no number.</summary>
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

    private static int Decimals(object? value) => ToNumber(value) is { } d ? (int)Math.Max(0, Math.Min(6, d)) : 0;

    /// <summary>The functions themselves; Scriban calls them by reflection with the rendering context first.</summary>
    private static class Functions
    {
        public static string Number(TemplateContext context, object? value, object? decimals = null) =>
            ToNumber(value) is { } v ? v.ToString("N" + Decimals(decimals).ToString(CultureInfo.InvariantCulture), LabelsOf(context).Culture) : Dash;

        public static string Percent(TemplateContext context, object? share, object? decimals = null) =>
            ToNumber(share) is { } s ? LabelsOf(context).Percent(s, Decimals(decimals)) : Dash;

        public static string Score(TemplateContext context, object? value) => LabelsOf(context).Score(ToNumber(value));

        public static string Signed(TemplateContext context, object? value) => ReportHelpers.Signed(ToNumber(value), LabelsOf(context));

        public static string Label(TemplateContext context, object? key)
        {
            var text = key as string ?? string.Empty;
            return WordsOf(context).TryGetValue(text, out var word) ? word : text;
        }

        public static string ClassLabel(TemplateContext context, object? id) => id is string text ? LabelsOf(context)[text] : string.Empty;

        public static string LevelLabel(TemplateContext context, object? value) =>
            ToNumber(value) is { } v ? WordsOf(context)[HeatPalette.Word(v)] : Dash;

        public static string Heat(TemplateContext context, object? value)
        {
            var (fill, ink) = HeatPalette.Colours(ToNumber(value));
            return "background-color:" + fill + ";color:" + ink;
        }

        public static Markup Bar(TemplateContext context, object? law, object? practice)
        {
            var words = WordsOf(context);
            return new Markup(ReportCharts.Bars(ToNumber(law), ToNumber(practice), words["law"], words["practice"], LabelsOf(context).Score));
        }

        /// <summary>Whether a value is there: not null, false, empty text, an empty list or zero, as a template's <c>if</c> wants it.</summary>
        public static bool Has(TemplateContext context, object? value) => value switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0,
            System.Collections.ICollection c => c.Count > 0,
            System.Collections.IEnumerable e => e.GetEnumerator().MoveNext(),
            _ => ToNumber(value) is not { } n || n != 0,
        };

        /// <summary>Draws countries (a list of <c>countries</c> or a series' <c>entries</c>) on the law by practice plane.</summary>
        public static Markup Scatter(TemplateContext context, object? items, object? rubric, object? small = null)
        {
            var points = new List<ScatterPoint>();
            foreach (var item in items as System.Collections.IEnumerable ?? Array.Empty<object>())
            {
                var (country, scores) = item switch
                {
                    CountryRanking r => (r.Country, r.Overall),
                    SeriesEntry e => (e.Country, e.Scores),
                    _ => (null, null),
                };
                if (country is not null && scores is { Law: { } law, Practice: { } practice, IsScored: true })
                {
                    points.Add(new ScatterPoint(country.Code, country.Name, law, practice, scores.Class));
                }
            }

            var thresholds = rubric as ReportRubric;
            return new Markup(ReportCharts.Scatter(points, thresholds?.GapThreshold ?? 25, thresholds?.HighThreshold ?? 60, WordsOf(context), small is true));
        }

        public static Markup Gauge(TemplateContext context, object? value) => new(ReportCharts.Gauge(ToNumber(value), LabelsOf(context).Score));

        /// <summary>Draws a country's rank interval (an item of <c>robustness.intervals</c>); anything else draws nothing.</summary>
        public static Markup RankBar(TemplateContext context, object? interval) => interval is RankIntervalView v
            ? new Markup(ReportCharts.RankInterval(v.Nominal, v.Low, v.High, v.Units, v.Reading))
            : new Markup(string.Empty);
    }
}
