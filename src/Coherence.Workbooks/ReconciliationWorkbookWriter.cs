using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Agreement;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Workbooks.Styles;
using CellStyle = Coherence.Workbooks.Styles.CellStyle;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>Writes the workbook in which teams reconcile their assessments: one row per disagreement, both answers with their evidence, a column to enter the agreed level, and the agreement statistics.</summary>
/// <remarks>
/// The teams' assessments travel inside the workbook (a very hidden sheet, as JSON, with their hashes), so that
/// <see cref="ReconciliationWorkbookReader"/> makes the consensus from the workbook alone.
/// </remarks>
public sealed class ReconciliationWorkbookWriter
{
    private const int KeyColumn = 1;
    private const int FirstColumn = 2;

    private readonly ReconciliationWorkbookRequest request;
    private readonly Rubric rubric;
    private readonly AssessorAgreement agreement;
    private readonly string language;
    private readonly ReconciliationTexts texts;
    private readonly LevelVocabulary vocabulary;
    private readonly SharedStrings strings = new();
    private readonly StyleRegistry styles = new();
    private readonly List<(string Name, WorksheetPart Part, SheetStateValues? State)> sheets = new();
    private readonly List<DefinedName> names = new();
    private readonly Dictionary<string, string> listNames = new(StringComparer.Ordinal);
    private readonly Dictionary<ResponseKey, Response> proposals = new();
    private readonly SheetPassword? password;
    private readonly string instructionsName;
    private readonly string disagreementsName;
    private readonly string agreementName;
    private WorkbookPart? workbookPart;

    private ReconciliationWorkbookWriter(ReconciliationWorkbookRequest request)
    {
        this.request = request;
        rubric = request.Rubric;
        agreement = request.Agreement;
        language = request.Language;
        texts = new ReconciliationTexts(language);
        vocabulary = new LevelVocabulary(rubric, language);
        password = request.Password is { Length: > 0 } p ? SheetPassword.Create(p) : null;
        foreach (var response in request.Proposal.Responses)
        {
            proposals[response.Key] = response;
        }

        var sheetNames = new SheetNames(ReconciliationLayout.MetadataSheet, ReconciliationLayout.SourcesSheet);
        instructionsName = sheetNames.Take(texts["sheet.instructions"]);
        disagreementsName = sheetNames.Take(texts["sheet.disagreements"]);
        agreementName = sheetNames.Take(texts["sheet.agreement"]);
    }

    /// <summary>Writes the workbook to a stream.</summary>
    /// <param name="request">What to write.</param>
    /// <param name="stream">Where to write it.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <remarks>The package is built in memory, since packaging needs a stream it can read and seek.</remarks>
    public static void Write(ReconciliationWorkbookRequest request, Stream stream)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        using var buffer = new MemoryStream();
        new ReconciliationWorkbookWriter(request).WriteTo(buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static double Height(params (string? Text, double Width)[] cells)
    {
        var lines = 1;
        foreach (var (text, width) in cells)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var perLine = Math.Max(8, (int)(width * 1.15));
            var count = text!.Split('\n').Sum(p => Math.Max(1, (p.Length + perLine - 1) / perLine));
            lines = Math.Max(lines, count);
        }

        return Math.Min(409, (lines * 14.5) + 4);
    }

    private static double? Round(double? value, int decimals) => value is { } v ? Math.Round(v, decimals) : null;

