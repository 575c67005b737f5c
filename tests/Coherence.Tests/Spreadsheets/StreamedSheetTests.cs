using System.IO;
using System.Linq;
using Coherence.Workbooks;
using Coherence.Workbooks.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Sheets and shared strings written as they go hold exactly what their document trees hold.</summary>
public class StreamedSheetTests
{
    [Fact]
    public void A_sheet_written_as_it_goes_has_the_elements_and_cells_of_the_one_built_as_a_tree()
    {
        // Elements join the tree they are built into: the tree and the stream each get a sheet of their own, made alike.
        var built = Sheet(new SharedStrings()).Build();
        var strings = new SharedStrings();
        var sheet = Sheet(strings);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            var part = workbook.AddNewPart<WorksheetPart>();
            sheet.Save(part);
            strings.Save(workbook.AddNewPart<SharedStringTablePart>());
        }

        stream.Position = 0;
        using var read = SpreadsheetDocument.Open(stream, false);
        var saved = read.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal(built.ChildElements.Select(e => e.LocalName), saved.ChildElements.Select(e => e.LocalName));
        foreach (var (expected, actual) in built.ChildElements.Zip(saved.ChildElements))
        {
            Assert.Equal(Normal(expected.OuterXml), Normal(actual.OuterXml));
        }

        var table = read.WorkbookPart.SharedStringTablePart!.SharedStringTable;
        var tree = strings.Build();
        Assert.Equal((tree.Count!.Value, tree.UniqueCount!.Value), (table.Count!.Value, table.UniqueCount!.Value));
        Assert.Equal(tree.ChildElements.Select(e => Normal(e.OuterXml)), table.ChildElements.Select(e => Normal(e.OuterXml)));
        Assert.Equal("line one\r\nline two\rthree\n\tfour", table.Elements<SharedStringItem>().ElementAt(2).InnerText);
    }

    private static WorksheetBuilder Sheet(SharedStrings strings)
    {
        var styles = new StyleRegistry();
        var sheet = new WorksheetBuilder(strings, styles) { FrozenRows = 2, FrozenColumns = 1, TabColor = "FF1F4E78", Protection = new SheetProtection { Sheet = true } };
        sheet.Width(1, 12);
        sheet.Width(2, 40, hidden: true);
        sheet.Text(1, 1, "Título & <más>", WorkbookStyles.Title);
        sheet.Text(2, 1, "  leading and trailing spaces  ");
        sheet.Text(3, 1, "line one\r\nline two\rthree\n\tfour");
        sheet.Text(4, 1, null, WorkbookStyles.Input);
        sheet.Number(1, 3, 0.1 + 0.2, WorkbookStyles.Integer);
        sheet.Number(2, 3, null);
        sheet.Formula(3, 3, "COUNTA('Hoja 1'!A1:A9)", 3);
        sheet.Formula(4, 3, "IF(A1=\"x\",\"sí\",\"no\")", "no", WorkbookStyles.Percent);
        sheet.Formula(5, 3, "SUM(A1:A2)", null);
        sheet.Hide(2);
        sheet.Height(3, 48.5);
        sheet.Merge(1, 4, 3, 4);
        sheet.PageBreaksBefore.Add(3);
        sheet.Validations.Add(new DataValidation { Type = DataValidationValues.List, SequenceOfReferences = new ListValue<StringValue> { InnerText = "B3" }, Formula1 = new Formula1("Levels") });

        return sheet;
    }

    // Namespace declarations sit on the root in one and on the element in the other; the content is what matters.
    private static string Normal(string xml) => xml.Replace(" xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"", string.Empty);
}
