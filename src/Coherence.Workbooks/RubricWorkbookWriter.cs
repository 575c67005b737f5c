using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Serialization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using StyleRegistry = Coherence.Workbooks.Styles.StyleRegistry;
using Dimension = Coherence.Model.Dimension;

namespace Coherence.Workbooks;

/// <summary>Writes the workbook a team fills: instructions, a sheet per migrant group, progress, descriptors, and hidden metadata.</summary>
public sealed class RubricWorkbookWriter
{
    private const int MaxPrompt = 255;
    private const int MinimumIndicatorsForPageBreak = 3;

    private readonly RubricWorkbookRequest request;
    private readonly Rubric rubric;
    private readonly string language;
    private readonly WorkbookTexts texts;
    private readonly LevelVocabulary vocabulary;
    private readonly SharedStrings strings = new();
    private readonly StyleRegistry styles = new();
    private readonly List<(string Name, WorksheetPart Part, SheetStateValues? State)> sheets = new();
    private readonly List<DefinedName> names = new();
    private readonly Dictionary<string, string> listNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Top, string Path)> dimensionOf;
    private readonly SheetPassword? password;
    private readonly string instructionsName;
    private readonly string progressName;
    private readonly string descriptorsName;
    private readonly string printName;
    private readonly string pageHeader;
    private readonly string pageFooter;
    private readonly string countryName;
    private readonly List<GroupSheet> groupSheets = new();
    private readonly GroupSheet? countrySheet;
    private WorkbookPart? workbookPart;
    private List<string>? rubricChunks;

    private readonly WorkbookHoles holes;
    private readonly string period;

    private RubricWorkbookWriter(RubricWorkbookRequest request, WorkbookHoles holes)
    {
        this.request = request;
        this.holes = holes;
        rubric = request.Rubric;
        language = request.Language;
        texts = new WorkbookTexts(language);
        vocabulary = new LevelVocabulary(rubric, language);
        dimensionOf = DimensionPaths(rubric, language);
        password = request.Password is { Length: > 0 } p ? SheetPassword.Create(p) : null;
        var sheetNames = new SheetNames(WorkbookLayout.MetadataSheet, WorkbookLayout.RubricSheet);
        instructionsName = sheetNames.Take(texts["sheet.instructions"]);
        progressName = sheetNames.Take(texts["sheet.progress"]);
        descriptorsName = sheetNames.Take(texts["sheet.descriptors"]);
        printName = sheetNames.Take(texts["sheet.print"]);

        // Every printed page names the country and period, the sheet, and where it sits among the sheet's pages.
        // The texts that differ per country are holes, so that a batch writes and compresses the rest once per language.
        countryName = holes.Of(r => CountryNames.NameOf(r.Country, r.CountryName, r.Language));
        period = holes.Of(r => r.Period);
        pageHeader = "&C&10" + holes.Of(r => (CountryNames.NameOf(r.Country, r.CountryName, r.Language) + " · " + r.Period).Replace("&", "&&"));
        pageFooter = "&L&10&A&R&10" + texts["print.page"];
        var countryIndicators = rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country).ToList();
        if (countryIndicators.Count > 0)
        {
            countrySheet = new GroupSheet(null, 0, sheetNames.Take(texts["sheet.country"]), countryIndicators);
        }

        for (var i = 0; i < rubric.Groups.Count; i++)
        {
            var group = rubric.Groups[i];
            var asked = rubric.IndicatorsFor(group.Id).Where(ind => ind.Scope == IndicatorScope.Group).ToList();
            groupSheets.Add(new GroupSheet(group, i + 1, sheetNames.Take(group.Name.Get(language), texts.Has("group.short." + group.Id) ? texts["group.short." + group.Id] : null), asked));
        }
    }

    /// <summary>Writes the workbook to a stream.</summary>
    /// <remarks>
    /// The workbook is written as a batch of one (<see cref="WorkbookTemplate"/>): its parts are written and deflated,
    /// then copied into the package with the country's texts in their holes.
    /// </remarks>
    public static void Write(RubricWorkbookRequest request, Stream stream) => WorkbookTemplate.Build(request).Write(request, stream);

    /// <summary>Writes the workbook's package with the Open XML SDK, the texts that differ per country left as holes when those are open.</summary>
    /// <remarks>The package is built in memory, since packaging needs a stream it can read and seek, which an output file is not.</remarks>
    internal static void WritePackage(RubricWorkbookRequest request, WorkbookHoles holes, MemoryStream stream) =>
        new RubricWorkbookWriter(request, holes).WriteTo(stream);

    /// <summary>Gets the full texts of a facet's levels for one indicator, one level a paragraph: number, label and meaning.</summary>
    internal static string LevelTexts(IReadOnlyList<(string Label, string Descriptor)> levels) =>
        string.Join("\n", levels.Select((l, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + " " + l.Label + (l.Descriptor.Length > 0 ? ": " + l.Descriptor : string.Empty)));

    private static Dictionary<string, (string Top, string Path)> DimensionPaths(Rubric rubric, string language)
    {
        var paths = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var top in rubric.Dimensions)
        {
            Walk(top, top.Name.Get(language), top.Name.Get(language));
        }

        foreach (var indicator in rubric.Root.Children.OfType<Indicator>())
        {
            paths[indicator.Id] = (string.Empty, string.Empty);
        }

        return paths;

        void Walk(Dimension dimension, string top, string path)
        {
            foreach (var child in dimension.Children)
            {
                if (child is Indicator indicator)
                {
                    paths[indicator.Id] = (top, path);
                }
                else if (child is Dimension sub)
                {
                    Walk(sub, top, path + " › " + sub.Name.Get(language));
                }
            }
        }
    }

    private static double RowHeight(IEnumerable<(string? Text, double Width)> cells) => RowHeights.For(cells);

    private void WriteTo(Stream stream)
    {
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = rubric.Metadata.Title.Get(language) + " — " + holes.Of(r => r.Country.Value) + " " + period;
            document.PackageProperties.Creator = ToolInfo;
            document.PackageProperties.Created = request.GeneratedAt.UtcDateTime;
            workbookPart = document.AddWorkbookPart();
            // Lists first: every other sheet refers to them by defined name.
            var metadata = new WorksheetBuilder(strings, styles) { Paper = request.Paper };
            WriteLists(metadata);

            // The metadata's texts first in the shared strings: a reader learns country, period and sheets without
            // reading past them (the descriptors and the embedded rubric come last, and are rarely read).
            WriteMetadata(metadata);
            Add(instructionsName, WriteInstructions(), null);
            if (countrySheet is not null)
            {
                Add(countrySheet.Name, WriteGroup(countrySheet), null);
            }

            foreach (var sheet in groupSheets)
            {
                Add(sheet.Name, WriteGroup(sheet), null);
            }

            Add(progressName, WriteProgress(), null);
            Add(printName, WritePrintForm(), null);
            Add(descriptorsName, WriteDescriptors(), null);
            Add(WorkbookLayout.MetadataSheet, metadata, SheetStateValues.VeryHidden);
            Add(WorkbookLayout.RubricSheet, WriteRubric(), SheetStateValues.VeryHidden);

            // Last, when every sheet has used the styles it needs.
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            strings.Save(workbookPart.AddNewPart<SharedStringTablePart>());

            var sheetsElement = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                sheetsElement.Append(new Sheet
                {
                    Name = sheets[i].Name,
                    SheetId = (uint)(i + 1),
                    Id = workbookPart.GetIdOfPart(sheets[i].Part),
                    State = sheets[i].State is { } state ? state : null,
                });
            }

            var definedNames = new DefinedNames();
            foreach (var name in names.OrderBy(n => n.Name!.Value, StringComparer.OrdinalIgnoreCase))
            {
                definedNames.Append(name);
            }

            workbookPart.Workbook = new Workbook(
                new WorkbookProperties { DefaultThemeVersion = 124226 },
                new BookViews(new WorkbookView { ActiveTab = 0, FirstSheet = 0 }),
                sheetsElement,
                definedNames,
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }
    }

    private string ToolInfo => "Coherence " + request.ToolVersion;

    private void Add(string name, WorksheetBuilder sheet, SheetStateValues? state)
    {
        var part = workbookPart!.AddNewPart<WorksheetPart>();
        sheet.Save(part);
        sheets.Add((name, part, state));
    }

    private void Name(string name, string reference, uint? sheetIndex = null) =>
        names.Add(new DefinedName(reference) { Name = name, LocalSheetId = sheetIndex, Hidden = name == "_xlnm._FilterDatabase" ? true : null });

    private void WriteLists(WorksheetBuilder metadata)
    {
        var column = 4;
        var index = 1;
        foreach (var scale in rubric.Scales.Where(s => s.Kind == ScaleKind.Ordinal))
        {
            var name = WorkbookLayout.LevelList(index++);
            List(metadata, column++, "levels:" + scale.Id, vocabulary.Choices(scale), name);
            listNames[scale.Id] = name;
        }

        List(metadata, column++, "confidence", vocabulary.ConfidenceChoices(), WorkbookLayout.ConfidenceList);
        List(metadata, column, "roles", new[] { texts["role.government"], texts["role.civil-society"], texts["role.independent"] }, WorkbookLayout.RoleList);
    }

    private void List(WorksheetBuilder sheet, int column, string key, IReadOnlyList<string> choices, string name)
    {
        sheet.Text(column, 1, key);
        for (var i = 0; i < choices.Count; i++)
        {
            sheet.Text(column, (uint)(i + 2), choices[i]);
        }

        Name(name, CellReference.Sheet(WorkbookLayout.MetadataSheet) + "!" + CellReference.Absolute(column, 2) + ":" + CellReference.Absolute(column, (uint)(choices.Count + 1)));
    }

    private void WriteMetadata(WorksheetBuilder sheet)
    {
        var pairs = new List<(string, string?)>
        {
            ("format", WorkbookLayout.Format),
            // A workbook without a sheet for the whole country is read by version 1 readers as well.
            ("formatVersion", countrySheet is null ? "1" : WorkbookLayout.FormatVersion),
            ("rubric.id", rubric.Id),
            ("rubric.version", rubric.Version),
            ("rubric.contentHash", rubric.ContentHash),
            ("rubric.languages", string.Join(",", rubric.Metadata.Languages)),
            ("country", holes.Of(r => r.Country.Value)),
            ("period", period),
            ("language", language),
            ("tool", "Coherence"),
            ("tool.version", request.ToolVersion),
            ("generatedAt", request.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("assessor.name", request.Assessor is null ? null : holes.Of(r => r.Assessor!.Name)),
            ("assessor.organization", request.Assessor?.Organization is null ? null : holes.Of(r => r.Assessor!.Organization!)),
            ("assessor.role", request.Assessor is null ? null : holes.Of(r => AssessmentJson.RoleName(r.Assessor!.Role))),
        };
        // The name's keys depend on its shape (a template is shared only by requests of one shape), its values are holes.
        pairs.InsertRange(
            pairs.FindIndex(p => p.Item1 == "country") + 1,
            CountryNameMetadata.Pairs(request.CountryName, language).Select((pair, i) =>
                (pair.Key, pair.Value is null ? null : holes.Of(r => CountryNameMetadata.Pairs(r.CountryName, language).ElementAt(i).Value ?? string.Empty))));
        foreach (var group in groupSheets)
        {
            pairs.Add(("group." + group.Index.ToString(CultureInfo.InvariantCulture) + ".id", group.Id));
            pairs.Add(("group." + group.Index.ToString(CultureInfo.InvariantCulture) + ".sheet", group.Name));
        }

        if (countrySheet is not null)
        {
            pairs.Add((WorkbookLayout.CountrySheetKey, countrySheet.Name));
        }

        pairs.Add(("rubric.chunks", RubricChunks().Count.ToString(CultureInfo.InvariantCulture)));
        sheet.Text(1, 1, "key");
        sheet.Text(2, 1, "value");
        var row = 2u;
        foreach (var (key, value) in pairs)
        {
            sheet.Text(1, row, key);
            sheet.Text(2, row, value);
            row++;
        }

        sheet.Width(1, 24);
        sheet.Width(2, 70);
    }

    private List<string> RubricChunks() => rubricChunks ??= SplitRubric();

    private List<string> SplitRubric()
    {
        // Indented: the reader locates every node by line and column, which costs little on short lines only.
        var json = request.RubricJson ?? RubricJsonWriter.Write(rubric, indented: true);
        var chunks = new List<string>();
        for (var i = 0; i < json.Length; i += WorkbookLayout.RubricChunk)
        {
            var length = Math.Min(WorkbookLayout.RubricChunk, json.Length - i);

            // Never split a surrogate pair across two cells.
            if (i + length < json.Length && char.IsHighSurrogate(json[i + length - 1]))
            {
                length--;
            }

            chunks.Add(json.Substring(i, length));
            i -= WorkbookLayout.RubricChunk - length;
        }

        return chunks;
    }

    private WorksheetBuilder WriteRubric()
    {
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper };
        var row = 1u;
        foreach (var chunk in RubricChunks())
        {
            sheet.Text(1, row++, chunk);
        }

        return sheet;
    }

    private WorksheetBuilder WriteInstructions()
    {
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper, Selected = true, TabColor = WorkbookColors.Accent, PageHeader = pageHeader, PageFooter = pageFooter };
        sheet.Width(1, 22);
        sheet.Width(2, 26);
        sheet.Width(3, 70);
        const double Wide = 22 + 26 + 70;
        var row = 1u;
        sheet.Text(1, row, rubric.Metadata.Title.Get(language), WorkbookStyles.Title);
        sheet.Height(row, 24);
        row++;
        sheet.Text(1, row, texts["instructions.title"], WorkbookStyles.Note);
        row += 2;

        sheet.Text(1, row++, texts["instructions.assessment"], WorkbookStyles.Subheading);
        var country = holes.Of(r => CountryNames.NameOf(r.Country, r.CountryName, r.Language) is var name && name == r.Country.Value ? name : $"{name} ({r.Country.Value})");
        Pair(texts["instructions.country"], country);
        Pair(texts["instructions.period"], period);
        Pair(texts["instructions.rubric"], $"{rubric.Metadata.Title.Get(language)} · {rubric.Id} {rubric.Version}");
        row++;

        sheet.Text(1, row++, texts["instructions.team"], WorkbookStyles.Subheading);
        InputPair(texts["instructions.name"], request.Assessor is null ? null : holes.Of(r => r.Assessor!.Name), WorkbookLayout.AssessorName);
        InputPair(texts["instructions.organization"], request.Assessor?.Organization is null ? null : holes.Of(r => r.Assessor!.Organization!), WorkbookLayout.AssessorOrganization);
        var roleRow = row;
        InputPair(texts["instructions.role"], request.Assessor is null ? null : holes.Of(r => texts["role." + AssessmentJson.RoleName(r.Assessor!.Role)]), WorkbookLayout.AssessorRole);
        sheet.Validations.Add(ListValidation(CellReference.Of(2, roleRow), WorkbookLayout.RoleList, null, null));
        sheet.Text(1, row, texts["instructions.general-notes"], WorkbookStyles.Bold);
        sheet.Text(2, row, request.Notes, WorkbookStyles.Input);
        sheet.Text(3, row, null, WorkbookStyles.Input);
        sheet.Merge(2, row, 3, row);
        sheet.Height(row, 48);
        Name(WorkbookLayout.AssessmentNotes, CellReference.Sheet(instructionsName) + "!" + CellReference.Absolute(2, row));
        row += 2;

        Paragraph("instructions.purpose", texts.Format("instructions.purpose.text", country, period));
        if (countrySheet is not null)
        {
            Paragraph("instructions.whole-country", texts.Format("instructions.whole-country.text", countrySheet.Name));
        }

        sheet.Text(1, row++, texts["instructions.facets"], WorkbookStyles.Subheading);
        foreach (var facet in rubric.Facets)
        {
            var general = facet.Id is Facet.Law or Facet.Practice ? texts["instructions.facet." + facet.Id] : string.Empty;
            var own = facet.Description.Get(language);
            // The rubric's own words win; the general explanation is for rubrics that describe no facet.
            var text = own.Length > 0 ? own : general;
            sheet.Text(1, row, facet.Name.Get(language), WorkbookStyles.Bold);
            sheet.Text(2, row, text, WorkbookStyles.Wrapped);
            sheet.Merge(2, row, 3, row);
            sheet.Height(row, RowHeight(new[] { ((string?)text, 96.0) }));
            row++;
        }

        row++;
        Paragraph("instructions.scales", texts["instructions.scales.text"]);
        foreach (var scale in rubric.Scales.Where(s => rubric.Indicators.Any(i => i.Facets.Any(f => f.ScaleId == s.Id))))
        {
            var title = scale.Name.IsEmpty ? scale.Id : scale.Name.Get(language);
            var users = rubric.Facets.Where(f => f.ScaleId == scale.Id).Select(f => f.Name.Get(language)).ToList();
            sheet.Text(1, row++, users.Count > 0 ? $"{title} ({string.Join(", ", users)})" : title, WorkbookStyles.Bold);
            if (scale.Kind == ScaleKind.Continuous)
            {
                sheet.Text(1, row++, texts.Format("scale.continuous", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture)), WorkbookStyles.Wrapped);
                continue;
            }

            sheet.Text(1, row, texts["scale.number"], WorkbookStyles.Header);
            sheet.Text(2, row, texts["scale.level"], WorkbookStyles.Header);
            sheet.Text(3, row, texts["scale.meaning"], WorkbookStyles.Header);
            row++;
            for (var i = 0; i < scale.Levels.Count; i++)
            {
                var level = scale.Levels[i];
                var descriptor = level.Descriptor.Get(language);
                sheet.Number(1, row, i + 1, WorkbookStyles.LockedCentered);
                sheet.Text(2, row, level.Label.Get(language), WorkbookStyles.Locked);
                sheet.Text(3, row, descriptor, WorkbookStyles.Locked);
                sheet.Height(row, RowHeight(new[] { ((string?)descriptor, 70.0) }));
                row++;
            }

            foreach (var (label, meaning) in new[] { (vocabulary.NotApplicable, texts["scale.na"]), (vocabulary.Unknown, texts["scale.unknown"]) })
            {
                sheet.Text(1, row, null, WorkbookStyles.Locked);
                sheet.Text(2, row, label, WorkbookStyles.Locked);
                sheet.Text(3, row, meaning, WorkbookStyles.Locked);
                sheet.Height(row, RowHeight(new[] { ((string?)meaning, 70.0) }));
                row++;
            }

            row++;
        }

        Paragraph("instructions.evidence", texts["instructions.evidence.text"]);
        Paragraph("instructions.na", texts["instructions.na.text"]);
        Paragraph("instructions.care", texts["instructions.care.text"]);
        Paragraph("instructions.print", texts.Format("instructions.print.text", printName));
        sheet.Protection = SheetPassword.Protect(password);
        return sheet;

        void Pair(string label, string value)
        {
            sheet.Text(1, row, label, WorkbookStyles.Bold);
            sheet.Text(2, row, value);
            row++;
        }

        void InputPair(string label, string? value, string name)
        {
            sheet.Text(1, row, label, WorkbookStyles.Bold);
            sheet.Text(2, row, value, WorkbookStyles.Input);
            Name(name, CellReference.Sheet(instructionsName) + "!" + CellReference.Absolute(2, row));
            row++;
        }

        void Paragraph(string titleKey, string text)
        {
            sheet.Text(1, row++, texts[titleKey], WorkbookStyles.Subheading);
            sheet.Text(1, row, text, WorkbookStyles.Wrapped);
            sheet.Merge(1, row, 3, row);
            sheet.Height(row, holes.Measure(text, t => RowHeight(new[] { ((string?)t, Wide) })));
            row += 2;
        }
    }

    private WorksheetBuilder WriteGroup(GroupSheet group)
    {
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper, FrozenColumns = 3, FrozenRows = WorkbookLayout.HeaderRow, PageHeader = pageHeader, PageFooter = pageFooter };
        var facets = rubric.Facets;
        var layout = AnswerColumns();
        var country = countryName;
        sheet.Text(1, 1, $"{group.Title(language, texts)} — {country} · {period}", WorkbookStyles.Title);
        sheet.Height(1, 24);

        // The sheet is a screen table, too wide to print legibly: its print area is its title and a note pointing to the
        // print form, which prints every question, level and answer once.
        var note = texts[group.Group is null ? "country.subtitle" : "group.subtitle"] + " " + texts.Format("print.see-form", printName);
        var printed = layout[WorkbookLayout.FacetKey(rubric.Facets[0].Id, WorkbookLayout.Question)];
        sheet.Text(1, 2, note, WorkbookStyles.Subtle);
        sheet.Merge(1, 2, printed, 2);
        sheet.Height(2, RowHeights.For(new[] { ((string?)note, layout.Columns.Take(printed).Sum(c => c.Width)) }));
        sheet.PrintedColumns = printed;

        var key = WorkbookLayout.KeyRow;
        var header = WorkbookLayout.HeaderRow;
        sheet.Hide(key);
        layout.Write(sheet, header, key);
        sheet.Height(header, Math.Max(32, RowHeights.For(layout.Columns.Select(c => ((string?)c.Header, c.Width * 0.85)))));

        var row = WorkbookLayout.FirstDataRow;
        var runs = new List<(uint First, uint Last)>();
        string? currentTop = null;
        uint runStart = 0;
        var confidenceCells = new List<string>();
        foreach (var indicator in group.Indicators)
        {
            var (top, path) = dimensionOf[indicator.Id];
            if (currentTop is null || top != currentTop)
            {
                if (runStart > 0)
                {
                    runs.Add((runStart, row - 1));
                }

                currentTop = top;
                if (top.Length > 0)
                {
                    // A dimension of several indicators starts a printed page; one or two run on, rather than print
                    // pages that are almost empty.
                    if (runStart > 0 && group.Indicators.Count(i => dimensionOf[i.Id].Top == top) >= MinimumIndicatorsForPageBreak)
                    {
                        sheet.PageBreaksBefore.Add(row);
                    }

                    sheet.Text(1, row, top, WorkbookStyles.Section);
                    for (var c = 2; c <= layout.Last; c++)
                    {
                        sheet.Text(c, row, null, WorkbookStyles.Section);
                    }

                    sheet.Height(row, 20);
                    row++;
                }

                runStart = row;
            }

            WriteIndicatorRow(sheet, layout, group, indicator, path, row, confidenceCells);
            group.Rows.Add((indicator, row));
            row++;
        }

        if (runStart > 0 && runStart < row)
        {
            runs.Add((runStart, row - 1));
        }

        var lastRow = Math.Max(WorkbookLayout.FirstDataRow, row - 1);
        group.LastRow = lastRow;
        for (var f = 0; f < facets.Count; f++)
        {
            var levelColumn = layout[WorkbookLayout.FacetKey(facets[f].Id, WorkbookLayout.Level)];
            group.LevelColumns.Add((facets[f].Id, levelColumn));
            foreach (var (first, last) in runs)
            {
                var range = Formulas.Column(levelColumn, first, last);
                sheet.ConditionalFormats.Add(new ConditionalFormatting(
                    new ConditionalFormattingRule(new Formula(Formulas.IsBlank(CellReference.Of(levelColumn, first))))
                    {
                        Type = ConditionalFormatValues.Expression,
                        FormatId = styles.IndexOf(WorkbookStyles.Unanswered),
                        Priority = sheet.ConditionalFormats.Count + 1,
                    })
                { SequenceOfReferences = new ListValue<StringValue> { InnerText = range } });
            }
        }

        if (confidenceCells.Count > 0)
        {
            sheet.Validations.Add(ListValidation(string.Join(" ", confidenceCells), WorkbookLayout.ConfidenceList, texts.Format("col.confidence", string.Empty).Replace(" ()", string.Empty), texts["prompt.confidence"]));
        }

        var keyRange = Formulas.On(group.Name, CellReference.Absolute(1, key) + ":" + CellReference.Absolute(layout.Last, key));
        Name(group.Group is null ? WorkbookLayout.WholeCountryName : WorkbookLayout.GroupName(group.Index), keyRange);
        Name("_xlnm.Print_Area", Formulas.On(group.Name, CellReference.Absolute(1, 1) + ":" + CellReference.Absolute(printed, 2)), (uint)sheets.Count);
        sheet.Protection = SheetPassword.Protect(password);
        return sheet;
    }

    /// <summary>Gets the columns of an answer sheet: the indicator, then per facet its question, levels and answer cells.</summary>
    private ColumnLayout AnswerColumns()
    {
        var layout = new ColumnLayout()
            .Add(WorkbookLayout.IndicatorKey, texts["col.id"], 10, WorkbookStyles.Header)
            .Add(WorkbookLayout.DimensionKey, texts["col.dimension"], 18, WorkbookStyles.Header)
            .Add(WorkbookLayout.NameKey, texts["col.indicator"], 28, WorkbookStyles.Header);
        for (var f = 0; f < rubric.Facets.Count; f++)
        {
            var facet = rubric.Facets[f];
            var name = facet.Name.Get(language);
            var style = WorkbookStyles.FacetHeader(facet.Id);
            layout.Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Question), texts.Format("col.question", name), 34, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Levels), texts.Format("col.levels", name), 50, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Level), texts.Format("col.level", name), 16, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Evidence), texts.Format("col.evidence", name), 36, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Sources), texts.Format("col.sources", name), 24, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Confidence), texts.Format("col.confidence", name), 12, style)
                .Add(WorkbookLayout.FacetKey(facet.Id, WorkbookLayout.Notes), texts.Format("col.notes", name), 24, style);
        }

        return layout;
    }

    private void WriteIndicatorRow(WorksheetBuilder sheet, ColumnLayout layout, GroupSheet group, Indicator indicator, string path, uint row, List<string> confidenceCells)
    {
        var heights = new List<(string?, double)>();
        Cell(WorkbookLayout.IndicatorKey, indicator.Id, WorkbookStyles.Locked);
        Cell(WorkbookLayout.DimensionKey, path, WorkbookStyles.Locked);
        Cell(WorkbookLayout.NameKey, indicator.Name.Get(language), WorkbookStyles.Locked);
        foreach (var facet in rubric.Facets)
        {
            string Key(string part) => WorkbookLayout.FacetKey(facet.Id, part);
            var part = indicator.FindFacet(facet.Id);
            var scale = part is null ? null : rubric.FindScale(part.ScaleId);
            if (part is null || scale is null)
            {
                // A facet the indicator does not ask: a dash, and grey cells nobody can type in.
                var first = layout[Key(WorkbookLayout.Question)];
                for (var c = first; c <= layout[Key(WorkbookLayout.Notes)]; c++)
                {
                    sheet.Text(c, row, c == first ? "—" : null, WorkbookStyles.Missing);
                }

                continue;
            }

            var answer = Answer(group, indicator, facet.Id);
            Cell(Key(WorkbookLayout.Question), part.Question.Get(language), WorkbookStyles.Locked);

            // Every level's full meaning for this indicator sits beside the cell where it is chosen, and prints with it.
            var levels = scale.Kind == ScaleKind.Ordinal
                ? LevelTexts(scale.Levels.Select(l => (l.Label.Get(language), part.LevelDescriptors.TryGetValue(l.Id, out var d) ? d.Get(language) : l.Descriptor.Get(language))).ToList())
                : texts.Format("scale.continuous", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture));
            Cell(Key(WorkbookLayout.Levels), levels, WorkbookStyles.Locked);

            var levelColumn = layout[Key(WorkbookLayout.Level)];
            var levelCell = CellReference.Of(levelColumn, row);
            var shown = answer is null ? null : vocabulary.Display(scale, answer);
            if (shown is double number)
            {
                sheet.Number(levelColumn, row, number, WorkbookStyles.InputCentered);
            }
            else
            {
                sheet.Text(levelColumn, row, shown as string, WorkbookStyles.InputCentered);
            }

            var title = Truncate($"{facet.Name.Get(language)} · {indicator.Id}", 32);
            if (scale.Kind == ScaleKind.Ordinal)
            {
                sheet.Validations.Add(ListValidation(levelCell, listNames[scale.Id], title, texts.Format("prompt.level", facet.Name.Get(language))));
            }
            else
            {
                sheet.Validations.Add(new DataValidation
                {
                    Type = DataValidationValues.Decimal,
                    Operator = DataValidationOperatorValues.Between,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    PromptTitle = title,
                    Prompt = texts.Format("prompt.number", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture)),
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = levelCell },
                    Formula1 = new Formula1(Formulas.Number(scale.Min)),
                    Formula2 = new Formula2(Formulas.Number(scale.Max)),
                });
            }

            Cell(Key(WorkbookLayout.Evidence), answer?.Evidence, WorkbookStyles.Input);
            Cell(Key(WorkbookLayout.Sources), answer is { Sources.Count: > 0 } ? string.Join("\n", answer.Sources) : null, WorkbookStyles.Input);
            Cell(Key(WorkbookLayout.Confidence), answer is null ? null : vocabulary.Display(answer.Confidence), WorkbookStyles.InputCentered);
            Cell(Key(WorkbookLayout.Notes), answer?.Notes, WorkbookStyles.Input);
            confidenceCells.Add(CellReference.Of(layout[Key(WorkbookLayout.Confidence)], row));
        }

        sheet.Height(row, Math.Max(45, RowHeight(heights)));

        void Cell(string key, string? text, CellStyle style)
        {
            sheet.Text(layout[key], row, text, style);
            heights.Add((text, layout.Width(key)));
        }
    }

    private WorksheetBuilder WritePrintForm()
    {
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper, PageHeader = pageHeader, PageFooter = pageFooter };
        var layout = AnswerColumns();
        var sources = (countrySheet is null ? Enumerable.Empty<GroupSheet>() : new[] { countrySheet }).Concat(groupSheets)
            .Select(g => new AnswerSheet(g.Name, g.Name, g.Id, g.Rows.ToDictionary(r => r.Indicator.Id, r => r.Row, StringComparer.Ordinal)))
            .ToList();
        var country = countryName;
        var form = new PrintForm(rubric, language, texts, layout, dimensionOf);
        form.Write(sheet, $"{rubric.Metadata.Title.Get(language)} — {country} · {period}", sources, Shown, holes.Measure);

        // A print area of the form's own columns: LibreOffice fits to the page everything a sheet shows, overflow included.
        Name("_xlnm.Print_Area", Formulas.On(printName, CellReference.Absolute(1, 1) + ":" + CellReference.Absolute(form.LastColumn, Math.Max(1, form.LastRow))), (uint)sheets.Count);
        sheet.Protection = SheetPassword.Protect(password);
        return sheet;

        string? Shown(AnswerSheet source, Indicator indicator, string facetId, string key)
        {
            if (!request.Answers.TryGetValue(new ResponseKey(indicator.Id, source.GroupId, facetId), out var answer))
            {
                return null;
            }

            var scale = indicator.FindFacet(facetId) is { } part ? rubric.FindScale(part.ScaleId) : null;
            return key switch
            {
                WorkbookLayout.Level => scale is null ? null : vocabulary.Display(scale, answer) switch
                {
                    double number => number.ToString(CultureInfo.InvariantCulture),
                    var shown => shown as string,
                },
                WorkbookLayout.Evidence => answer.Evidence,
                WorkbookLayout.Sources => answer.Sources.Count > 0 ? string.Join("\n", answer.Sources) : null,
                WorkbookLayout.Confidence => vocabulary.Display(answer.Confidence),
                WorkbookLayout.Notes => answer.Notes,
                _ => null,
            };
        }
    }

    private WorksheetBuilder WriteProgress()
    {
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper, TabColor = WorkbookColors.Practice, FrozenRows = 4, PageHeader = pageHeader, PageFooter = pageFooter };
        var facets = rubric.Facets;
        sheet.Text(1, 1, texts["progress.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        sheet.Text(1, 2, texts["progress.text"], WorkbookStyles.Note);
        var header = 4u;
        var layout = new ColumnLayout()
            .Add("group", texts["col.group"], 34, WorkbookStyles.Header)
            .Add("indicators", texts["col.indicators"], 15, WorkbookStyles.Header);
        foreach (var facet in facets)
        {
            layout.Add(facet.Id + ".answered", texts.Format("col.answered", facet.Name.Get(language)), 15, WorkbookStyles.Header);
        }

        layout.Add("na", texts["col.na"], 15, WorkbookStyles.Header)
            .Add("unknown", texts["col.unknown"], 15, WorkbookStyles.Header)
            .Add("progress", texts["col.progress"], 15, WorkbookStyles.Header);
        layout.Write(sheet, header);
        sheet.Height(header, 32);
        var naColumn = layout["na"];
        var unknownColumn = layout["unknown"];
        var progressColumn = layout["progress"];
        var answeredColumns = facets.Select(f => layout[f.Id + ".answered"]).ToList();

        var row = header + 1;
        var first = row;
        var totalCells = 0;
        var totalAnswered = 0;
        foreach (var group in (countrySheet is null ? Enumerable.Empty<GroupSheet>() : new[] { countrySheet }).Concat(groupSheets))
        {
            var cells = group.Rows.Sum(r => facets.Count(f => r.Indicator.FindFacet(f.Id) is not null));
            sheet.Text(layout["group"], row, group.Title(language, texts), WorkbookStyles.Locked);
            sheet.Number(layout["indicators"], row, group.Rows.Count, WorkbookStyles.Integer);
            var answeredRefs = new List<string>();
            var naParts = new List<string>();
            var unknownParts = new List<string>();
            var answeredNow = 0;
            var naNow = 0;
            var unknownNow = 0;
            for (var f = 0; f < facets.Count; f++)
            {
                var levelColumn = group.LevelColumns[f].Column;
                var range = Formulas.On(group.Name, Formulas.Column(levelColumn, WorkbookLayout.FirstDataRow, group.LastRow));
                var answers = group.Rows.Select(r => Answer(group, r.Indicator, facets[f].Id)).Where(a => a is not null).ToList();
                sheet.Formula(answeredColumns[f], row, Formulas.Call("COUNTA", range), answers.Count, WorkbookStyles.Integer);
                answeredRefs.Add(CellReference.Of(answeredColumns[f], row));
                naParts.Add(Formulas.Call("COUNTIF", range, Formulas.Text(vocabulary.NotApplicable)));
                unknownParts.Add(Formulas.Call("COUNTIF", range, Formulas.Text(vocabulary.Unknown)));
                answeredNow += answers.Count;
                naNow += answers.Count(a => a!.Status == ResponseStatus.NotApplicable);
                unknownNow += answers.Count(a => a!.Status == ResponseStatus.Unknown);
            }

            sheet.Formula(naColumn, row, Formulas.Plus(naParts), naNow, WorkbookStyles.Integer);
            sheet.Formula(unknownColumn, row, Formulas.Plus(unknownParts), unknownNow, WorkbookStyles.Integer);
            sheet.Formula(progressColumn, row, cells == 0 ? "0" : Formulas.Divide(Formulas.Plus(answeredRefs), cells), cells == 0 ? 0.0 : (double)answeredNow / cells, WorkbookStyles.Percent);
            totalCells += cells;
            totalAnswered += answeredNow;
            row++;
        }

        var last = row - 1;
        sheet.Text(layout["group"], row, texts["total"], WorkbookStyles.Section);
        for (var c = layout["indicators"]; c < progressColumn; c++)
        {
            sheet.Formula(c, row, Formulas.Call("SUM", Formulas.Column(c, first, last)), null, WorkbookStyles.Integer);
        }

        var answeredSums = Formulas.Plus(answeredColumns.Select(c => Formulas.Call("SUM", Formulas.Column(c, first, last))));
        sheet.Formula(progressColumn, row, totalCells == 0 ? "0" : Formulas.Divide(answeredSums, totalCells), totalCells == 0 ? 0.0 : (double)totalAnswered / totalCells, WorkbookStyles.Percent);
        var progressRange = Formulas.Column(progressColumn, first, row);
        sheet.ConditionalFormats.Add(new ConditionalFormatting(
            new ConditionalFormattingRule(
                new DataBar(
                    new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "0" },
                    new ConditionalFormatValueObject { Type = ConditionalFormatValueObjectValues.Number, Val = "1" },
                    new Color { Rgb = WorkbookColors.Accent }))
            { Type = ConditionalFormatValues.DataBar, Priority = 1 })
        { SequenceOfReferences = new ListValue<StringValue> { InnerText = progressRange } });
        sheet.Protection = SheetPassword.Protect(password);
        return sheet;
    }

    private Response? Answer(GroupSheet group, Indicator indicator, string facetId) =>
        request.Answers.TryGetValue(new ResponseKey(indicator.Id, group.Id, facetId), out var answer) ? answer : null;

    private WorksheetBuilder WriteDescriptors()
    {
        const uint Header = 3;
        var sheet = new WorksheetBuilder(strings, styles) { Paper = request.Paper, FrozenRows = Header, PageHeader = pageHeader, PageFooter = pageFooter };
        sheet.Text(1, 1, texts["descriptors.title"], WorkbookStyles.Title);
        sheet.Height(1, 24);
        var layout = new ColumnLayout()
            .Add("indicator", texts["col.id"], 10, WorkbookStyles.Header)
            .Add("name", texts["col.indicator"], 30, WorkbookStyles.Header)
            .Add("facet", texts["col.facet"], 12, WorkbookStyles.Header)
            .Add("number", texts["col.number"], 6, WorkbookStyles.Header)
            .Add("level", texts["col.level-plain"], 16, WorkbookStyles.Header)
            .Add("descriptor", texts["col.descriptor"], 70, WorkbookStyles.Header)
            .Add("evidence", texts["col.expected-evidence"], 50, WorkbookStyles.Header);
        layout.Write(sheet, Header);

        // Every text of this sheet prints on the print form, a block per indicator; printed here, a row per level and
        // the columns running on to a second page, it took some 240 pages. Its print area is its title and this note.
        const int Printed = 5;
        var note = texts.Format("print.descriptors", printName);
        sheet.Text(1, 2, note, WorkbookStyles.Subtle);
        sheet.Merge(1, 2, Printed, 2);
        sheet.Height(2, RowHeights.For(new[] { ((string?)note, layout.Columns.Take(Printed).Sum(c => c.Width)) }));
        sheet.PrintedColumns = Printed;
        Name("_xlnm.Print_Area", Formulas.On(descriptorsName, CellReference.Absolute(1, 1) + ":" + CellReference.Absolute(Printed, 2)), (uint)sheets.Count);

        var row = Header + 1;
        foreach (var indicator in rubric.Indicators)
        {
            var firstOfIndicator = true;
            foreach (var part in indicator.Facets)
            {
                var scale = rubric.FindScale(part.ScaleId);
                if (scale is null || scale.Kind != ScaleKind.Ordinal)
                {
                    continue;
                }

                var facetName = rubric.FindFacet(part.FacetId)?.Name.Get(language) ?? part.FacetId;
                for (var i = 0; i < scale.Levels.Count; i++)
                {
                    var level = scale.Levels[i];
                    var descriptor = part.LevelDescriptors.TryGetValue(level.Id, out var d) ? d.Get(language) : level.Descriptor.Get(language);
                    var evidence = firstOfIndicator ? indicator.Evidence.Get(language) : null;
                    var heights = new List<(string?, double)>();
                    Cell("indicator", indicator.Id);
                    Cell("name", indicator.Name.Get(language));
                    Cell("facet", facetName);
                    sheet.Number(layout["number"], row, i + 1, WorkbookStyles.LockedCentered);
                    Cell("level", level.Label.Get(language));
                    Cell("descriptor", descriptor);
                    Cell("evidence", evidence);
                    sheet.Height(row, RowHeight(heights));
                    firstOfIndicator = false;
                    row++;

                    void Cell(string key, string? text)
                    {
                        sheet.Text(layout[key], row, text, WorkbookStyles.Locked);
                        heights.Add((text, layout.Width(key)));
                    }
                }
            }
        }

        var filtered = Formulas.Range(1, Header, layout.Last, Math.Max(Header + 1, row - 1));
        sheet.AutoFilter = filtered;
        Name("_xlnm._FilterDatabase", Formulas.On(descriptorsName, CellReference.Absolute(1, Header) + ":" + CellReference.Absolute(layout.Last, Math.Max(Header + 1, row - 1))), (uint)sheets.Count);
        sheet.Protection = SheetPassword.Protect(password, allowFilter: true);
        return sheet;
    }

    private DataValidation ListValidation(string cells, string listName, string? title, string? prompt)
    {
        var validation = new DataValidation
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            ErrorTitle = texts["prompt.error-title"],
            Error = texts["prompt.error"],
            SequenceOfReferences = new ListValue<StringValue> { InnerText = cells },
            Formula1 = new Formula1(listName),
        };
        if (prompt is not null)
        {
            validation.ShowInputMessage = true;
            validation.PromptTitle = title is null ? null : Truncate(title, 32);
            validation.Prompt = prompt.Length <= MaxPrompt ? prompt : prompt.Substring(0, MaxPrompt - 1) + "…";
        }

        return validation;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text.Substring(0, length - 1) + "…";

    /// <summary>A sheet of answers: one migrant group's, or the whole country's when <see cref="Group"/> is null.</summary>
    private sealed class GroupSheet
    {
        public GroupSheet(MigrantGroup? group, int index, string name, IReadOnlyList<Indicator> indicators)
        {
            Group = group;
            Index = index;
            Name = name;
            Indicators = indicators;
        }

        public MigrantGroup? Group { get; }

        public string Id => Group?.Id ?? Response.WholeCountry;

        public int Index { get; }

        public string Name { get; }

        public IReadOnlyList<Indicator> Indicators { get; }

        public List<(Indicator Indicator, uint Row)> Rows { get; } = new();

        public List<(string FacetId, int Column)> LevelColumns { get; } = new();

        public uint LastRow { get; set; }

        public string Title(string language, WorkbookTexts texts) => Group is null ? texts["sheet.country"] : Group.Name.Get(language);
    }
}
