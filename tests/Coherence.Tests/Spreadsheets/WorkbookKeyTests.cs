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

    [Fact]
    public void One_file_reader_reads_workbooks_on_several_threads_at_once_with_the_answers_of_each()
    {
        using var temp = new TempDirectory();
        var rubric = Small();
        // Each workbook its own answers, so that a read that took another's would show.
        Coherence.Model.Response[] Answers(int i) => new[] { Law("D1", "immigrants", new[] { "absent", "partial", "full" }[i % 3]), Practice("D2", "returnees", new[] { "none", "partial", "full" }[(i + 1) % 3]) };
        var paths = Enumerable.Range(0, 12).Select(i =>
        {
            var path = temp.File($"GTM-R{i:00}.xlsx");
            Workbooks.Write(path, rubric, Answers(i));
            return path;
        }).ToList();

        // Without a rubric at hand, each read parses the rubric embedded in its workbook, kept for the others.
        var reader = new WorkbookAssessmentFileReader();
        var catalog = new RubricCatalog();
        var results = new Coherence.Diagnostics.Result<Coherence.Model.Assessment>[paths.Count];
        System.Threading.Tasks.Parallel.For(0, paths.Count, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = reader.Read(paths[i], catalog));

        for (var i = 0; i < paths.Count; i++)
        {
            Assert.True(results[i].IsSuccess, string.Join("\n", results[i].Diagnostics));
            var responses = Workbooks.Describe(results[i].Value!.Responses);
            Assert.Equal(Workbooks.Describe(Answers(i)), responses);
        }
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
