using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Types one text into one cell of a workbook, as a person would.</summary>
internal static class WorkbookFillerText
{
    public static void Type(string path, string sheetName, int column, uint row, string text)
    {
        using var document = SpreadsheetDocument.Open(path, true);
        var workbookPart = document.WorkbookPart!;
        var sheet = workbookPart.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == sheetName);
        var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);
        var reference = Coherence.Workbooks.CellReference.Of(column, row);
        var cell = part.Worksheet.Descendants<Cell>().First(c => c.CellReference == reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.AppendChild(new InlineString(new Text(text)));
    }
}