    private void WriteTo(Stream stream)
    {
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            document.PackageProperties.Title = texts["title"] + " — " + agreement.Country.Value + " " + agreement.Period;
            document.PackageProperties.Creator = "Coherence " + request.ToolVersion;
            document.PackageProperties.Created = request.GeneratedAt.UtcDateTime;
            workbookPart = document.AddWorkbookPart();

            var metadata = new WorksheetBuilder(strings, styles);
            WriteLists(metadata);
            Add(instructionsName, WriteInstructions(), null);
            Add(disagreementsName, WriteDisagreements(), null);
            Add(agreementName, WriteAgreement(), null);
            WriteMetadata(metadata);
            Add(ReconciliationLayout.MetadataSheet, metadata.Build(), SheetStateValues.VeryHidden);
            Add(ReconciliationLayout.SourcesSheet, WriteSources(), SheetStateValues.VeryHidden);
            // Every sheet is written: the styles they used are all registered.
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();

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
                new CalculationProperties { CalculationId = 191029 });
        }
    }

    private void Add(string name, Worksheet worksheet, SheetStateValues? state)
    {
        var part = workbookPart!.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Add((name, part, state));
    }

    private void Name(string name, string reference) => names.Add(new DefinedName(reference) { Name = name });

    private void WriteLists(WorksheetBuilder metadata)
    {
        var column = 4;
        var index = 1;
        foreach (var scale in rubric.Scales.Where(s => s.Kind == ScaleKind.Ordinal))
        {
            var choices = vocabulary.Choices(scale);
            var name = ReconciliationLayout.LevelList(index++);
            metadata.Text(column, 1, "levels:" + scale.Id);
            for (var i = 0; i < choices.Count; i++)
            {
                metadata.Text(column, (uint)(i + 2), choices[i]);
            }

            Name(name, CellReference.Sheet(ReconciliationLayout.MetadataSheet) + "!" + CellReference.Absolute(column, 2) + ":" + CellReference.Absolute(column, (uint)(choices.Count + 1)));
            listNames[scale.Id] = name;
            column++;
        }
    }

    private void WriteMetadata(WorksheetBuilder sheet)
    {
        var pairs = new List<(string, string?)>
        {
            ("format", ReconciliationLayout.Format),
            ("formatVersion", ReconciliationLayout.FormatVersion),
            ("country", agreement.Country.Value),
            ("period", agreement.Period),
            ("rubric.id", rubric.Id),
            ("rubric.version", rubric.Version),
            ("rubric.contentHash", rubric.ContentHash),
            ("language", language),
            ("rules", string.Join(" ", request.Proposal.Reconciliation?.Rules.Select(ReconciliationRules.Format) ?? Enumerable.Empty<string>())),
            ("sources", agreement.Raters.Count.ToString(CultureInfo.InvariantCulture)),
            ("tool", "Coherence " + request.ToolVersion),
            ("generatedAt", request.GeneratedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        };
        for (var i = 0; i < agreement.Raters.Count; i++)
        {
            var rater = agreement.Raters[i];
            var prefix = "source." + (i + 1).ToString(CultureInfo.InvariantCulture) + ".";
            pairs.Add((prefix + "id", rater.Id));
            pairs.Add((prefix + "path", rater.Assessment.Source?.Path));
            pairs.Add((prefix + "sha256", rater.Assessment.Source?.Sha256));
            pairs.Add((prefix + "embeddedSha256", AssessmentJson.Sha256(AssessmentJson.ToUtf8(rater.Assessment))));
        }

        sheet.Text(1, 1, "key");
        sheet.Text(2, 1, "value");
        var row = 2u;
        foreach (var (key, value) in pairs)
        {
            sheet.Text(1, row, key);
            sheet.Text(2, row, value);
            row++;
        }
    }

    private Worksheet WriteSources()
    {
        // One column per team, its assessment's JSON cut in chunks a cell can hold.
        var sheet = new WorksheetBuilder(strings, styles);
        for (var i = 0; i < agreement.Raters.Count; i++)
        {
            var json = AssessmentJson.Write(agreement.Raters[i].Assessment);
            var row = 1u;
            for (var start = 0; start < json.Length; start += WorkbookLayout.RubricChunk)
            {
                var length = Math.Min(WorkbookLayout.RubricChunk, json.Length - start);

                // Never split a surrogate pair between two cells.
                if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
                {
                    length--;
                }

                sheet.Text(i + 1, row++, json.Substring(start, length));
                start -= WorkbookLayout.RubricChunk - length;
            }
        }

        return sheet.Build();
    }

    private Worksheet WriteInstructions()
    {
        var sheet = new WorksheetBuilder(strings, styles) { Selected = true, TabColor = WorkbookColors.Accent };
        sheet.Width(1, 22);
        sheet.Width(2, 18);
        sheet.Width(3, 48);
        sheet.Width(4, 52);
        const double Wide = 22 + 18 + 48 + 52;
        var row = 1u;
        sheet.Text(1, row, texts["title"], WorkbookStyles.Title);
        sheet.Height(row, 24);
        row++;
        sheet.Text(1, row++, texts["subtitle"], WorkbookStyles.Note);
        row++;
        sheet.Text(1, row++, texts["assessment"], WorkbookStyles.Subheading);
        var name = agreement.Raters.Select(r => r.Assessment.CountryName).FirstOrDefault(n => n is not null)?.For(language);
        Pair(texts["instructions.country"], name is null ? agreement.Country.Value : $"{name} ({agreement.Country.Value})");
        Pair(texts["instructions.period"], agreement.Period);
        Pair(texts["instructions.rubric"], $"{rubric.Metadata.Title.Get(language)} · {rubric.Id} {rubric.Version}");
        row++;
        sheet.Text(1, row++, texts["teams"], WorkbookStyles.Subheading);
        sheet.Text(1, row, texts["col.team"], WorkbookStyles.Header);
        sheet.Text(2, row, texts["col.role"], WorkbookStyles.Header);
        sheet.Text(3, row, texts["col.who"], WorkbookStyles.Header);
        sheet.Text(4, row, texts["col.file"], WorkbookStyles.Header);
        row++;
        foreach (var rater in agreement.Raters)
        {
            sheet.Text(1, row, rater.Id, WorkbookStyles.Locked);
            sheet.Text(2, row, rater.Role is { } role ? texts["role." + AssessorRoleNames.Of(role)] : null, WorkbookStyles.Locked);
            sheet.Text(3, row, rater.Label, WorkbookStyles.Locked);
            sheet.Text(4, row, rater.Assessment.Source?.Path, WorkbookStyles.Locked);
            row++;
        }

        row++;
        sheet.Text(1, row++, texts["rules"], WorkbookStyles.Subheading);
        var rules = request.Proposal.Reconciliation?.Rules ?? Array.Empty<ReconciliationRule>();
        if (rules.Count == 0)
        {
            sheet.Text(1, row++, texts["rules.none"], WorkbookStyles.Wrapped);
        }

        foreach (var rule in rules)
        {
            var text = rule.Kind switch
            {
                ReconciliationRuleKind.Role => texts.Format("rule.role", AssessorRoleNames.Of(rule.Role!.Value), texts["role." + AssessorRoleNames.Of(rule.Role!.Value)]),
                ReconciliationRuleKind.Within => texts.Format("rule.within", rule.Levels),
                _ => texts["rule.median"],
            };
            sheet.Text(1, row, text, WorkbookStyles.Wrapped);
            sheet.Merge(1, row, 4, row);
            row++;
        }

        row++;
        sheet.Text(1, row++, texts["how"], WorkbookStyles.Subheading);
        sheet.Text(1, row, texts["how.text"], WorkbookStyles.Wrapped);
        sheet.Merge(1, row, 4, row);
        sheet.Height(row, Height((texts["how.text"], Wide)));
        sheet.Protection = SheetPassword.Protect(password);
        return sheet.Build();

        void Pair(string label, string value)
        {
            sheet.Text(1, row, label, WorkbookStyles.Bold);
            sheet.Text(2, row, value);
            sheet.Merge(2, row, 4, row);
            row++;
        }
    }

    private Worksheet WriteDisagreements()
    {
        var raters = agreement.Raters;
        var sheet = new WorksheetBuilder(strings, styles) { FrozenColumns = 4, FrozenRows = ReconciliationLayout.HeaderRow };
        var columns = new List<(string Key, string Header, double Width, CellStyle Style)>
        {
            (ReconciliationLayout.CellKey, "key", 4, WorkbookStyles.Header),
            ("indicator", texts["col.id"], 9, WorkbookStyles.Header),
            ("dimension", texts["col.dimension"], 18, WorkbookStyles.Header),
            ("name", texts["col.indicator"], 28, WorkbookStyles.Header),
            ("group", texts["col.group"], 16, WorkbookStyles.Header),
            ("facet", texts["col.facet"], 10, WorkbookStyles.Header),
        };
        for (var r = 0; r < raters.Count; r++)
        {
            var style = r % 2 == 0 ? WorkbookStyles.Header : WorkbookStyles.HeaderAlternate;
            columns.Add(("rater:" + raters[r].Id + ":level", texts.Format("col.level", raters[r].Id), 14, style));
            columns.Add(("rater:" + raters[r].Id + ":evidence", texts.Format("col.evidence", raters[r].Id), 40, style));
        }

        columns.Add(("spread", texts["col.spread"], 10, WorkbookStyles.Header));
        columns.Add(("proposal", texts["col.proposal"], 14, WorkbookStyles.Header));
        columns.Add(("rule", texts["col.rule"], 16, WorkbookStyles.Header));
        columns.Add((ReconciliationLayout.AgreedKey, texts["col.agreed"], 16, WorkbookStyles.Header));
        columns.Add((ReconciliationLayout.NoteKey, texts["col.note"], 40, WorkbookStyles.Header));
        var agreedColumn = columns.FindIndex(c => c.Key == ReconciliationLayout.AgreedKey) + 1;
        var lastColumn = columns.Count;

        sheet.Text(FirstColumn, 1, $"{texts["sheet.disagreements"]} — {agreement.Country.Value} · {agreement.Period}", WorkbookStyles.Title);
        sheet.Height(1, 24);
        sheet.Text(FirstColumn, 2, texts["subtitle"], WorkbookStyles.Note);
        sheet.Hide(ReconciliationLayout.KeyRow);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Text(c + 1, ReconciliationLayout.KeyRow, columns[c].Key);
            sheet.Text(c + 1, ReconciliationLayout.HeaderRow, columns[c].Header, columns[c].Style);
            sheet.Width(c + 1, columns[c].Width, hidden: c + 1 == KeyColumn);
        }

        sheet.Height(ReconciliationLayout.HeaderRow, 32);
        Name(ReconciliationLayout.KeyRowName, CellReference.Sheet(disagreementsName) + "!" + CellReference.Absolute(1, ReconciliationLayout.KeyRow) + ":" + CellReference.Absolute(lastColumn, ReconciliationLayout.KeyRow));

        var row = ReconciliationLayout.FirstDataRow;
        var byScale = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var continuous = new List<(Scale Scale, string Cell)>();
        foreach (var cell in agreement.Disagreements)
        {
            var indicator = rubric.FindIndicator(cell.IndicatorId)!;
            var scale = rubric.ScaleOf(indicator, cell.FacetId)!;
            var dimension = cell.DimensionId is { } d ? rubric.FindDimension(d)?.Name.Get(language) : null;
            var column = 1;
            sheet.Text(column++, row, cell.IndicatorId + "|" + cell.GroupId + "|" + cell.FacetId, WorkbookStyles.Key);
            sheet.Text(column++, row, cell.IndicatorId, WorkbookStyles.Locked);
            sheet.Text(column++, row, dimension, WorkbookStyles.Locked);
            sheet.Text(column++, row, indicator.Name.Get(language), WorkbookStyles.Locked);
            sheet.Text(column++, row, cell.GroupId == Response.WholeCountry ? texts["whole-country"] : rubric.FindGroup(cell.GroupId)?.Name.Get(language) ?? cell.GroupId, WorkbookStyles.Locked);
            sheet.Text(column++, row, rubric.FindFacet(cell.FacetId)?.Name.Get(language) ?? cell.FacetId, WorkbookStyles.Locked);
            var heights = new List<(string?, double)> { (indicator.Name.Get(language), 28), (dimension, 18) };
            foreach (var answer in cell.Answers)
            {
                Shown(sheet, column++, row, scale, answer.Response, WorkbookStyles.LockedCentered);
                sheet.Text(column++, row, answer.Response?.Evidence, WorkbookStyles.Locked);
                heights.Add((answer.Response?.Evidence, 40));
            }

            if (cell.LevelSpread is { } levels)
            {
                sheet.Number(column++, row, levels, WorkbookStyles.Integer);
            }
            else
            {
                sheet.Number(column++, row, Round(cell.Spread, 2), WorkbookStyles.LockedCentered);
            }

            proposals.TryGetValue(cell.Key, out var proposal);
            var settled = proposal?.Provenance is { Rule: not ProvenanceRule.Unresolved };
            Shown(sheet, column++, row, scale, settled ? proposal : null, WorkbookStyles.LockedCentered);
            sheet.Text(column++, row, RuleText(proposal?.Provenance), WorkbookStyles.Locked);
            sheet.Text(column++, row, null, WorkbookStyles.InputCentered);
            sheet.Text(column, row, null, WorkbookStyles.Input);
            var agreed = CellReference.Of(agreedColumn, row);
            if (scale.Kind == ScaleKind.Ordinal)
            {
                if (!byScale.TryGetValue(scale.Id, out var cells))
                {
                    cells = new List<string>();
                    byScale.Add(scale.Id, cells);
                }

                cells.Add(agreed);
            }
            else
            {
                continuous.Add((scale, agreed));
            }

            sheet.Height(row, Math.Max(30, Height(heights.ToArray())));
            row++;
        }

        foreach (var pair in byScale)
        {
            sheet.Validations.Add(new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                ShowInputMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Stop,
                ErrorTitle = texts["prompt.error-title"],
                Error = texts["prompt.error"],
                PromptTitle = texts["prompt.title"],
                Prompt = texts["prompt.text"],
                SequenceOfReferences = new ListValue<StringValue> { InnerText = string.Join(" ", pair.Value) },
                Formula1 = new Formula1(listNames[pair.Key]),
            });
        }

        foreach (var (scale, cell) in continuous)
        {
            sheet.Validations.Add(new DataValidation
            {
                Type = DataValidationValues.Decimal,
                Operator = DataValidationOperatorValues.Between,
                AllowBlank = true,
                ShowErrorMessage = true,
                ErrorStyle = DataValidationErrorStyleValues.Warning,
                PromptTitle = texts["prompt.title"],
                Prompt = texts.Format("prompt.number", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture)),
                ShowInputMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = cell },
                Formula1 = new Formula1(scale.Min.ToString(CultureInfo.InvariantCulture)),
                Formula2 = new Formula2(scale.Max.ToString(CultureInfo.InvariantCulture)),
            });
        }

        sheet.AutoFilter = CellReference.Of(FirstColumn, ReconciliationLayout.HeaderRow) + ":" + CellReference.Of(lastColumn, Math.Max(ReconciliationLayout.FirstDataRow, row - 1));
        names.Add(new DefinedName(CellReference.Sheet(disagreementsName) + "!" + CellReference.Absolute(FirstColumn, ReconciliationLayout.HeaderRow) + ":" + CellReference.Absolute(lastColumn, Math.Max(ReconciliationLayout.FirstDataRow, row - 1)))
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = (uint)sheets.Count,
            Hidden = true,
        });
        sheet.Protection = SheetPassword.Protect(password, allowFilter: true);
        return sheet.Build();
    }

    private Worksheet WriteAgreement()
    {
        var sheet = new WorksheetBuilder(strings, styles) { FrozenRows = 4 };
        var headers = new[] { "col.scope", "col.part", "col.compared", "col.exact", "col.difference", "col.alpha", "col.alpha-lower", "col.alpha-upper", "col.kappa-linear", "col.kappa-quadratic" };
        var widths = new[] { 14.0, 40, 12, 12, 12, 10, 12, 12, 12, 12 };
        sheet.Text(1, 1, $"{texts["sheet.agreement"]} — {agreement.Country.Value} · {agreement.Period}", WorkbookStyles.Title);
        sheet.Height(1, 24);
        sheet.Text(1, 2, texts["agreement.text"], WorkbookStyles.Note);
        sheet.Merge(1, 2, headers.Length, 2);
        sheet.Height(2, 44);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(c + 1, 4, texts[headers[c]], WorkbookStyles.Header);
            sheet.Width(c + 1, widths[c]);
        }

        sheet.Height(4, 32);
        var row = 5u;
        foreach (var summary in agreement.Summaries)
        {
            sheet.Text(1, row, texts["scope." + AgreementJson.ScopeName(summary.Scope)], WorkbookStyles.Locked);
            sheet.Text(2, row, PartName(summary), WorkbookStyles.Locked);
            sheet.Number(3, row, summary.Compared, WorkbookStyles.Integer);
            sheet.Number(4, row, summary.ExactAgreement, WorkbookStyles.Percent);
            sheet.Number(5, row, Round(summary.MeanDifference, 1), WorkbookStyles.Score);
            sheet.Number(6, row, Round(summary.Alpha.Value, 3), WorkbookStyles.LockedCentered);
            sheet.Number(7, row, Round(summary.Alpha.Lower, 3), WorkbookStyles.LockedCentered);
            sheet.Number(8, row, Round(summary.Alpha.Upper, 3), WorkbookStyles.LockedCentered);
            sheet.Number(9, row, Round(summary.LinearKappa, 3), WorkbookStyles.LockedCentered);
            sheet.Number(10, row, Round(summary.QuadraticKappa, 3), WorkbookStyles.LockedCentered);
            row++;
        }

        sheet.Protection = SheetPassword.Protect(password);
        return sheet.Build();
    }

    private string PartName(AgreementSummary summary) => summary.Scope switch
    {
        AgreementScope.Overall => texts["scope.overall"],
        AgreementScope.Facet => rubric.FindFacet(summary.Key!)?.Name.Get(language) ?? summary.Key!,
        AgreementScope.Group => rubric.FindGroup(summary.Key!)?.Name.Get(language) ?? summary.Key!,
        AgreementScope.Dimension => rubric.FindDimension(summary.Key!)?.Name.Get(language) ?? summary.Key!,
        _ => summary.Key + " " + (rubric.FindIndicator(summary.Key!)?.Name.Get(language) ?? string.Empty),
    };

    private string? RuleText(AnswerProvenance? provenance) => provenance?.Rule switch
    {
        null => texts["provenance.unresolved"],
        ProvenanceRule.Median => texts["provenance.median"],
        ProvenanceRule.Within => texts["provenance.within"],
        ProvenanceRule.Role => texts["provenance.role"] + " (" + string.Join(", ", provenance.From) + ")",
        ProvenanceRule.Unresolved => texts["provenance.unresolved"],
        _ => null,
    };

    private void Shown(WorksheetBuilder sheet, int column, uint row, Scale scale, Response? response, CellStyle style)
    {
        switch (response is null ? null : vocabulary.Display(scale, response))
        {
            case double number:
                sheet.Number(column, row, number, style);
                break;
            case string text:
                sheet.Text(column, row, text, style);
                break;
            default:
                sheet.Text(column, row, response is null ? null : texts["blank"], style);
                break;
        }
    }
}
