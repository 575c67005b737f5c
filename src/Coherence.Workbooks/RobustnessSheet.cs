using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Robustness;
using Coherence.Serialization;
using DocumentFormat.OpenXml.Spreadsheet;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using FontStyle = Coherence.Workbooks.Styles.FontStyle;
using StyleRegistry = Coherence.Workbooks.Styles.StyleRegistry;

namespace Coherence.Workbooks;

/// <summary>
/// The robustness sheet of the results workbook: how firm each rank and class is under the draws of a robustness analysis.
/// </summary>
/// <remarks>
/// Four tables on one column grid, so that the sheet prints on Letter or A4 turned, fitted to the width: ranks (nominal,
/// median, 5–95% interval, share of draws per rank), the plain reading of each overall interval, the probability of each
/// class per matrix cell (the rubric's own class in bold), and the Sobol indices per country with their bootstrap
/// intervals, after their mean over countries. Ranks are on a level (law, practice or their mean), never on coherence.
/// </remarks>
internal static class RobustnessSheet
{
    // The column grid: country, period, group or output, dimension or input, then six number columns wide enough for the
    // longest word of a class name in a header. Landscape Letter fits it at about 86%, so
    // that the smallest text (9.5 pt) prints above 8 pt.
    private static readonly double[] Widths = { 15, 8, 12, 15, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5 };
    private const int Columns = 10;
    private const double ShownShare = 0.005;

    private static readonly CellStyle Index = new() { Bordered = true, NumberFormat = "0.00", Horizontal = "center", Vertical = "top" };
    private static readonly CellStyle Whole = new() { Bordered = true, NumberFormat = "0", Horizontal = "center", Vertical = "top" };
    private static readonly CellStyle Median = new() { Bordered = true, NumberFormat = "0.0", Horizontal = "center", Vertical = "top" };
    private static readonly CellStyle Score = WorkbookStyles.Score with { Vertical = "top" };
    private static readonly CellStyle Share = WorkbookStyles.Percent with { Vertical = "top" };
    private static readonly CellStyle None = WorkbookStyles.Missing with { Vertical = "top" };
    private static readonly CellStyle Overall = WorkbookStyles.Section with { Vertical = "top", Wrap = true };
    private static readonly CellStyle Centered = new() { Bordered = true, Horizontal = "center", Vertical = "top" };
    private static readonly CellStyle Small = new() { Font = new FontStyle(9.5), Bordered = true, Vertical = "top", Wrap = true };

    /// <summary>Builds the sheet.</summary>
    /// <param name="result">The robustness result.</param>
    /// <param name="language">The language of the workbook.</param>
    /// <param name="strings">The workbook's shared strings.</param>
    /// <param name="styles">The workbook's styles.</param>
    /// <param name="paper">The paper it prints on.</param>
    /// <returns>The worksheet.</returns>
    public static Worksheet Build(RobustnessResult result, string language, SharedStrings strings, StyleRegistry styles, Paper paper)
    {
        var texts = new WorkbookTexts(language);
        var labels = new Labels(language);
        var rubric = result.Rubric;
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper, TabColor = Palette.Argb(Palette.Accent) };
        for (var c = 0; c < Columns; c++)
        {
            sheet.Width(c + 1, Widths[c]);
        }

