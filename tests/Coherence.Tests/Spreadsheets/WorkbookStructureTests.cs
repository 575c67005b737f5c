using Coherence.Model;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Golden dumps of the workbooks' structure: every cell, style, validation, defined name and page setting is pinned.</summary>
public class WorkbookStructureTests
{
    private const string Folder = "tests/Coherence.Tests/Spreadsheets/Approved";

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void A_rubric_workbook_with_a_sheet_for_the_whole_country_keeps_its_structure(string language)
    {
        using var temp = new TempDirectory();
        var path = temp.File("rubric.xlsx");
        var rubric = CountryScoped();
        var answered = new Response("D1", Response.WholeCountry, Facet.Law, ResponseStatus.Answered, "partial") { Evidence = "Ley 44-2016, art. 3", Sources = new[] { "https://example.org/ley" }, Confidence = Confidence.High };
        Workbooks.Write(path, rubric, new[] { answered, Practice("H1", "returnees", "extensive") }, language);

        Approvals.Verify(Folder, $"rubric-workbook.{language}.txt", WorkbookDump.Of(path));
    }

    [Fact]
    public void A_results_workbook_keeps_its_structure()
    {
        using var temp = new TempDirectory();
        var path = temp.File("results.xlsx");
        var rubric = Small();
        ResultsWorkbookFixture.Write(path, rubric, new[]
        {
            Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "none"),
            Law("D2", "immigrants", "partial"), Practice("D2", "immigrants", "partial"),
            Law("H1", "returnees", "substantial"), Practice("H1", "returnees", "extensive"),
        });

        Approvals.Verify(Folder, "results-workbook.es.txt", WorkbookDump.Of(path));
    }
}
