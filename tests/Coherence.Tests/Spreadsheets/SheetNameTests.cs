using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>The tab names of every workbook the tool writes: within Excel's 31 characters, unique, and meaningful rather than cut mid-phrase.</summary>
public class SheetNameTests
{
    private static readonly RubricCatalog Catalog = new();

    public static IEnumerable<object[]> Cases() =>
        from rubric in new[] { "mesoamerica-coherence", "impic-2016" }
        from language in new[] { "es", "en" }
        select new object[] { rubric, language };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_sheet_of_the_rubric_and_results_workbooks_has_a_name_Excel_accepts(string rubricId, string language)
    {
        var rubric = Catalog.Resolve(rubricId).Value!;
        using var temp = new TempDirectory();
        var workbook = temp.File("rubric.xlsx");
        using (var stream = File.Create(workbook))
        {
            RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", language, Workbooks.Now), stream);
        }

        var results = temp.File("results.xlsx");
        var run = ResultsWorkbookFixture.Run(rubric, ("GTM", Array.Empty<Response>()));
        Assert.True(ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, results) { Language = language }).Succeeded);

        var names = SheetNamesOf(workbook);
        AssertAcceptable(names);
        AssertAcceptable(SheetNamesOf(results));

        // A group's sheet carries its full name when it fits, else its short form: never a name cut mid-phrase.
        var expected = rubric.Groups.Select(g => g.Name.Get(language)).Select(n => n.Length <= 31 ? n : null).Where(n => n is not null);
        Assert.All(expected, n => Assert.Contains(n, names));
    }

    [Fact]
    public void The_asylum_group_of_the_bundled_rubric_has_a_meaningful_short_tab_in_both_languages()
    {
        var rubric = Catalog.Resolve("mesoamerica-coherence").Value!;
        using var temp = new TempDirectory();
        foreach (var (language, tab) in new[] { ("es", "Asilo y refugio"), ("en", "Asylum seekers and refugees") })
        {
            var workbook = temp.File(language + ".xlsx");
            using (var stream = File.Create(workbook))
            {
                RubricWorkbookWriter.Write(new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", language, Workbooks.Now), stream);
            }

            Assert.Contains(tab, SheetNamesOf(workbook));
        }
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Every_sheet_of_the_reconciliation_workbook_has_a_name_Excel_accepts(string language)
    {
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        using var temp = new TempDirectory();
        var path = temp.File("r.xlsx");
        var options = new ReconcileOptions(new[] { Path.Combine(examples, "XME-2026-government.json"), Path.Combine(examples, "XME-2026-civil-society.json") })
        {
            WorkbookPath = path,
            Language = language,
            Resamples = 20,
        };
        var result = await new ReconcileOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        AssertAcceptable(SheetNamesOf(path));
    }

    [Theory]
    [InlineData("Personas trabajadoras agrícolas temporales y sus familias", null, "Personas trabajadoras…")]
    [InlineData("Personas trabajadoras agrícolas temporales y sus familias", "Trabajo agrícola temporal", "Trabajo agrícola temporal")]
    [InlineData("Personas retornadas", "Retornadas", "Personas retornadas")]
    [InlineData("Cuadro: a/b [2026]?", null, "Cuadro a b 2026")]
    public void A_long_name_takes_its_short_form_or_is_cut_at_a_word_never_mid_word(string wanted, string? shortForm, string expected) =>
        Assert.Equal(expected, new Coherence.Workbooks.SheetNames().Take(wanted, shortForm));

    private static void AssertAcceptable(IReadOnlyList<string> names)
    {
        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            Assert.InRange(name.Length, 1, 31);
            Assert.True(name.IndexOfAny("[]:*?/\\".ToCharArray()) < 0, $"'{name}' has a character Excel refuses");
            Assert.False(name.StartsWith('\'') || name.EndsWith('\''), $"'{name}' starts or ends with an apostrophe");
        });
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    private static List<string> SheetNamesOf(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }
}
