using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Drawing = DocumentFormat.OpenXml.Drawing.Charts;

namespace Coherence.Tests.Spreadsheets;

/// <summary>
/// A workbook's structure as text, for golden files: sheets and their states, defined names, the cell formats,
/// then per sheet its page setup, panes, columns, rows with every cell (style, value or formula), merges,
/// validations, conditional formats and charts.
/// </summary>
/// <remarks>Texts longer than <see cref="LongText"/> characters are shortened to their start and length, so that the rubric's JSON does not fill the file.</remarks>
internal static class WorkbookDump
{
    private const int LongText = 400;

    public static string Of(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var workbookPart = document.WorkbookPart!;
        var strings = workbookPart.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? new List<string>();
        var text = new StringBuilder();
        var sheets = workbookPart.Workbook.Sheets!.Elements<Sheet>().ToList();
        text.Append("# sheets\n");
        foreach (var sheet in sheets)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Quote(sheet.Name!)} {sheet.State?.InnerText ?? "visible"}\n");
        }

        text.Append("\n# defined names\n");
        foreach (var name in workbookPart.Workbook.DefinedNames?.Elements<DefinedName>() ?? Enumerable.Empty<DefinedName>())
        {
            var scope = name.LocalSheetId is { } local ? " (on " + Quote(sheets[(int)local.Value].Name!) + ")" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"{name.Name}{scope}{(name.Hidden?.Value == true ? " hidden" : string.Empty)} = {name.Text}\n");
        }

        text.Append("\n# cell formats\n");
        var stylesheet = workbookPart.WorkbookStylesPart!.Stylesheet;
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var fills = stylesheet.Fills!.Elements<Fill>().ToList();
        var borders = stylesheet.Borders!.Elements<Border>().ToList();
        var numberFormats = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? new Dictionary<uint, string>();
        var index = 0;
        foreach (var format in stylesheet.CellFormats!.Elements<CellFormat>())
        {
            var parts = new List<string>
            {
                "font " + Describe(fonts[(int)(format.FontId?.Value ?? 0)]),
                "fill " + Describe(fills[(int)(format.FillId?.Value ?? 0)]),
                "border " + Describe(borders[(int)(format.BorderId?.Value ?? 0)]),
            };
            if (format.NumberFormatId?.Value is { } numberFormat and not 0)
            {
                parts.Add("number " + (numberFormats.TryGetValue(numberFormat, out var code) ? code : "#" + numberFormat.ToString(CultureInfo.InvariantCulture)));
            }

            if (format.Alignment is { } alignment)
            {
                parts.Add("align " + string.Join(",", new[] { alignment.Horizontal?.InnerText, alignment.Vertical?.InnerText, alignment.WrapText?.Value == true ? "wrap" : null }.Where(p => p is not null)));
            }

            parts.Add(format.Protection?.Locked?.Value == false ? "unlocked" : "locked");
            text.Append(CultureInfo.InvariantCulture, $"s{index++}: {string.Join("; ", parts)}\n");
        }

        var differential = 0;
        foreach (var format in stylesheet.DifferentialFormats?.Elements<DifferentialFormat>() ?? Enumerable.Empty<DifferentialFormat>())
        {
            text.Append(CultureInfo.InvariantCulture, $"dxf{differential++}: {Compact(format.InnerXml)}\n");
        }

        foreach (var sheet in sheets)
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            DumpSheet(text, sheet.Name!, part, strings);
        }

        return text.ToString();
    }

    private static void DumpSheet(StringBuilder text, string name, WorksheetPart part, List<string> strings)
    {
        var worksheet = part.Worksheet;
        text.Append(CultureInfo.InvariantCulture, $"\n# sheet {Quote(name)}\n");
        if (worksheet.GetFirstChild<PageSetup>() is { } page)
        {
            var fit = worksheet.GetFirstChild<SheetProperties>()?.PageSetupProperties?.FitToPage?.Value == true;
            text.Append(CultureInfo.InvariantCulture, $"page: paper {page.PaperSize?.Value}, {page.Orientation?.InnerText}, scale {page.Scale?.Value.ToString(CultureInfo.InvariantCulture) ?? "-"}, {(fit ? $"fit {page.FitToWidth?.Value} wide x {page.FitToHeight?.Value} tall" : "no fit")}\n");
        }

        if (worksheet.GetFirstChild<RowBreaks>() is { } breaks)
        {
            text.Append(CultureInfo.InvariantCulture, $"page breaks after rows: {string.Join(" ", breaks.Elements<Break>().Select(b => b.Id!.Value))}\n");
        }

        if (worksheet.Descendants<Pane>().FirstOrDefault() is { } pane)
        {
            text.Append(CultureInfo.InvariantCulture, $"frozen at {pane.TopLeftCell}\n");
        }

        if (worksheet.GetFirstChild<SheetProtection>() is { } protection)
        {
            text.Append(CultureInfo.InvariantCulture, $"protected{(protection.HashValue is null ? string.Empty : " with password")}\n");
        }

        if (worksheet.GetFirstChild<Columns>() is { } columns)
        {
            text.Append("columns: ");
            text.Append(string.Join(" ", columns.Elements<Column>().Select(c => Coherence.Workbooks.CellReference.Column((int)c.Min!.Value) + "=" + c.Width!.Value.ToString("0.##", CultureInfo.InvariantCulture) + (c.Hidden?.Value == true ? "(hidden)" : string.Empty))));
            text.Append('\n');
        }

        foreach (var row in worksheet.GetFirstChild<SheetData>()!.Elements<Row>())
        {
            var settings = (row.Height is { } h ? " h=" + h.Value.ToString("0.#", CultureInfo.InvariantCulture) : string.Empty) + (row.Hidden?.Value == true ? " hidden" : string.Empty);
            text.Append(CultureInfo.InvariantCulture, $"row {row.RowIndex!.Value}{settings}\n");
            foreach (var cell in row.Elements<Cell>())
            {
                text.Append(CultureInfo.InvariantCulture, $"  {cell.CellReference} s{cell.StyleIndex?.Value ?? 0}");
                if (cell.CellFormula is { } formula)
                {
                    text.Append(" =").Append(formula.Text);
                }

                if (cell.CellValue is { } value)
                {
                    var shown = cell.DataType?.Value == CellValues.SharedString ? strings[int.Parse(value.Text, CultureInfo.InvariantCulture)] : value.Text;
                    text.Append(cell.CellFormula is null ? " " : " -> ").Append(Quote(shown));
                }
                else if (cell.InlineString is { } inline)
                {
                    // A text written in its cell rather than shared: a country's texts, so that the shared parts stay the same.
                    text.Append(" inline ").Append(Quote(inline.InnerText));
                }

                text.Append('\n');
            }
        }

        foreach (var merge in worksheet.Descendants<MergeCell>())
        {
            text.Append(CultureInfo.InvariantCulture, $"merge {merge.Reference}\n");
        }

        foreach (var validation in worksheet.Descendants<DataValidation>())
        {
            text.Append(CultureInfo.InvariantCulture, $"validation {validation.SequenceOfReferences!.InnerText}: {validation.Type?.InnerText} {validation.Formula1?.Text}{(validation.Formula2 is null ? string.Empty : " " + validation.Formula2.Text)} {validation.ErrorStyle?.InnerText ?? "stop"}");
            if (validation.Prompt is { } prompt)
            {
                text.Append(CultureInfo.InvariantCulture, $" prompt {Quote(validation.PromptTitle?.Value ?? string.Empty)} {Quote(prompt.Value!)}");
            }

            text.Append('\n');
        }

        foreach (var format in worksheet.Elements<ConditionalFormatting>())
        {
            foreach (var rule in format.Elements<ConditionalFormattingRule>())
            {
                text.Append(CultureInfo.InvariantCulture, $"conditional {format.SequenceOfReferences!.InnerText}: {rule.Type?.InnerText} {rule.GetFirstChild<Formula>()?.Text}{(rule.FormatId is { } id ? " dxf" + id.Value : string.Empty)}\n");
            }
        }

        if (part.DrawingsPart is { } drawings)
        {
            foreach (var chart in drawings.ChartParts)
            {
                var series = chart.ChartSpace.Descendants<Drawing.BarChartSeries>().Select(s => s.Descendants<Drawing.Formula>().Select(f => f.Text));
                text.Append(CultureInfo.InvariantCulture, $"chart: {string.Join(" | ", series.Select(s => string.Join(", ", s)))}\n");
            }
        }
    }

    private static string Describe(Font font)
    {
        var parts = new List<string> { font.FontName?.Val?.Value ?? "?", font.FontSize?.Val?.Value.ToString(CultureInfo.InvariantCulture) ?? "?" };
        if (font.Bold is not null)
        {
            parts.Add("bold");
        }

        if (font.Italic is not null)
        {
            parts.Add("italic");
        }

        if (font.Color?.Rgb?.Value is { } rgb)
        {
            parts.Add(rgb);
        }

        return string.Join(" ", parts);
    }

    private static string Describe(Fill fill) =>
        fill.PatternFill is { } pattern ? pattern.PatternType?.InnerText + (pattern.ForegroundColor?.Rgb?.Value is { } rgb ? " " + rgb : string.Empty) : "?";

    private static string Describe(Border border) =>
        border.LeftBorder?.Style is { } style ? style.InnerText + " " + border.LeftBorder.Color?.Rgb?.Value : "none";

    private static string Compact(string xml) => System.Text.RegularExpressions.Regex.Replace(xml, " xmlns(:\\w+)?=\"[^\"]*\"", string.Empty);

    private static string Quote(string text)
    {
        var shown = text.Length > LongText ? text.Substring(0, 80) + $"… [{text.Length} characters]" : text;
        return "\"" + shown.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