        sheet.Text(1, 1, texts["robustness.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        var measure = labels.Texts["robustness.measure." + RobustnessJsonWriter.MeasureName(result.Measure)];
        var subtitle = labels.Texts.Format("robustness.summary", result.Draws, result.Seed, measure, result.Factors.Count) + " " + texts["robustness.subtitle"];
        sheet.Text(1, 2, subtitle, WorkbookStyles.Subtle);
        sheet.Merge(1, 2, Columns, 2);
        sheet.Height(2, RowHeights.For(new[] { ((string?)subtitle, Widths.Sum() * 1.1) }));
        var row = 4u;

        string Name(CountryCode country, CountryName? name) => RobustnessJsonWriter.NameOf(country, name, language);
        string GroupName(string? id) => id is null ? labels["overall"] : rubric.Groups.FirstOrDefault(g => g.Id == id)?.Name.Get(language) ?? id;
        string DimensionName(string id) => rubric.FindDimension(id)?.Name.Get(language) ?? id;
        string Percent(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";

        void Heading(string text)
        {
            sheet.Text(1, row, text, WorkbookStyles.Subheading);
            sheet.Merge(1, row, Columns, row);
            row++;
        }

        void Headers(params (int Column, string Text, CellStyle? Style)[] headers)
        {
            foreach (var (column, text, style) in headers)
            {
                sheet.Text(column, row, text, style ?? WorkbookStyles.Header);
            }

            sheet.Height(row, RowHeights.For(headers.Select(h => ((string?)h.Text, Widths[h.Column - 1] * 0.8))));
            row++;
        }

        void Note(string text)
        {
            sheet.Text(1, row, text, WorkbookStyles.Subtle);
            sheet.Merge(1, row, Columns, row);
            sheet.Height(row, RowHeights.For(new[] { ((string?)text, Widths.Sum() * 1.1) }));
            row++;
        }

        // What varies.
        Heading(texts["robustness.inputs"]);
        Headers((1, labels.Texts["robustness.column.input"], null), (4, texts["robustness.alternatives"], null));
        sheet.Merge(1, row - 1, 3, row - 1);
        sheet.Merge(4, row - 1, Columns, row - 1);
        if (result.Factors.Count == 0)
        {
            Note(labels.Texts["robustness.no-inputs"]);
        }

        foreach (var factor in result.Factors)
        {
            var alternatives = factor.Alternatives.Count > 0 ? string.Join(", ", factor.Alternatives) : texts["robustness.continuous"];
            sheet.Text(1, row, factor.Id, WorkbookStyles.Locked);
            sheet.Merge(1, row, 3, row);
            sheet.Text(4, row, alternatives, WorkbookStyles.Locked);
            sheet.Merge(4, row, Columns, row);
            sheet.Height(row, RowHeights.For(new[] { ((string?)factor.Id, 43.0), (alternatives, 65.0) }));
            row++;
        }

        row++;

        // Ranks, period by period, in the order of the rubric's own ranking of the level.
        var ranks = result.Ranks.OrderBy(r => r.Period, StringComparer.Ordinal)
            .ThenBy(r => r.Group is null ? 0 : 1 + rubric.Groups.ToList().FindIndex(g => g.Id == r.Group))
            .ThenBy(r => r.NominalRank ?? int.MaxValue)
            .ThenBy(r => Name(r.Country, r.CountryName), StringComparer.Ordinal)
            .ToList();
        Heading(texts["robustness.ranks"]);
        Headers(
            (1, labels["country"], null), (2, labels["period"], null), (3, labels["group"], null), (4, texts["robustness.per-rank"], null),
            (5, labels.Texts["robustness.column.score"], null), (6, labels.Texts["robustness.column.nominal"], null), (7, labels.Texts["robustness.column.median"], null),
            (8, labels.Texts["robustness.column.interval"], null), (9, labels.Texts["robustness.column.same-rank"], null), (10, texts["robustness.unranked"], null));
        foreach (var interval in ranks)
        {
            var name = Name(interval.Country, interval.CountryName);
            var shares = string.Join(" · ", interval.RankShares.Select((share, i) => (share, rank: i + 1)).Where(s => s.share >= ShownShare)
                .Select(s => RobustnessReading.Ordinal(s.rank, labels.Texts) + " " + Percent(s.share)));
            sheet.Text(1, row, name, interval.Group is null ? Overall : WorkbookStyles.Locked);
            sheet.Text(2, row, interval.Period, Centered);
            sheet.Text(3, row, GroupName(interval.Group), WorkbookStyles.Locked);
            sheet.Text(4, row, shares.Length == 0 ? "—" : shares, Small);
            Optional(5, interval.NominalScore, Score);
            Optional(6, interval.NominalRank, Whole);
            Optional(7, interval.MedianRank, Median);
            sheet.Text(8, row, interval.Low is { } low && interval.High is { } high ? (low == high ? low.ToString(CultureInfo.InvariantCulture) : low.ToString(CultureInfo.InvariantCulture) + "–" + high.ToString(CultureInfo.InvariantCulture)) : "—", Centered);
            sheet.Number(9, row, interval.NominalRank is { } r && r <= interval.RankShares.Count ? interval.RankShares[r - 1] : 0, Share);
            sheet.Number(10, row, interval.UnrankedShare, Share);
            sheet.Height(row, RowHeights.For(new[] { ((string?)name, Widths[0] * 0.85), (GroupName(interval.Group), Widths[2] * 0.85), (shares, Widths[3]) }));
            row++;
        }

        Note(texts["robustness.ranks.note"]);
        row++;

        // The plain reading of each overall interval.
        Heading(texts["robustness.readings"]);
        foreach (var interval in ranks.Where(r => r.Group is null))
        {
            var reading = RobustnessReading.Of(interval, Name(interval.Country, interval.CountryName), labels.Texts);
            sheet.Text(1, row, reading, WorkbookStyles.Wrapped);
            sheet.Merge(1, row, Columns, row);
            sheet.Height(row, RowHeights.For(new[] { ((string?)reading, Widths.Sum()) }));
            row++;
        }

        row++;

        // Class probabilities per matrix cell.
        var classes = new[] { GapClass.CoherentHigh, GapClass.CoherentLow, GapClass.ImplementationGap, GapClass.PracticeAheadOfLaw, GapClass.InsufficientData };
        Heading(texts["robustness.classes"]);
        Headers(
            new[] { (1, labels["country"], (CellStyle?)null), (2, labels["period"], null), (3, labels["group"], null), (4, labels["dimension"], null) }
                .Concat(classes.Select((k, i) => (5 + i, labels.Of(k), (CellStyle?)ClassHeader(k))))
                .ToArray());
        var names = ranks.Where(r => r.Group is null).ToDictionary(r => (r.Country, r.Period), r => Name(r.Country, r.CountryName));
        foreach (var cell in result.Classes.OrderBy(c => c.Period, StringComparer.Ordinal).ThenBy(c => names.TryGetValue((c.Country, c.Period), out var n) ? n : c.Country.Value, StringComparer.Ordinal))
        {
            if (cell.NominalClass is null && cell.CoherentHigh + cell.CoherentLow + cell.ImplementationGap + cell.PracticeAheadOfLaw + cell.InsufficientData == 0)
            {
                // A cell that applies under no draw has nothing to say.
                continue;
            }

            var name = names.TryGetValue((cell.Country, cell.Period), out var n) ? n : Name(cell.Country, null);
            sheet.Text(1, row, name, WorkbookStyles.Locked);
            sheet.Text(2, row, cell.Period, Centered);
            sheet.Text(3, row, GroupName(cell.Group), WorkbookStyles.Locked);
            sheet.Text(4, row, DimensionName(cell.Dimension), WorkbookStyles.Locked);
            double[] shares = { cell.CoherentHigh, cell.CoherentLow, cell.ImplementationGap, cell.PracticeAheadOfLaw, cell.InsufficientData };
            for (var i = 0; i < classes.Length; i++)
            {
                sheet.Number(5 + i, row, shares[i], cell.NominalClass == classes[i] ? NominalShare(classes[i]) : Share);
            }

            sheet.Height(row, RowHeights.For(new[] { ((string?)name, Widths[0] * 0.85), (GroupName(cell.Group), Widths[2] * 0.85), (DimensionName(cell.Dimension), Widths[3] * 0.85) }));
            row++;
        }

        Note(texts["robustness.classes.note"]);
        row++;

        // Sensitivity: the mean over countries, then per country with intervals.
        Heading(labels.Texts["robustness.table.sensitivity"]);
        Headers(
            (1, labels.Texts["robustness.column.input"], null), (4, texts["robustness.target"], null),
            (5, texts["robustness.first-order"], null), (6, texts["robustness.total-order"], null));
        sheet.Merge(1, row - 1, 3, row - 1);
        foreach (var factor in result.Factors)
        {
            foreach (var target in new[] { "rank", "score" })
            {
                var indices = result.Sensitivity.Where(s => s.Factor == factor.Id && s.Target == target).Select(s => s.Index).ToList();
                sheet.Text(1, row, factor.Id, WorkbookStyles.Locked);
                sheet.Merge(1, row, 3, row);
                sheet.Text(4, row, texts["robustness.target." + target], WorkbookStyles.Locked);
                Mean(5, indices.Select(i => i.FirstOrder));
                Mean(6, indices.Select(i => i.TotalOrder));
                row++;
            }
        }

        row++;
        var level = (result.Confidence * 100).ToString("0.#", CultureInfo.InvariantCulture);
        Heading(texts.Format("robustness.sensitivity", level));
        Headers(
            (1, labels["country"], null), (2, labels["period"], null), (3, texts["robustness.target"], null), (4, labels.Texts["robustness.column.input"], null),
            (5, texts["robustness.first-order"], null), (6, texts["robustness.from"], null), (7, texts["robustness.to"], null),
            (8, texts["robustness.total-order"], null), (9, texts["robustness.from"], null), (10, texts["robustness.to"], null));
        foreach (var index in result.Sensitivity.OrderBy(s => s.Period, StringComparer.Ordinal).ThenBy(s => names.TryGetValue((s.Country, s.Period), out var n) ? n : s.Country.Value, StringComparer.Ordinal))
        {
            var name = names.TryGetValue((index.Country, index.Period), out var n) ? n : Name(index.Country, null);
            sheet.Text(1, row, name, WorkbookStyles.Locked);
            sheet.Text(2, row, index.Period, Centered);
            sheet.Text(3, row, texts["robustness.target." + index.Target], WorkbookStyles.Locked);
            sheet.Text(4, row, index.Factor, WorkbookStyles.Locked);
            Optional(5, index.Index.FirstOrder, Index);
            Optional(6, index.Index.FirstOrderLow, Index);
            Optional(7, index.Index.FirstOrderHigh, Index);
            Optional(8, index.Index.TotalOrder, Index);
            Optional(9, index.Index.TotalOrderLow, Index);
            Optional(10, index.Index.TotalOrderHigh, Index);
            sheet.Height(row, RowHeights.For(new[] { ((string?)name, Widths[0] * 0.85), (index.Factor, Widths[3] * 0.85) }));
            row++;
        }

        Note(texts["robustness.sensitivity.note"]);
        return sheet.Build();

        void Optional(int column, double? value, CellStyle style)
        {
            if (value is { } v)
            {
                sheet.Number(column, row, v, style);
            }
            else
            {
                sheet.Text(column, row, "—", None);
            }
        }

        void Mean(int column, IEnumerable<double?> values)
        {
            var known = values.Where(v => v is not null).Select(v => v!.Value).ToList();
            Optional(column, known.Count == 0 ? null : known.Average(), Index);
        }
    }

    private static CellStyle ClassHeader(GapClass gapClass) => WorkbookStyles.Header with
    {
        Fill = Palette.Argb(gapClass == GapClass.InsufficientData ? Palette.Missing : Palette.ClassFill(gapClass)),
        Font = new FontStyle(9.5, Bold: true, Color: Palette.Argb(Palette.Ink)),
    };

    private static CellStyle NominalShare(GapClass gapClass) => Share with
    {
        Fill = Palette.Argb(gapClass == GapClass.InsufficientData ? Palette.Missing : Palette.ClassFill(gapClass)),
        Font = new FontStyle(Bold: true),
    };
}
