using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tables;
using Coherence.Tests.Scoring;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;

namespace Coherence.Tests.Tables;

/// <summary>import-table reads .xlsx: editions on sheets, a header below a title, units in columns, headers over two rows, sheet!cell diagnostics.</summary>
public class XlsxTableImportTests
{
    private static readonly string[] NotCountries = { "ed", "er" };

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string ImpicMap => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "impic-2016.map.csv");

    [Fact]
    public void Two_editions_of_the_real_impic_file_on_two_sheets_import_exactly_as_the_csv_does()
    {
        var rubric = new RubricCatalog().Resolve("impic-2016").Value!;
        var settings = new TableImportSettings("cntry", "year") { Map = ColumnMap.ReadFile(ImpicMap).Value, SkipUnits = NotCountries };
        var importer = new TableImporter(rubric);

        var sheets = new XlsxTableSource().Read(Data("impic2016-editions.xlsx"), new TableSourceOptions(new[] { "2009", "2010" }) { HeaderRow = 3 });
        Assert.True(sheets.IsSuccess, string.Join("\n", sheets.Diagnostics));
        var fromXlsx = sheets.Value!.SelectMany(t => importer.Import(t, settings).Value!.Assessments).ToList();
        var fromCsv = importer.Import(CsvReader.ReadFile(Data("impic2016.csv")).Value!, settings).Value!.Assessments.Where(a => a.Period is "2009" or "2010").ToList();

        Assert.Equal(66, fromXlsx.Count);
        Assert.Equal(Keys(fromCsv), Keys(fromXlsx));
        static string Keys(System.Collections.Generic.IEnumerable<Assessment> all) => string.Join("\n", all
            .OrderBy(a => a.Country.Value, StringComparer.Ordinal).ThenBy(a => a.Period, StringComparer.Ordinal)
            .Select(a => a.Country.Value + "-" + a.Period + ":" + string.Join(";", a.Responses.Select(r => r.IndicatorId + "=" + r.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
    }

    [Fact]
    public async Task The_command_imports_editions_from_sheets_in_one_run()
    {
        using var dir = new TempDirectory();
        var options = new ImportTableOptions(Data("impic2016-editions.xlsx"), "impic-2016", "cntry", "year", dir.File("out"))
        {
            MapPath = ImpicMap,
            SkipUnits = NotCountries,
            Sheets = new[] { "1", "2010" },
            HeaderRow = 3,
        };

        var result = await new ImportTableOperation(new RubricCatalog()).RunAsync(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(66, Directory.GetFiles(dir.File("out"), "*.json").Length);
        Assert.True(File.Exists(dir.File("out/MEX-2009.json")));
    }

    [Fact]
    public void A_transposed_sheet_reads_units_from_columns_and_names_bad_cells_as_sheet_and_cell()
    {
        var rubric = TestRubrics.Load(VariantTests.CitizenshipYaml);
        var table = new XlsxTableSource().Read(Data("synthetic-layouts.xlsx"), new TableSourceOptions(new[] { "Transposed" }) { Transposed = true }).Value!.Single();

        Assert.Equal(new[] { "unit", "period", "a1", "c1" }, table.Header);
        var import = new TableImporter(rubric).Import(table, new TableImportSettings("unit", "period"));

        var d = Assert.Single(import.Diagnostics, d => d.IsError);
        Assert.Equal("Transposed!C4 (c1)", d.Location.Detail);
    }

    [Fact]
    public void A_header_over_two_rows_joins_its_texts_and_a_merged_cell_heads_every_column_under_it()
    {
        var table = new XlsxTableSource().Read(Data("synthetic-layouts.xlsx"), new TableSourceOptions(new[] { "TwoRowHeader" }) { HeaderRows = 2 }).Value!.Single();

        Assert.Equal(new[] { "Unit", "Year", "Access item a1", "Access note", "Conditions item c1" }, table.Header);
        Assert.Equal("TwoRowHeader!C3", table.CellName(table.Rows.Single(), 2));
    }

    [Theory]
    [InlineData("Sheet9", "TAB061")]
    [InlineData("7", "TAB061")]
    public void A_sheet_that_is_not_there_is_a_located_error_listing_the_sheets(string sheet, string code)
    {
        var result = new XlsxTableSource().Read(Data("synthetic-layouts.xlsx"), new TableSourceOptions(new[] { sheet }));

        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Contains("Transposed", d.Hint!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_an_error_not_a_crash()
    {
        var result = new XlsxTableSource().Read(Data("impic2016.csv"), TableSourceOptions.Default);

        Assert.Equal("TAB060", Assert.Single(result.Diagnostics).Code);
    }
}
