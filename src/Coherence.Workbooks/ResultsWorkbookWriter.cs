using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Scoring;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using FontStyle = Coherence.Workbooks.Styles.FontStyle;
using StyleRegistry = Coherence.Workbooks.Styles.StyleRegistry;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>Writes the results of a scoring run as a workbook: summary matrix, gaps table, coverage, a chart and the method.</summary>
/// <remarks>
/// Assessments are added one at a time, as they are scored; the writer keeps only what the sheets show: the rows of the
/// root and top-level dimensions of each assessment, and each indicator row with its evidence for the gaps sheet.
/// </remarks>
internal sealed class ResultsWorkbookWriter
{
    /// <summary>The most indicator rows the gaps sheet holds; beyond, the workbook is refused (use the tidy CSV instead).</summary>
    public const int MaxGapRows = 250_000;

    // The summary: a label column wide enough for most dimension names on one line, and a narrow column per group, so
    // that five groups and the overall column print one page wide in landscape, shrunk to no less than this scale
    // (10-point notes then print at 8.2 points or more).
    private const double SummaryLabelWidth = 60;
    private const double SummaryWidth = 12;
    private const double SummaryMinimumScale = 0.82;
    private const double BlankRow = 15;
    private const string InsufficientMark = "—";
    private static readonly CellStyle SummaryLabel = WorkbookStyles.Locked with { Vertical = "center" };

    // The chart sheet: a label column wide enough for the longest group name on one line, and blocks of fixed-height rows.
    private const double ChartLabelWidth = 46;
    private const uint ChartRows = 14;
    private const double BlockRowHeight = 15;
    private static readonly CellStyle ChartLabel = new() { Bordered = true, Vertical = "top" };
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string language;
    private readonly DateTimeOffset generatedAt;
    private readonly string toolVersion;
    private readonly Paper paper;
    private readonly Labels labels;
    private readonly WorkbookTexts texts;
    private readonly SharedStrings strings = new();
    private readonly StyleRegistry styles = new();
    private readonly List<(string Name, WorksheetPart Part)> sheets = new();
    private readonly List<DefinedName> names = new();
    private readonly List<Entry> entries = new();
    private readonly List<GapRow> gaps = new();
    private readonly Dictionary<string, Rubric> rubrics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Action<SheetRowWriter>> streamed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScoringEngine> engines = new(StringComparer.Ordinal);
    private WorkbookPart? workbookPart;
    private uint tableCount;

    /// <summary>Initializes a new instance of the <see cref="ResultsWorkbookWriter"/> class.</summary>
    public ResultsWorkbookWriter(string language, DateTimeOffset generatedAt, string toolVersion, Paper paper = Paper.Letter)
    {
        this.paper = paper;
        this.language = language;
        this.generatedAt = generatedAt;
        this.toolVersion = toolVersion;
        labels = new Labels(language);
        texts = new WorkbookTexts(language);
    }

    /// <summary>Gets or sets a robustness analysis of the same assessments, shown on a sheet of its own (<see cref="RobustnessSheet"/>), or <see langword="null"/>.</summary>
    public Coherence.Robustness.RobustnessResult? Robustness { get; set; }

    /// <summary>Gets how many indicator rows the gaps sheet holds so far.</summary>
    public int GapRows => gaps.Count;

    /// <summary>Writes a run held in memory to a stream.</summary>
    public static void Write(ScoreRun run, string language, Stream stream, Paper paper = Paper.Letter)
    {
        var writer = new ResultsWorkbookWriter(language, run.GeneratedAt, run.ToolVersion, paper);
        foreach (var score in run.Scores)
        {
            var rubric = run.Rubrics[score.Root.NodeId];
            writer.Add(score, new ScoringEngine(rubric).Rows(score), rubric);
        }

        writer.WriteTo(stream);
    }

    /// <summary>Keeps what the workbook shows of one assessment.</summary>
    public void Add(AssessmentScore score, IReadOnlyList<ScoreRow> rows, Rubric rubric)
    {
        rubrics[rubric.Id] = rubric;
        var index = entries.Count;
        var kept = new List<ScoreRow>((rubric.Groups.Count + 1) * (rubric.Root.Children.Count + 1));
        var next = 0;
        foreach (var row in rows)
        {
            if (row.Kind == NodeKind.Indicator)
            {
                // Indicator rows come in the order of the score's indicator cells, which hold the evidence.
                var cell = next < score.Indicators.Count ? score.Indicators[next++] : null;
                gaps.Add(new GapRow(index, row, cell?.LawResponse?.Evidence, cell?.PracticeResponse?.Evidence));
            }
            else if (row.Depth <= 1)
            {
                kept.Add(row);
            }
        }

        var a = score.Assessment;
        entries.Add(new Entry(a.Country.Value, a.CountryName?.For(language), a.Period, a.Rubric.Id + " " + a.Rubric.Version, a.Source?.Path, a.Source?.Sha256, rubric, kept));
    }

    /// <summary>Writes the workbook to a stream.</summary>
    /// <remarks>
    /// The package is built in memory, since packaging needs a stream it can read and seek, but without the rows of the
    /// gaps and coverage sheets, which are written straight to the output as the package is copied there.
    /// </remarks>
    public void WriteTo(Stream stream)
    {
        using var buffer = new MemoryStream();
        Build(buffer);
        Repackage(buffer, stream);
    }

    /// <summary>Gets what a matrix cell shows: the coherence of a two-facet rubric, the one facet's score otherwise.</summary>
    // Classes of aggregates the rows do not class; one engine per rubric version, since versions may differ in thresholds.
    private ScoringEngine EngineOf(Rubric rubric)
    {
        var key = rubric.Id + "@" + rubric.Version;
        if (!engines.TryGetValue(key, out var engine))
        {
            engines.Add(key, engine = new ScoringEngine(rubric));
        }

        return engine;
    }

