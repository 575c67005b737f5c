using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Grouping workbooks by country and period before scoring them reads their metadata, not their answers.</summary>
public class WorkbookKeyTests
{
    [Fact]
    public void The_country_and_period_of_a_workbook_come_from_its_metadata_sheet_alone()
    {
        using var temp = new TempDirectory();
        var path = temp.File("GTM-2026.xlsx");
        var rubric = Small();
        Workbooks.Write(path, rubric);
        DamageEverySheetButTheMetadata(path);

        // Reading the workbook whole meets the damaged answer sheets; telling its key does not.
        var whole = Workbooks.Read(path, rubric);
        Assert.False(whole.IsSuccess);
        Assert.Contains(whole.Diagnostics, d => d.Code == "WBK004");
        Assert.Equal(("GTM", "2026"), WorkbookAssessmentReader.ReadKey(path));

        // The scoring pass groups files through the loader, which takes the same short way for workbooks.
        var loader = new AssessmentLoader(new RubricCatalog(), new IAssessmentFileReader[] { new WorkbookAssessmentFileReader(rubric) });
        Assert.Equal(("GTM", "2026"), loader.KeyOf(path));
    }

    [Fact]
    public void A_file_that_is_not_a_rubric_workbook_has_no_key()
    {
        using var temp = new TempDirectory();
        var text = temp.File("notes.xlsx");
        File.WriteAllText(text, "not a workbook");
        var empty = temp.File("empty.xlsx");
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(empty, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            document.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
        }

        Assert.Null(WorkbookAssessmentReader.ReadKey(text));
        Assert.Null(WorkbookAssessmentReader.ReadKey(empty));
        Assert.Null(WorkbookAssessmentReader.ReadKey(temp.File("missing.xlsx")));
    }

    // Replaces the XML of every worksheet but the hidden metadata sheet with text no XML reader accepts.
    private static void DamageEverySheetButTheMetadata(string path)
    {
        string metadataPart;
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == WorkbookLayout.MetadataSheet);
            metadataPart = workbook.GetPartById(sheet.Id!.Value!).Uri.OriginalString.TrimStart('/');
        }

        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var damaged = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", System.StringComparison.Ordinal) && e.FullName.EndsWith(".xml", System.StringComparison.Ordinal) && e.FullName != metadataPart).ToList())
        {
            var name = entry.FullName;
            entry.Delete();
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes("<worksheet <<< damaged"));
            damaged++;
        }

        Assert.True(damaged >= 3, "the workbook should have several sheets besides its metadata");
    }
}
