using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Model;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;

namespace Coherence.Workbooks;

/// <summary>
/// Lays out the sheet a team prints to review or fill the rubric on paper: each indicator once, with its question, the full
/// text of every level and, per facet, a row of answers for each sheet that asks it, read from the answer sheets by formulas.
/// </summary>
/// <remarks>
/// The answer sheets are wide screen tables (17 columns) that repeat every level's text on every group's sheet; printed,
/// the bundled rubric's workbook ran to about a thousand pages. This sheet prints the same questions, levels and answers
/// on Letter portrait, fitted to the width at a legible scale, a block per indicator, never split across two pages when it fits on one.
/// </remarks>
internal sealed class PrintForm
{
    private const string Group = "group";
    private const double MinimumAnswerHeight = 28;
    private const double OneLineHeader = 20;

    private static readonly CellStyle TitleStyle = WorkbookStyles.Title with { Wrap = true };
    private static readonly CellStyle Label = WorkbookStyles.Bold with { Wrap = true };

    // Merged cells across the page hold more characters per character of width than narrow columns (measured on
    // LibreOffice's PDFs: about 1.3); a little less is assumed, so that no text is cut.
    private const double WideDensity = 1.2;

    private readonly Rubric rubric;
    private readonly string language;
    private readonly WorkbookTexts texts;
    private readonly ColumnLayout answers;
    private readonly IReadOnlyDictionary<string, (string Top, string Path)> dimensions;

    public PrintForm(Rubric rubric, string language, WorkbookTexts texts, ColumnLayout answers, IReadOnlyDictionary<string, (string Top, string Path)> dimensions)
    {
        this.rubric = rubric;
        this.language = language;
        this.texts = texts;
        this.answers = answers;
        this.dimensions = dimensions;
    }

    /// <summary>Gets the form's columns: the sheet an answer comes from, then what a team writes for each facet.</summary>
    public ColumnLayout Columns() => new ColumnLayout()
        .Add(Group, texts["col.group"], 14, WorkbookStyles.Header)
        .Add(WorkbookLayout.Level, texts["col.level-plain"], 11, WorkbookStyles.Header)
        .Add(WorkbookLayout.Evidence, texts["print.evidence"], 25, WorkbookStyles.Header)
        .Add(WorkbookLayout.Sources, texts["print.sources"], 15, WorkbookStyles.Header)
        .Add(WorkbookLayout.Confidence, texts["print.confidence"], 10, WorkbookStyles.Header)
        .Add(WorkbookLayout.Notes, texts["print.notes"], 13, WorkbookStyles.Header);

    /// <summary>Gets the last row written, for the print area.</summary>
    public uint LastRow { get; private set; }

    /// <summary>Gets the last column written, for the print area.</summary>
    public int LastColumn { get; private set; }