    private static double? Value(Rubric rubric, Aggregate score) => rubric.HasGap ? score.Coherence : score.Law ?? score.Practice;

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static ConditionalFormatting ColorScale(string range, int priority, bool highIsGood = true) =>
        new(new ConditionalFormattingRule(
            new ColorScale(
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "0" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "50" },
                new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "100" },
                new Color { Rgb = Palette.Argb(highIsGood ? Palette.Bands[0] : Palette.Bands[4]) },
                new Color { Rgb = Palette.Argb(Palette.Bands[2]) },
                new Color { Rgb = Palette.Argb(highIsGood ? Palette.Bands[4] : Palette.Bands[0]) }))
        { Type = ConditionalFormatValues.ColorScale, Priority = priority })
        { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } };

    private void Build(Stream stream)
    {
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = texts["results.title"];
            document.PackageProperties.Creator = "Coherence " + toolVersion;
            document.PackageProperties.Created = generatedAt.UtcDateTime;
            workbookPart = document.AddWorkbookPart();
            var sheetNames = new SheetNames();
            Summary(sheetNames.Take(texts["sheet.summary"]));
            Countries(sheetNames.Take(texts["sheet.countries"]));
            Gaps(sheetNames.Take(texts["sheet.gaps"]));
            Coverage(sheetNames.Take(texts["sheet.coverage"]));
            Chart(sheetNames.Take(texts["sheet.chart"]));
            if (Robustness is not null)
            {
                NewPart(sheetNames.Take(texts["sheet.robustness"])).Worksheet = RobustnessSheet.Build(Robustness, language, strings, styles, paper);
            }

            Method(sheetNames.Take(texts["sheet.method"]));
            // The streamed rows are written after the style sheet: their styles are registered here, before it is built.
            foreach (var style in new[] { WorkbookStyles.Locked, WorkbookStyles.Score, WorkbookStyles.Missing, WorkbookStyles.Integer, WorkbookStyles.Percent })
            {
                styles.IndexOf(style);
            }

            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
            var sheetsElement = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                sheetsElement.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(sheets[i].Part) });
            }

            var workbook = new Workbook(new BookViews(new WorkbookView { ActiveTab = 0 }), sheetsElement);
            if (names.Count > 0)
            {
                workbook.Append(new DefinedNames(names));
            }

            workbook.Append(new CalculationProperties { CalculationId = 191029 });
            workbookPart.Workbook = workbook;
        }
    }

    private WorksheetPart NewPart(string name)
    {
        var part = workbookPart!.AddNewPart<WorksheetPart>();
        sheets.Add((name, part));
        return part;
    }

    /// <summary>Prints a sheet's header rows at the top of every page, and its first columns, if any, at the left of every page.</summary>
    private void RepeatOnEveryPage(string sheet, uint header, uint? lastHeader = null, int columns = 0)
    {
        string Row(uint r) => "$" + r.ToString(CultureInfo.InvariantCulture);
        var titles = Formulas.On(sheet, Row(header) + ":" + Row(lastHeader ?? header));
        if (columns > 0)
        {
            titles = Formulas.On(sheet, "$A:$" + CellReference.Column(columns)) + "," + titles;
        }

        names.Add(new DefinedName(titles) { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)(sheets.Count - 1) });
    }

    /// <summary>Prints only a sheet's first columns: the others are for reading on screen.</summary>
    private void PrintColumns(string sheet, int columns, uint lastRow) =>
        names.Add(new DefinedName(Formulas.On(sheet, CellReference.Absolute(1, 1) + ":" + CellReference.Absolute(columns, lastRow))) { Name = "_xlnm.Print_Area", LocalSheetId = (uint)(sheets.Count - 1) });

    /// <summary>Gets the height of a row of so many lines of body text: a one-line row keeps the default height.</summary>
    private static double LineHeight(int lines) => lines <= 1 ? RowHeights.OneLine : (lines * 14.5) + 4;

    private static string Title(Entry entry) =>
        $"{entry.Country} · {entry.Period}" + (entry.CountryName is { Length: > 0 } n ? " · " + n : string.Empty);

    /// <summary>Writes a score, or the reason there is none, in a cell people can read.</summary>
    /// <remarks>In the summary's narrow columns, insufficient data is shown as a dash, which the legend explains.</remarks>
    private void Score(WorksheetBuilder sheet, int column, uint row, Aggregate score, double? value, GapClass? gapClass = null, bool brief = false)
    {
        if (value is { } v)
        {
            sheet.Number(column, row, v, (gapClass is { } c and not GapClass.InsufficientData ? WorkbookStyles.ScoreIn(c) : WorkbookStyles.Score) with { Vertical = "center" });
        }
        else
        {
            sheet.Text(column, row, score.Status == ScoreStatus.NotApplicable ? labels["not-applicable"] : brief ? InsufficientMark : labels["insufficient-data"], WorkbookStyles.Missing);
        }
    }

    /// <summary>
    /// The summary: for each country and period, a matrix of dimensions (rows) by groups (columns) and over all groups,
    /// then the overall score, law, practice, net gap and coverage of each group. Dimensions run down the page, so that
    /// a rubric's many dimensions print one page wide in landscape at a legible size; each matrix starts a new page when
    /// it does not fit on what is left of the current one, and the title and the legend repeat on every page.
    /// </summary>
    private void Summary(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper, Selected = true, TabColor = WorkbookColors.Accent };
        var groupCount = entries.Count == 0 ? 1 : entries.Max(e => e.Rubric.Groups.Count);
        // The legend's five tags need five columns beside the label, whatever the number of groups.
        var lastColumn = Math.Max(groupCount + 2, 6);
        var widths = new List<double> { SummaryLabelWidth };
        widths.AddRange(Enumerable.Repeat(SummaryWidth, lastColumn - 1));
        var totalWidth = widths.Sum();
        for (var c = 0; c < widths.Count; c++)
        {
            sheet.Width(c + 1, widths[c]);
        }

        sheet.Text(1, 1, texts["results.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);

        // Coherence alone says nothing about level (no law and no practice is "coherent"): cells are coloured by their
        // class, never by a scale on coherence, and the legend names the classes. The legend prints at body size: the
        // sheet is shrunk to the page width.
        var legend = 1;
        var tags = new List<(string?, double)>();
        foreach (var gapClass in new[] { GapClass.CoherentHigh, GapClass.CoherentLow, GapClass.ImplementationGap, GapClass.PracticeAheadOfLaw })
        {
            sheet.Text(++legend, 2, labels.Of(gapClass), WorkbookStyles.ClassTag(gapClass) with { Font = new FontStyle(10) });
            tags.Add((labels.Of(gapClass), SummaryWidth * 0.95));
        }

        // The tags are 10 points: a line holds about a tenth more than body text.
        sheet.Text(++legend, 2, InsufficientMark + " " + labels["insufficient-data"], WorkbookStyles.Missing);
        tags.Add((InsufficientMark + " " + labels["insufficient-data"], SummaryWidth * 0.95));
        sheet.Height(2, RowHeights.For(tags, 1.15));
        RepeatOnEveryPage(name, 1, 2);

        var print = PrintLayout.For(widths, paper);
        var scale = Math.Min(1, PrintLayout.Printable(paper, landscape: true) / widths.Sum(PrintLayout.Points));
        if (scale >= SummaryMinimumScale)
        {
            print = new PrintLayout(true, scale < 1, 100);
        }

        sheet.PrintAs = print;
        var page = (PrintLayout.PrintableHeight(paper, print.Landscape) / (print.FitToWidth ? scale : 1)) - sheet.RowHeight(1) - sheet.RowHeight(2);
        var used = 0.0;
        var row = 4u;
        foreach (var entry in entries)
        {
            var top = row;
            Matrix(entry);
            var height = 0.0;
            for (var r = top; r < row; r++)
            {
                height += sheet.RowHeight(r);
            }

            // A matrix starts a new page when it does not fit on what is left of this one (one taller than a page runs on).
            if (used > 0 && used + height > page)
            {
                sheet.PageBreaksBefore.Add(top);
                used = 0;
            }

            used += height + BlankRow;
            row++;
        }

        // The notes say how to read the colours and how to print the long sheets. They follow the matrices, which fill
        // whole pages: above the first, they would leave its page with nothing else.
        var notes = row;
        sheet.Text(1, row++, texts["results.notes"], WorkbookStyles.Subheading);
        Paragraph(row++, texts["results.subtitle"], WorkbookStyles.Note with { Wrap = true, Vertical = "top" });
        Paragraph(row++, texts.Format("results.print-note", texts["sheet.gaps"], texts["sheet.coverage"]), WorkbookStyles.Note with { Wrap = true, Vertical = "top" });
        if (used + RowHeights.OneLine + sheet.RowHeight(notes + 1) + sheet.RowHeight(notes + 2) > page)
        {
            sheet.PageBreaksBefore.Add(notes);
        }

        sheet.FrozenRows = 2;
        part.Worksheet = sheet.Build();

        void Paragraph(uint at, string text, CellStyle style)
        {
            sheet.Text(1, at, text, style);
            sheet.Merge(1, at, lastColumn, at);
            // Notes are 10 points: a line holds about a tenth more than body text.
            sheet.Height(at, RowHeights.For(new[] { ((string?)text, totalWidth) }, 1.15));
        }

        void Matrix(Entry entry)
        {
            var rubric = entry.Rubric;
            var engine = EngineOf(rubric);
            GapClass? ClassOf(Aggregate score) => rubric.HasGap ? engine.Classify(score) : null;
            var groups = rubric.Groups;
            var overallColumn = groups.Count + 2;
            var valueLabel = rubric.HasGap ? labels["coherence"] : texts["results.score"];

            // The corner names the assessment (the rubric's title is on the method sheet); the group names, short where
            // the tool knows a short one, head the columns. Headers wrap: bold takes about a sixth more room.
            var heading = Title(entry) + "\n" + rubric.Id + " " + rubric.Version;
            sheet.Text(1, row, heading, WorkbookStyles.Header);
            var headers = new List<(string?, double)> { (heading, SummaryLabelWidth * 0.85) };
            for (var g = 0; g < groups.Count; g++)
            {
                var groupName = texts.Has("group.short." + groups[g].Id) ? texts["group.short." + groups[g].Id] : groups[g].Name.Get(language);
                sheet.Text(2 + g, row, groupName, WorkbookStyles.Header);
                headers.Add((groupName, SummaryWidth * 0.85));
            }

            var overallHeader = labels["overall"];
            sheet.Text(overallColumn, row, overallHeader, WorkbookStyles.Header);
            headers.Add((overallHeader, SummaryWidth * 0.85));
            sheet.Height(row, Math.Max(32, RowHeights.For(headers)));
            row++;
            var first = row;
            foreach (var dimension in rubric.Dimensions)
            {
                var dimensionName = dimension.Name.Get(language);
                sheet.Text(1, row, dimensionName, SummaryLabel);
                sheet.Height(row, LineHeight(RowHeights.Lines(dimensionName, SummaryLabelWidth, 0.95)));
                Across(dimension.Id, score => Value(rubric, score), ClassOf);
                row++;
            }

            // The overall score, its class, then what it is made of: law, practice, the net gap, and the coverage.
            sheet.Text(1, row, $"{labels["overall"]} ({valueLabel})", WorkbookStyles.Section);
            Across(rubric.Id, score => Value(rubric, score), ClassOf);
            if (!rubric.HasGap)
            {
                // A one-facet rubric shows levels, which a value scale may colour.
                sheet.ConditionalFormats.Add(ColorScale(Formulas.Range(2, first, overallColumn, row), sheet.ConditionalFormats.Count + 1));
            }

            row++;
            foreach (var facet in rubric.Facets)
            {
                sheet.Text(1, row, facet.Name.Get(language), WorkbookStyles.FacetHeader(facet.Id));
                Across(rubric.Id, score => facet.Id == Facet.Law ? score.Law : facet.Id == Facet.Practice ? score.Practice : null, _ => null);
                row++;
            }

            if (rubric.HasGap)
            {
                sheet.Text(1, row, labels["net-gap"], WorkbookStyles.Bold with { Bordered = true });
                Across(rubric.Id, score => score.NetGap, _ => null);
                row++;
            }

            sheet.Text(1, row, labels["coverage"], WorkbookStyles.Bold with { Bordered = true });
            for (var g = 0; g <= groups.Count; g++)
            {
                var aggregate = entry.Find(rubric.Id, g < groups.Count ? groups[g].Id : ScoreRow.AllGroups);
                if (aggregate.Status == ScoreStatus.NotApplicable)
                {
                    sheet.Text(2 + g, row, labels["not-applicable"], WorkbookStyles.Missing);
                }
                else
                {
                    sheet.Number(2 + g, row, aggregate.Coverage, WorkbookStyles.Percent);
                }
            }

            row++;

            // One row of a node: each group's value, then over all groups; a missing value says why, and may wrap.
            void Across(string nodeId, Func<Aggregate, double?> value, Func<Aggregate, GapClass?> classOf)
            {
                for (var g = 0; g <= groups.Count; g++)
                {
                    var aggregate = entry.Find(nodeId, g < groups.Count ? groups[g].Id : ScoreRow.AllGroups);
                    var shown = value(aggregate);
                    Score(sheet, 2 + g, row, aggregate, shown, classOf(aggregate), brief: true);
                    if (shown is null && aggregate.Status == ScoreStatus.NotApplicable)
                    {
                        // Why a value is missing, in 10-point italics: a line holds about 1.45 characters per character of width.
                        sheet.Height(row, Math.Max(sheet.RowHeight(row), LineHeight(RowHeights.Lines(labels["not-applicable"], SummaryWidth, 1.45))));
                    }
                }
            }
        }
    }

    /// <summary>
    /// The cross-country sheet: one row per country and period, and per group its law, practice, net gap, coherence,
    /// coverage and class, side by side. Rows follow the country's name, then the period: never a ranking.
    /// </summary>
    private void Countries(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper, FrozenColumns = 2, FrozenRows = 4 };
        sheet.Text(1, 1, texts["results.countries.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        const uint GroupRow = 3;
        const uint Header = 4;
        var groups = entries.SelectMany(e => e.Rubric.Groups).GroupBy(g => g.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var layout = new ColumnLayout()
            .Add("country", labels["country"], 22, WorkbookStyles.Header)
            .Add("period", labels["period"], 10, WorkbookStyles.Header);
        var measures = new (string Key, string Header, double Width)[]
        {
            ("law", labels["law"], 10), ("practice", labels["practice"], 10), ("net-gap", labels["net-gap"], 10),
            ("coherence", labels["coherence"], 11), ("coverage", labels["coverage"], 10), ("class", labels["class"], 18),
        };
        foreach (var group in groups)
        {
            foreach (var (key, header, width) in measures)
            {
                layout.Add(group.Id + "." + key, header, width, WorkbookStyles.FacetHeader(key));
            }
        }

        layout.Write(sheet, Header);
        sheet.Height(Header, Math.Max(32, RowHeights.For(layout.Columns.Select(c => ((string?)c.Header, c.Width * 0.85)))));

        // The note wraps over the first page's width (the country, the period and the first group), not beyond.
        var noteEnd = groups.Count == 0 ? 2 : layout[groups[0].Id + ".class"];
        var noteWidth = layout.Columns.Take(noteEnd).Sum(c => c.Width);
        sheet.Text(1, 2, texts["results.countries.subtitle"], WorkbookStyles.Note with { Wrap = true, Vertical = "top" });
        sheet.Merge(1, 2, noteEnd, 2);
        sheet.Height(2, RowHeights.For(new[] { ((string?)texts["results.countries.subtitle"], noteWidth) }, 1.15));
        sheet.Text(1, GroupRow, null, WorkbookStyles.Header);
        sheet.Text(2, GroupRow, null, WorkbookStyles.Header);
        var groupHeights = new List<(string?, double)>();
        foreach (var group in groups)
        {
            var first = layout[group.Id + ".law"];
            var last = layout[group.Id + ".class"];
            var groupName = group.Name.Get(language);
            sheet.Text(first, GroupRow, groupName, WorkbookStyles.Header);
            for (var c = first + 1; c <= last; c++)
            {
                sheet.Text(c, GroupRow, null, WorkbookStyles.Header);
            }

            sheet.Merge(first, GroupRow, last, GroupRow);
            groupHeights.Add((groupName, measures.Sum(m => m.Width) * 0.85));
        }

        sheet.Height(GroupRow, RowHeights.For(groupHeights));
        // The group names and headers repeat on every page, and the country and period at the left of every page.
        RepeatOnEveryPage(name, GroupRow, Header, columns: 2);
        // A group's overall score has no class in the rows (only group × dimension cells do): it is classed here by the same rule.
        var row = Header + 1;
        foreach (var entry in entries
            .OrderBy(e => CountryName(e), StringComparer.Create(CultureInfo.GetCultureInfo(language), ignoreCase: true))
            .ThenBy(e => e.Period, StringComparer.Ordinal))
        {
            var country = CountryName(entry);
            sheet.Text(layout["country"], row, country, WorkbookStyles.Locked);
            sheet.Text(layout["period"], row, entry.Period, WorkbookStyles.Locked);
            var heights = new List<(string?, double)> { (country, layout.Width("country")) };
            foreach (var group in groups)
            {
                string Key(string measure) => group.Id + "." + measure;
                if (entry.Rubric.FindGroup(group.Id) is null || entry.FindRow(entry.Rubric.Id, group.Id) is not { } scored)
                {
                    foreach (var (key, _, _) in measures)
                    {
                        sheet.Text(layout[Key(key)], row, key == "law" ? "—" : null, WorkbookStyles.Missing);
                    }

                    continue;
                }

                var aggregate = scored.Score;
                Score(sheet, layout[Key("law")], row, aggregate, aggregate.Law);
                Score(sheet, layout[Key("practice")], row, aggregate, aggregate.Practice);
                Score(sheet, layout[Key("net-gap")], row, aggregate, aggregate.NetGap);
                Score(sheet, layout[Key("coherence")], row, aggregate, aggregate.Coherence);
                if (aggregate.Status == ScoreStatus.NotApplicable)
                {
                    sheet.Text(layout[Key("coverage")], row, labels["not-applicable"], WorkbookStyles.Missing);
                }
                else
                {
                    sheet.Number(layout[Key("coverage")], row, aggregate.Coverage, WorkbookStyles.Percent);
                }

                var classed = scored.Class ?? EngineOf(entry.Rubric).Classify(aggregate);
                var gapClass = classed is { } value ? labels.Of(value) : null;
                sheet.Text(layout[Key("class")], row, gapClass, classed == GapClass.InsufficientData ? WorkbookStyles.Missing : WorkbookStyles.Locked);
                heights.Add((gapClass, layout.Width(Key("class"))));
                if (aggregate.Law is null || aggregate.Practice is null)
                {
                    // "Insufficient data" in 10-point italics wraps in the narrow columns of the scores.
                    heights.Add((labels["insufficient-data"], layout.Width(Key("law")) * 1.3));
                }
            }

            sheet.Height(row, RowHeights.For(heights));
            row++;
        }

        // Each group prints on a page of its own, beside the repeated country and period: a break after each group's columns.
        var columnBreaks = groups.Take(groups.Count - 1).Select(g => new Break { Id = (uint)layout[g.Id + ".class"], Max = 1048575, ManualPageBreak = true }).ToList();
        part.Worksheet = columnBreaks.Count == 0 ? sheet.Build() : sheet.Build(new ColumnBreaks(columnBreaks) { Count = (uint)columnBreaks.Count, ManualBreakCount = (uint)columnBreaks.Count });
    }

    /// <summary>Gets the country's name in the workbook's language: as the assessment gives it, else as the tool knows it, else its code.</summary>
    private string CountryName(Entry entry) =>
        entry.CountryName is { Length: > 0 } n ? n : CountryCode.TryParse(entry.Country, out var code) && CountryNames.Of(code) is { } known ? known.Get(language) : entry.Country;

    /// <summary>
    /// The gaps sheet: a filterable table of every indicator row, a country at a time (by code, then period), largest
    /// absolute gap first within each, insufficient data last. It prints landscape, one page wide, each country from a
    /// new page under the repeated header; the status and evidence columns are for the screen and do not print.
    /// </summary>
    private void Gaps(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper, FrozenRows = 3 };
        sheet.Text(1, 1, texts["results.gaps.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        Rubric RubricOf(GapRow g) => entries[g.Entry].Rubric;
        var table = new DataTable<GapRow>()
            .Add("country", labels["country"], 8, g => g.Row.Country.Value, WorkbookStyles.Locked)
            .Add("period", labels["period"], 8, g => g.Row.Period, WorkbookStyles.Locked)
            .Add("group", labels["group"], 16, g => RubricOf(g).FindGroup(g.Row.Group)?.Name.Get(language) ?? g.Row.Group, WorkbookStyles.Locked)
            .Add("dimension", labels["dimension"], 17, g => g.Row.DimensionId is { } d ? RubricOf(g).FindDimension(d)?.Name.Get(language) ?? d : string.Empty, WorkbookStyles.Locked)
            .Add("indicator", labels["indicator"], 10, g => g.Row.NodeId, WorkbookStyles.Locked)
            .Add("name", texts["results.name"], 23, g => RubricOf(g).FindIndicator(g.Row.NodeId)?.Name.Get(language), WorkbookStyles.Locked)
            .Add("law", labels["law"], 7, g => g.Row.Score.Law, WorkbookStyles.Score)
            .Add("practice", labels["practice"], 9, g => g.Row.Score.Practice, WorkbookStyles.Score)
            .Add("net-gap", labels["net-gap"], 8, g => g.Row.Score.NetGap, WorkbookStyles.Score)
            .Add("absolute-gap", labels["absolute-gap"], 9, g => g.Row.Score.AbsoluteGap, WorkbookStyles.Score)
            .Add("class", labels["class"], 14, g => g.Row.Class is { } value ? labels.Of(value) : null, g => g.Row.Class == GapClass.InsufficientData ? WorkbookStyles.Missing : WorkbookStyles.Locked)
            .Add("status", texts["results.status"], 14, g => StatusText(g.Row.Score.Status), g => g.Row.Score.Status == ScoreStatus.Scored ? WorkbookStyles.Locked : WorkbookStyles.Missing)
            .Add("law.evidence", labels["evidence"] + " (" + labels["law"] + ")", 50, g => g.LawEvidence, WorkbookStyles.Locked)
            .Add("practice.evidence", labels["evidence"] + " (" + labels["practice"] + ")", 50, g => g.PracticeEvidence, WorkbookStyles.Locked);
        const uint Header = 3;
        table.Layout.Write(sheet, Header);
        sheet.Height(Header, 32);
        RepeatOnEveryPage(name, Header);
        Vocabulary();
        var last = Math.Max(Header + 1, Header + (uint)gaps.Count);
        sheet.ConditionalFormats.Add(ColorScale(Formulas.Column(table.Layout["absolute-gap"], Header + 1, last), 1, highIsGood: false));
        var ordered = gaps
            .OrderBy(x => x.Row.Country.Value, StringComparer.Ordinal)
            .ThenBy(x => x.Row.Period, StringComparer.Ordinal)
            .ThenBy(x => x.Row.AbsoluteGap is null ? 1 : 0)
            .ThenByDescending(x => x.Row.AbsoluteGap ?? 0)
            .ThenBy(x => x.Row.NodeId, StringComparer.Ordinal)
            .ThenBy(x => x.Row.Group, StringComparer.Ordinal)
            .ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (!string.Equals(ordered[i].Row.Country.Value, ordered[i - 1].Row.Country.Value, StringComparison.Ordinal))
            {
                sheet.PageBreaksBefore.Add(Header + 1 + (uint)i);
            }
        }

        PrintTable(sheet, name, table.Layout, table.Layout["class"], last);
        var tablePart = Table(part, texts["sheet.gaps"], table.Headers, Formulas.Range(1, Header, table.Layout.Last, last));
        part.Worksheet = sheet.Build(tablePart);

        // One row per indicator row of every assessment: too many to build in memory, so they go straight to the part.
        streamed[PartName(part)] = rows =>
        {
            var row = Header + 1;
            foreach (var gap in ordered)
            {
                table.Write(rows, row++, gap);
            }
        };
    }

    /// <summary>Prints a long table landscape, its first columns one page wide when they stay legible there, else at full size.</summary>
    private void PrintTable(WorksheetBuilder sheet, string name, ColumnLayout layout, int printed, uint lastRow)
    {
        var widths = layout.Columns.Take(printed).Select(c => c.Width).ToList();
        var scale = Math.Min(1, PrintLayout.Printable(paper, landscape: true) / widths.Sum(PrintLayout.Points));
        sheet.PrintAs = scale >= SummaryMinimumScale ? new PrintLayout(true, scale < 1, 100) : PrintLayout.For(widths, paper);
        if (printed < layout.Last)
        {
            sheet.PrintedColumns = printed;
            PrintColumns(name, printed, lastRow);
        }
    }

    private void Coverage(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper, FrozenRows = 3 };
        sheet.Text(1, 1, texts["results.coverage.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        var table = new DataTable<CoverageRow>()
            .Add("country", labels["country"], 8, c => c.Entry.Country, WorkbookStyles.Locked)
            .Add("period", labels["period"], 8, c => c.Entry.Period, WorkbookStyles.Locked)
            .Add("group", labels["group"], 19, c => c.GroupName, WorkbookStyles.Locked)
            .Add("dimension", labels["dimension"], 24, c => c.NodeName, WorkbookStyles.Locked)
            .Add("answered", labels["answered"], 11, c => c.Aggregate.Answered, WorkbookStyles.Integer)
            .Add("applicable", labels["applicable"], 11, c => c.Aggregate.Applicable, WorkbookStyles.Integer)
            .Add("coverage", labels["coverage"], 10, c => c.Aggregate.Coverage, WorkbookStyles.Percent)
            .Add("status", texts["results.status"], 13, c => StatusText(c.Aggregate.Status), c => c.Aggregate.Status == ScoreStatus.Scored ? WorkbookStyles.Locked : WorkbookStyles.Missing)
            .Add("reason", texts["results.reason"], 26, c => labels.Reason(c.Aggregate, c.MinCoverage), WorkbookStyles.Locked);
        const uint Header = 3;
        table.Layout.Write(sheet, Header);
        sheet.Height(Header, 32);
        RepeatOnEveryPage(name, Header);
        var count = entries.Sum(e => (long)(e.Rubric.Groups.Count + 1) * (e.Rubric.Dimensions.Count() + 1));
        var last = Math.Max(Header + 1, Header + (uint)count);
        sheet.ConditionalFormats.Add(new ConditionalFormatting(
            new ConditionalFormattingRule(
                new DataBar(
                    new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "0" },
                    new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "1" },
                    new Color { Rgb = WorkbookColors.Accent }))
            { Type = ConditionalFormatValues.DataBar, Priority = 1 })
        { SequenceOfReferences = new ListValue<StringValue> { InnerText = Formulas.Column(table.Layout["coverage"], Header + 1, last) } });
        // Each country starts a new page: its rows are its assessments' blocks, in the order they were added.
        var at = Header + 1;
        for (var e = 0; e < entries.Count; e++)
        {
            if (e > 0 && !string.Equals(entries[e].Country, entries[e - 1].Country, StringComparison.Ordinal))
            {
                sheet.PageBreaksBefore.Add(at);
            }

            at += (uint)((entries[e].Rubric.Groups.Count + 1) * (entries[e].Rubric.Dimensions.Count() + 1));
        }

        PrintTable(sheet, name, table.Layout, table.Layout.Last, last);
        var tablePart = Table(part, texts["sheet.coverage"], table.Headers, Formulas.Range(1, Header, table.Layout.Last, last));
        part.Worksheet = sheet.Build(tablePart);

        // The root and each top-level dimension, per group and over all groups, of every assessment: straight to the part.
        streamed[PartName(part)] = rows =>
        {
            var row = Header + 1;
            foreach (var entry in entries)
            {
                var rubric = entry.Rubric;
                var nodes = rubric.Dimensions.Select(d => (Id: d.Id, Name: d.Name.Get(language), d.MinCoverage)).Prepend((Id: rubric.Id, Name: labels["overall"], rubric.Root.MinCoverage)).ToList();
                foreach (var group in rubric.Groups.Select(g => (Id: g.Id, Name: g.Name.Get(language))).Append((Id: ScoreRow.AllGroups, Name: labels["overall"])))
                {
                    foreach (var node in nodes)
                    {
                        table.Write(rows, row++, new CoverageRow(entry, group.Name, node.Name, node.MinCoverage, entry.Find(node.Id, group.Id)));
                    }
                }
            }
        };
    }

    private string StatusText(ScoreStatus status) => status switch
    {
        ScoreStatus.Scored => texts["results.scored"],
        ScoreStatus.NotApplicable => labels["not-applicable"],
        _ => labels["insufficient-data"],
    };

    /// <summary>Puts the texts that the streamed rows repeat into the shared strings, before the table is written.</summary>
    private void Vocabulary()
    {
        foreach (var text in new[] { texts["results.scored"], labels["not-applicable"], labels["insufficient-data"], labels["overall"] })
        {
            strings.IndexOf(text);
        }

        foreach (var gapClass in (GapClass[])Enum.GetValues(typeof(GapClass)))
        {
            strings.IndexOf(labels.Of(gapClass));
        }

        foreach (var rubric in rubrics.Values)
        {
            foreach (var group in rubric.Groups)
            {
                strings.IndexOf(group.Name.Get(language));
            }

            foreach (var dimension in rubric.Dimensions)
            {
                strings.IndexOf(dimension.Name.Get(language));
            }

            foreach (var indicator in rubric.Indicators)
            {
                strings.IndexOf(indicator.Id);
                strings.IndexOf(indicator.Name.Get(language));
            }
        }

        foreach (var entry in entries)
        {
            strings.IndexOf(entry.Country);
            strings.IndexOf(entry.Period);
        }
    }

    private static string PartName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    /// <summary>Copies the package built in memory to the output, writing the rows of the long sheets into their parts on the way.</summary>
    private void Repackage(MemoryStream built, Stream output)
    {
        built.Position = 0;
        using var source = new ZipArchive(built, ZipArchiveMode.Read, leaveOpen: true);
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            streamed.TryGetValue(entry.FullName, out var rows);
            var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            using var from = entry.Open();
            using var to = copy.Open();
            if (rows is null)
            {
                from.CopyTo(to);
                continue;
            }

            // The part holds the sheet's head rows; the rest go in before the end of its sheet data.
            string xml;
            using (var reader = new StreamReader(from, Utf8))
            {
                xml = reader.ReadToEnd();
            }

            var end = xml.LastIndexOf("sheetData>", StringComparison.Ordinal);
            var close = end < 0 ? -1 : xml.LastIndexOf("</", end, StringComparison.Ordinal);
            if (close < 0)
            {
                throw new InvalidOperationException("the sheet " + entry.FullName + " has no sheet data to fill");
            }

            var prefix = xml.Substring(close + 2, end - close - 2);
            using var writer = new StreamWriter(to, Utf8, 1 << 16);
            writer.Write(xml.Substring(0, close));
            rows(new SheetRowWriter(writer, prefix, strings, styles));
            writer.Write(xml.Substring(close));
        }
    }

    private TableParts Table(WorksheetPart part, string name, IReadOnlyList<string> headers, string range)
    {
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var id = ++tableCount;
        var tableName = new string(name.Where(char.IsLetterOrDigit).ToArray());
        tablePart.Table = new Table(
            new AutoFilter { Reference = range },
            new TableColumns(headers.Select((h, i) => new TableColumn { Id = (uint)(i + 1), Name = h })) { Count = (uint)headers.Count },
            new TableStyleInfo { Name = "TableStyleMedium2", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = id,
            Name = tableName.Length == 0 ? "Table" + id.ToString(CultureInfo.InvariantCulture) : tableName,
            DisplayName = tableName.Length == 0 ? "Table" + id.ToString(CultureInfo.InvariantCulture) : tableName,
            Reference = range,
            TotalsRowShown = false,
        };
        return new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 };
    }

    /// <summary>
    /// The chart sheet: for each country and period, its law and practice per group as a small table and, below it, a
    /// native bar chart of that table alone. Each block is a fixed number of rows of fixed height, and page breaks fall
    /// between blocks only, so that no chart is cut by a printed page.
    /// </summary>
    private void Chart(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper };
        var facets = rubrics.Values.SelectMany(r => r.Facets).GroupBy(f => f.Id).Select(g => g.First()).Where(f => f.Id is Facet.Law or Facet.Practice).ToList();
        sheet.Width(1, ChartLabelWidth);
        for (var f = 0; f < facets.Count; f++)
        {
            sheet.Width(2 + f, 12);
        }

        sheet.Text(1, 1, texts["results.chart.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        var drawingsPart = part.AddNewPart<DrawingsPart>();
        var drawing = new Xdr.WorksheetDrawing();
        var quoted = CellReference.Sheet(name);
        var row = 3u;
        var blocksOnPage = 0;
        var perPage = BlocksPerPage();
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            var groups = entry.Rubric.Groups;
            if (blocksOnPage == perPage)
            {
                sheet.PageBreaksBefore.Add(row);
                blocksOnPage = 0;
            }

            blocksOnPage++;
            var top = row;
            sheet.Text(1, row, CountryName(entry) + " · " + entry.Period, WorkbookStyles.Subheading);
            row++;
            var header = row;
            sheet.Text(1, row, labels["group"], WorkbookStyles.Header);
            for (var f = 0; f < facets.Count; f++)
            {
                sheet.Text(2 + f, row, facets[f].Name.Get(language), WorkbookStyles.FacetHeader(facets[f].Id));
            }

            row++;
            var categories = new List<string>();
            var values = facets.Select(_ => new List<double?>()).ToList();
            foreach (var group in groups)
            {
                var aggregate = entry.Find(entry.Rubric.Id, group.Id);
                categories.Add(group.Name.Get(language));
                sheet.Text(1, row, group.Name.Get(language), ChartLabel);
                for (var f = 0; f < facets.Count; f++)
                {
                    var value = facets[f].Id == Facet.Law ? aggregate.Law : aggregate.Practice;
                    values[f].Add(value);
                    sheet.Number(2 + f, row, value, WorkbookStyles.Score);
                }

                row++;
            }

            // The chart sits under its table, as wide as the table, its height a fixed number of rows.
            var chartTop = row;
            row += ChartRows;
            var chartPart = drawingsPart.AddNewPart<ChartPart>();
            chartPart.ChartSpace = BarChart(CountryName(entry) + " · " + entry.Period + ": " + texts["results.chart.title"], quoted, facets, header, categories, values);
            drawing.Append(Anchor(drawingsPart.GetIdOfPart(chartPart), (uint)(e + 2), CountryName(entry) + " " + entry.Period, chartTop, 1 + facets.Count));
            row++;

            // Every row of the block has a fixed height, so the block's printed height is known and a break never falls in it.
            for (var r = top; r < row; r++)
            {
                sheet.Height(r, BlockRowHeight);
            }
        }

        drawingsPart.WorksheetDrawing = drawing;
        part.Worksheet = sheet.Build(new Drawing { Id = part.GetIdOfPart(drawingsPart) });

        int BlocksPerPage()
        {
            // The tallest block, in points, against the printable height of a portrait page (margins of 0.6 in).
            var tallest = entries.Count == 0 ? 1 : entries.Max(e => e.Rubric.Groups.Count);
            var block = (tallest + 3 + ChartRows) * BlockRowHeight;
            var page = (paper == Paper.A4 ? 841.9 : 792.0) - (2 * 0.6 * 72) - 24;
            return Math.Max(1, (int)(page / block));
        }
    }

    private static Xdr.TwoCellAnchor Anchor(string chartId, uint id, string title, uint top, int lastColumn) =>
        new(
            new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId((top - 1).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("38100")),
            new Xdr.ToMarker(new Xdr.ColumnId(lastColumn.ToString(CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"), new Xdr.RowId((top - 1 + ChartRows).ToString(CultureInfo.InvariantCulture)), new Xdr.RowOffset("0")),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
            { Macro = string.Empty },
            new Xdr.ClientData())
        { EditAs = Xdr.EditAsValues.OneCell };

    private C.ChartSpace BarChart(string title, string quoted, IReadOnlyList<Facet> facets, uint header, IReadOnlyList<string> categories, IReadOnlyList<List<double?>> values)
    {
        var first = (header + 1).ToString(CultureInfo.InvariantCulture);
        var last = (header + (uint)Math.Max(1, categories.Count)).ToString(CultureInfo.InvariantCulture);
        // Columns, not horizontal bars: a horizontal bar chart lists its legend bottom to top in LibreOffice (practice
        // before law); columns list it as the series go, law first, as everywhere else.
        var barChart = new C.BarChart(new C.BarDirection { Val = C.BarDirectionValues.Column }, new C.BarGrouping { Val = C.BarGroupingValues.Clustered }, new C.VaryColors { Val = false });
        for (var f = 0; f < facets.Count; f++)
        {
            var column = CellReference.Column(2 + f);
            barChart.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)f },
                new C.Order { Val = (uint)f },
                new C.SeriesText(new C.StringReference(
                    new C.Formula($"{quoted}!${column}${header}"),
                    new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(facets[f].Name.Get(language))) { Index = 0 }))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = facets[f].Id == Facet.Practice ? Palette.Practice : Palette.Law })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(
                    new C.Formula($"{quoted}!$A${first}:$A${last}"),
                    StringCache(categories))),
                new C.Values(new C.NumberReference(
                    new C.Formula($"{quoted}!${column}${first}:${column}${last}"),
                    NumberCache(values[f])))));
        }

        barChart.Append(new C.GapWidth { Val = 60 });
        barChart.Append(new C.AxisId { Val = 1001 });
        barChart.Append(new C.AxisId { Val = 1002 });
        return new C.ChartSpace(
            new C.Date1904 { Val = false },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.Run(new A.RunProperties { Language = language == "es" ? "es-MX" : "en-US", FontSize = 1200, Bold = true }, new A.Text(title))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    barChart,
                    new C.CategoryAxis(
                        new C.AxisId { Val = 1001 },
                        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Bottom },
                        new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.None },
                        new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.TextProperties(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1000 }), new A.EndParagraphRunProperties { Language = language == "es" ? "es-MX" : "en-US" })),
                        new C.CrossingAxis { Val = 1002 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                        new C.LabelOffset { Val = 100 },
                        new C.NoMultiLevelLabels { Val = false }),
                    new C.ValueAxis(
                        new C.AxisId { Val = 1002 },
                        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }, new C.MaxAxisValue { Val = 100 }, new C.MinAxisValue { Val = 0 }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Left },
                        new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.Outside },
                        new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.TextProperties(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = 1000 }), new A.EndParagraphRunProperties { Language = language == "es" ? "es-MX" : "en-US" })),
                        new C.CrossingAxis { Val = 1001 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.CrossBetween { Val = C.CrossBetweenValues.Between },
                        new C.MajorUnit { Val = 20 })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    private static C.StringCache StringCache(IReadOnlyList<string> texts)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)texts.Count });
        for (var i = 0; i < texts.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(texts[i])) { Index = (uint)i });
        }

        return cache;
    }

    private static C.NumberingCache NumberCache(IReadOnlyList<double?> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("0.0"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return cache;
    }

    private void Method(string name)
    {
        var part = NewPart(name);
        var sheet = new WorksheetBuilder(strings, styles) { Paper = paper };
        // Three columns that print one page wide in landscape: the hashes wrap in the last.
        sheet.PrintAs = new PrintLayout(true, true, 100);
        sheet.Width(1, 28);
        sheet.Width(2, 38);
        sheet.Width(3, 50);
        sheet.Text(1, 1, texts["results.method.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        var row = 3u;
        Pair(texts["results.generated"], generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        Pair(texts["results.tool"], "Coherence " + toolVersion);
        row++;
        foreach (var rubric in rubrics.Values.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            sheet.Text(1, row++, labels["rubric"] + ": " + rubric.Metadata.Title.Get(language), WorkbookStyles.Subheading);
            Pair("id", rubric.Id);
            Pair(labels["version"], rubric.Version);
            Pair(texts["results.hash"], rubric.ContentHash);
            Pair(texts["results.thresholds"], texts.Format("results.thresholds.text", Number(rubric.Thresholds.Gap), Number(rubric.Thresholds.High)));
            row++;
        }

        sheet.Text(1, row++, texts["results.formulas"], WorkbookStyles.Subheading);
        sheet.Text(1, row, texts["results.formulas.text"], WorkbookStyles.Wrapped);
        sheet.Merge(1, row, 3, row);
        sheet.Height(row, Math.Max(62, RowHeights.For(new[] { ((string?)texts["results.formulas.text"], 28.0 + 38 + 50) }, 1.15)));
        row += 2;
        sheet.Text(1, row++, texts["results.inputs"], WorkbookStyles.Subheading);
        sheet.Text(1, row, texts["results.file"], WorkbookStyles.Header);
        sheet.Text(2, row, labels["country"] + " · " + labels["period"] + " · " + labels["rubric"], WorkbookStyles.Header);
        sheet.Text(3, row, "SHA-256", WorkbookStyles.Header);
        row++;
        foreach (var entry in entries)
        {
            var assessed = $"{entry.Country} · {entry.Period} · {entry.RubricReference}";
            sheet.Text(1, row, entry.SourcePath ?? "—", WorkbookStyles.Locked);
            sheet.Text(2, row, assessed, WorkbookStyles.Locked);
            sheet.Text(3, row, entry.Sha256 ?? "—", WorkbookStyles.Locked);
            sheet.Height(row, RowHeights.For(new[] { (entry.SourcePath, 28.0), (assessed, 38), (entry.Sha256, 50) }));
            row++;
        }

        part.Worksheet = sheet.Build();

        void Pair(string label, string value)
        {
            sheet.Text(1, row, label, WorkbookStyles.Bold);
            sheet.Text(2, row, value, WorkbookStyles.Wrapped);
            sheet.Merge(2, row, 3, row);
            sheet.Height(row, RowHeights.For(new[] { ((string?)value, 38.0 + 50) }));
            row++;
        }
    }

    /// <summary>What the workbook keeps of one assessment: who it is, and the rows of its root and top-level dimensions.</summary>
    private sealed class Entry
    {
        private readonly IReadOnlyList<ScoreRow> rows;

        public Entry(string country, string? countryName, string period, string rubricReference, string? sourcePath, string? sha256, Rubric rubric, IReadOnlyList<ScoreRow> rows)
        {
            Country = country;
            CountryName = countryName;
            Period = period;
            RubricReference = rubricReference;
            SourcePath = sourcePath;
            Sha256 = sha256;
            Rubric = rubric;
            this.rows = rows;
        }

        public string Country { get; }

        public string? CountryName { get; }

        public string Period { get; }

        public string RubricReference { get; }

        public string? SourcePath { get; }

        public string? Sha256 { get; }

        public Rubric Rubric { get; }

        /// <summary>Finds the aggregate of the root or a top-level dimension for a group or <see cref="ScoreRow.AllGroups"/>.</summary>
        public Aggregate Find(string nodeId, string group) => FindRow(nodeId, group)?.Score ?? Aggregate.NotApplicable;

        /// <summary>Finds the row of the root or a top-level dimension for a group or <see cref="ScoreRow.AllGroups"/>, or <see langword="null"/>.</summary>
        public ScoreRow? FindRow(string nodeId, string group)
        {
            foreach (var row in rows)
            {
                if (string.Equals(row.NodeId, nodeId, StringComparison.Ordinal) && string.Equals(row.Group, group, StringComparison.Ordinal))
                {
                    return row;
                }
            }

            return null;
        }
    }

    /// <summary>One row of the gaps sheet: an indicator row and its evidence.</summary>
    private readonly record struct GapRow(int Entry, ScoreRow Row, string? LawEvidence, string? PracticeEvidence);

    /// <summary>One row of the coverage sheet: a node of an assessment, for a group or over all groups.</summary>
    private sealed record CoverageRow(Entry Entry, string GroupName, string NodeName, double MinCoverage, Aggregate Aggregate);
}
