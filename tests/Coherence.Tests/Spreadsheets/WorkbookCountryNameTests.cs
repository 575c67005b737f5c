using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>A workbook made for a user-assigned code keeps the country's names, and its import gives them back.</summary>
public class WorkbookCountryNameTests
{
    private static readonly RubricCatalog Catalog = new();

    [Fact]
    public async Task A_workbook_made_from_an_example_keeps_its_names_per_language_and_its_import_gives_them_back()
    {
        using var temp = new TempDirectory();
        var example = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json");
        var expected = CountryName.PerLanguage("es", "País de ejemplo A (ficticio)", "en", "Example country A (fictitious)");

        var made = await new NewWorkbookOperation(Catalog).RunAsync(new NewWorkbookOptions("mesoamerica-coherence", "XMA", "2027", temp.File("XMA-2027.xlsx")) { From = example, Language = "es" });

        Assert.True(made.Succeeded, string.Join("\n", made.Diagnostics));
        var read = new WorkbookAssessmentReader(Catalog.Find).ReadFile(temp.File("XMA-2027.xlsx"), lenient: true);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(expected, read.Value!.CountryName);
    }

    [Fact]
    public async Task Country_name_on_the_command_line_is_one_name_for_every_language_and_wins_over_the_one_carried_over()
    {
        using var temp = new TempDirectory();
        var example = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json");

        var made = await new NewWorkbookOperation(Catalog).RunAsync(new NewWorkbookOptions("mesoamerica-coherence", "XMA", "2027", temp.File("XMA-2027.xlsx")) { From = example, CountryName = " Xmalandia " });

        Assert.True(made.Succeeded, string.Join("\n", made.Diagnostics));
        var read = new WorkbookAssessmentReader(Catalog.Find).ReadFile(temp.File("XMA-2027.xlsx"), lenient: true).Value!;
        Assert.Equal(CountryName.Plain("Xmalandia"), read.CountryName);
    }

    [Fact]
    public async Task A_batch_list_names_a_country_per_language_with_name_es_and_name_en()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("list.csv"), "country,name,name_es,name_en,period,language\nXMA,,País A,Country A,2026,es\nXMB,País B,,Country B,2026,es\nXMC,País C,,,2026,en\n");

        var result = await new BatchWorkbookOperation(Catalog).RunAsync(new BatchWorkbookOptions("mesoamerica-coherence", temp.File("list.csv"), temp.File("out")) { MaxParallelism = 2 });

        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.Code == "WBK081");
        var reader = new WorkbookAssessmentReader(Catalog.Find);
        CountryName? NameIn(string file) => reader.ReadFile(temp.File("out/" + file), lenient: true).Value!.CountryName;
        Assert.Equal(CountryName.PerLanguage("es", "País A", "en", "Country A"), NameIn("XMA-2026.xlsx"));
        Assert.Equal(CountryName.PerLanguage("es", "País B", "en", "Country B"), NameIn("XMB-2026.xlsx")); // name serves the row's language
        Assert.Equal(CountryName.Plain("País C"), NameIn("XMC-2026.xlsx"));
    }
}
