using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Model;
using Coherence.Workbooks;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Types answers into a rubric workbook as a person would: finds each indicator's row on its group's sheet and writes the cells.</summary>
internal static class WorkbookFiller
{
    public static void Fill(string path, Rubric rubric, IEnumerable<Response> responses, string language)
    {
        var vocabulary = new LevelVocabulary(rubric, language);
        var layout = Layout(path);
        using var document = SpreadsheetDocument.Open(path, true);
        var workbookPart = document.WorkbookPart!;
        foreach (var response in responses)
        {
            var (sheetName, rows, columns) = layout[response.GroupId];
            var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
            var row = rows[response.IndicatorId];
            var scale = rubric.ScaleOf(rubric.FindIndicator(response.IndicatorId)!, response.FacetId)!;
            var shown = vocabulary.Display(scale, response);
            Set(part, columns[response.FacetId + ".level"], row, shown is double d ? d.ToString("R", CultureInfo.InvariantCulture) : (string?)shown, shown is double);
            Set(part, columns[response.FacetId + ".evidence"], row, response.Evidence);
            Set(part, columns[response.FacetId + ".sources"], row, response.Sources.Count == 0 ? null : string.Join("\n", response.Sources));
            Set(part, columns[response.FacetId + ".confidence"], row, vocabulary.Display(response.Confidence));
            Set(part, columns[response.FacetId + ".notes"], row, response.Notes);
        }
    }

    /// <summary>Finds, per group id, its sheet, the row of each indicator and the column of each key.</summary>
    public static Dictionary<string, (string Sheet, Dictionary<string, uint> Rows, Dictionary<string, int> Columns)> Layout(string path)
    {
        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);
        var pairs = content.Sheet(WorkbookLayout.MetadataSheet)!.Pairs();
        var layout = new Dictionary<string, (string, Dictionary<string, uint>, Dictionary<string, int>)>();
        var sheets = new List<(string GroupId, string DefinedName)>();
        if (content.TryResolve(WorkbookLayout.WholeCountryName, out _, out _, out _))
        {
            sheets.Add((Response.WholeCountry, WorkbookLayout.WholeCountryName));
        }

        for (var i = 1; pairs.TryGetValue($"group.{i}.id", out var groupId); i++)
        {
            sheets.Add((groupId, WorkbookLayout.GroupName(i)));
        }

        foreach (var (groupId, definedName) in sheets)
        {
            content.TryResolve(definedName, out var sheetName, out _, out var keyRow);
            var cells = content.Sheet(sheetName)!;
            var columns = cells.Row(keyRow).ToDictionary(c => c.Value, c => c.Key);
            var rows = new Dictionary<string, uint>();
            foreach (var row in cells.Rows.Where(r => r > keyRow + 1))
            {
                if (cells.Text(columns["indicator"], row) is { } id)
                {
                    rows[id] = row;
                }
            }

            layout[groupId] = (sheetName, rows, columns);
        }

        return layout;
    }

    private static void Set(WorksheetPart part, int column, uint row, string? text, bool number = false)
    {
        var reference = Coherence.Workbooks.CellReference.Of(column, row);
        var rowElement = part.Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First(r => r.RowIndex! == row);
        var cell = rowElement.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var after = rowElement.Elements<Cell>().LastOrDefault(c => Coherence.Workbooks.CellReference.TryParse(c.CellReference, out var col, out _) && col < column);
            if (after is null)
            {
                rowElement.PrependChild(cell);
            }
            else
            {
                after.InsertAfterSelf(cell);
            }
        }

        cell.RemoveAllChildren();
        cell.DataType = null;
        if (text is null)
        {
            return;
        }

        if (number)
        {
            cell.CellValue = new CellValue(text);
            return;
        }

        cell.DataType = CellValues.InlineString;
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])))
        {
            t.Space = SpaceProcessingModeValues.Preserve;
        }

        cell.AppendChild(new InlineString(t));
    }
}