    /// <summary>Writes the form onto a sheet.</summary>
    /// <param name="sheet">The sheet.</param>
    /// <param name="title">The title of the first page.</param>
    /// <param name="sources">The answer sheets, whole country first, each with the row of every indicator it asks.</param>
    /// <param name="answered">The text an answer cell holds now (or null), for the values the formulas show before recalculation.</param>
    /// <param name="measure">Measures the title as it will read, when it carries texts left as holes (<see cref="WorkbookHoles.Measure"/>).</param>
    public void Write(WorksheetBuilder sheet, string title, IReadOnlyList<AnswerSheet> sources, Func<AnswerSheet, Indicator, string, string, string?> answered, Func<string, Func<string, double>, double>? measure = null)
    {
        var first = Columns();
        for (var c = 0; c < first.Columns.Count; c++)
        {
            sheet.Width(c + 1, first.Columns[c].Width);
        }

        var last = first.Last;
        var wide = first.TotalWidth - first.Width(Group);
        var usable = PageHeight(sheet.Paper);

        // The title wraps within the form's width: overflowing to the right, it would widen what LibreOffice fits to the page.
        sheet.Text(1, 1, title, TitleStyle);
        sheet.Merge(1, 1, last, 1);
        Func<string, double> titleHeight = t => Math.Max(24, RowHeights.Lines(t, first.TotalWidth * 0.75) * 19);
        sheet.Height(1, measure is null ? titleHeight(title) : measure(title, titleHeight));
        Paragraph(2, texts["print.note"], WorkbookStyles.Subtle, first.TotalWidth, 1);

        // Units that are kept on one page: an indicator's heading with its first facet, then each further facet.
        var units = new List<uint>();
        var row = 4u;
        foreach (var indicator in rubric.Indicators)
        {
            var asking = sources.Where(s => s.Rows.ContainsKey(indicator.Id)).ToList();
            if (asking.Count > 0)
            {
                Block(indicator, asking, ref row);
            }
        }

        // The title stays with the first indicator; a unit starts a new page when it does not fit on what is left of this one.
        if (units.Count > 0)
        {
            units[0] = 1;
        }

        units.Add(row);
        var used = 0.0;
        for (var u = 0; u + 1 < units.Count; u++)
        {
            var height = 0.0;
            for (var r = units[u]; r < units[u + 1]; r++)
            {
                height += sheet.RowHeight(r);
            }

            if (used > 0 && used + height > usable)
            {
                sheet.PageBreaksBefore.Add(units[u]);
                used = 0;
            }

            used = (used + height) % usable;
        }

        sheet.PrintAs = new PrintLayout(false, true, 100);
        LastRow = row - 1;
        LastColumn = last;

        void Block(Indicator indicator, List<AnswerSheet> asking, ref uint row)
        {
            units.Add(row);
            var firstFacet = true;
            var (_, path) = dimensions.TryGetValue(indicator.Id, out var d) ? d : (string.Empty, string.Empty);
            sheet.Text(1, row, indicator.Id + " · " + indicator.Name.Get(language), WorkbookStyles.Section);
            for (var c = 2; c <= last; c++)
            {
                sheet.Text(c, row, null, WorkbookStyles.Section);
            }

            sheet.Merge(1, row, last, row);
            sheet.Height(row, Math.Max(20, RowHeights.For(new[] { ((string?)(indicator.Id + " · " + indicator.Name.Get(language)), first.TotalWidth) })));
            row++;
            if (path.Length > 0)
            {
                Paragraph(row++, path, WorkbookStyles.Subtle, first.TotalWidth, 1);
            }

            var expected = indicator.Evidence.Get(language);
            if (expected.Length > 0)
            {
                Labelled(row++, texts["col.expected-evidence"], expected, WorkbookStyles.Subtle);
            }

            for (var f = 0; f < rubric.Facets.Count; f++)
            {
                var facet = rubric.Facets[f];
                var part = indicator.FindFacet(facet.Id);
                var scale = part is null ? null : rubric.FindScale(part.ScaleId);
                if (part is null || scale is null)
                {
                    continue;
                }

                if (!firstFacet)
                {
                    units.Add(row);
                }

                firstFacet = false;
                var facetName = facet.Name.Get(language);
                Labelled(row++, texts.Format("col.question", facetName), part.Question.Get(language), WorkbookStyles.Locked);
                var levels = scale.Kind == ScaleKind.Ordinal
                    ? RubricWorkbookWriter.LevelTexts(scale.Levels.Select(l => (l.Label.Get(language), part.LevelDescriptors.TryGetValue(l.Id, out var text) ? text.Get(language) : l.Descriptor.Get(language))).ToList())
                    : texts.Format("scale.continuous", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture));
                Labelled(row++, texts.Format("col.levels", facetName), levels, WorkbookStyles.Locked);

                var columns = Columns();
                var headerStyle = WorkbookStyles.FacetHeader(facet.Id);
                foreach (var column in columns.Columns)
                {
                    sheet.Text(columns[column.Key], row, column.Header, headerStyle);
                }

                sheet.Height(row, Math.Max(OneLineHeader, RowHeights.For(columns.Columns.Select(c => ((string?)c.Header, c.Width * 0.85)))));
                row++;
                foreach (var source in asking)
                {
                    var heights = new List<(string?, double)> { (source.Title, columns.Width(Group)) };
                    sheet.Text(columns[Group], row, source.Title, WorkbookStyles.Locked);
                    foreach (var key in new[] { WorkbookLayout.Level, WorkbookLayout.Evidence, WorkbookLayout.Sources, WorkbookLayout.Confidence, WorkbookLayout.Notes })
                    {
                        var cell = CellReference.Absolute(answers[WorkbookLayout.FacetKey(facet.Id, key)], source.Rows[indicator.Id]);
                        var now = answered(source, indicator, facet.Id, key);
                        sheet.Formula(columns[key], row, Formulas.Shown(Formulas.On(source.Name, cell)), now ?? string.Empty, key is WorkbookLayout.Level or WorkbookLayout.Confidence ? WorkbookStyles.LockedCentered : WorkbookStyles.Locked);
                        heights.Add((now, columns.Width(key)));
                    }

                    sheet.Height(row, Math.Max(MinimumAnswerHeight, RowHeights.For(heights)));
                    row++;
                }
            }

            // A blank row between indicators.
            sheet.Height(row, 10);
            row++;
        }

        void Labelled(uint at, string label, string text, CellStyle style)
        {
            sheet.Text(1, at, label, Label);
            sheet.Text(2, at, text, style);
            for (var c = 3; c <= last; c++)
            {
                sheet.Text(c, at, null, style);
            }

            sheet.Merge(2, at, last, at);
            sheet.Height(at, Math.Max(RowHeights.For(new[] { ((string?)label, first.Width(Group)) }), RowHeights.For(new[] { ((string?)text, wide) }, WideDensity)));
        }

        void Paragraph(uint at, string text, CellStyle style, double width, int from)
        {
            sheet.Text(from, at, text, style);
            sheet.Merge(from, at, last, at);
            sheet.Height(at, RowHeights.For(new[] { ((string?)text, width) }));
        }
    }

    /// <summary>Gets the height of a page within its top and bottom margins, in the sheet's points.</summary>
    /// <remarks>
    /// The form prints portrait, fitted to the width: LibreOffice prints a character of width in about 7.4 points, so
    /// the form's 88 characters at about 83 % on Letter, which keeps the 10-point notes above 8 points. A page then holds
    /// some 760 of the sheet's points; a little less is counted, so that a block that is meant to fit does.
    /// </remarks>
    private static double PageHeight(Paper paper) => ((paper == Paper.A4 ? 841.9 : 792.0) - (2 * 0.6 * 72)) / 0.86;
}
