using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tables;
using Coherence.Tests.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Tables;

/// <summary>Published tables as they come: other spellings of missing values, rows without a unit, map and table errors listed together.</summary>
public class TableImportCleaningTests
{
    private static readonly Coherence.Model.Rubric Rubric = TestRubrics.Load(VariantTests.CitizenshipYaml);

    private static Coherence.Diagnostics.Result<TableImport> Import(string csv, TableImportSettings settings) =>
        new TableImporter(Rubric).Import(CsvReader.Read(csv, "t.csv").Value!, settings);

    [Fact]
    public void Spellings_given_with_na_are_missing_values_besides_the_defaults()
    {
        const string Csv = "unit,year,a1,c1,c2\nMEX,2016,n/a,NA,0.5\nGTM,2016,-,N/A,#N/A\n";

        var refused = Import(Csv, new TableImportSettings("unit", "year"));
        var read = Import(Csv, new TableImportSettings("unit", "year") { MissingTokens = new[] { "n/a", "-" } });

        Assert.Equal(new[] { "TAB041", "TAB041", "TAB041" }, refused.Errors.Select(d => d.Code));
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(new[] { "c2" }, read.Value!.Assessments[0].Responses.Select(r => r.IndicatorId));
        Assert.Empty(read.Value.Assessments[1].Responses);
        Assert.Equal(new[] { "NA", "#N/A" }, TableImportSettings.DefaultMissingTokens);
    }

    [Theory]
    [InlineData(true, null)]
    [InlineData(false, "")]
    public void Rows_with_an_empty_unit_are_left_out_and_counted_on_request(bool flag, string? skip)
    {
        const string Csv = "unit,year,a1\nMEX,2016,0.5\n,2016,0.1\n  ,2017,0.2\n";
        var settings = new TableImportSettings("unit", "year") { SkipEmptyUnits = flag, SkipUnits = skip is null ? new string[0] : new[] { skip } };

        var refused = Import(Csv, new TableImportSettings("unit", "year"));
        var result = Import(Csv, settings);

        Assert.Equal(new[] { "TAB031", "TAB031" }, refused.Errors.Select(d => d.Code));
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Value!.Assessments);
        Assert.Equal(2, result.Value.SkippedRows[string.Empty]);
        Assert.Contains(result.Diagnostics, d => d.Code == "TAB034");
    }

    [Fact]
    public async Task Map_errors_and_table_errors_are_listed_in_one_run_and_nothing_is_written()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("citizenship.yaml"), VariantTests.CitizenshipYaml);
        File.WriteAllText(dir.File("map.csv"), "column,indicator\nItem A,a1\nItem C,\n");
        File.WriteAllText(dir.File("t.csv"), "unit,year,Item A,Item C,c2\nMEX,2016,abc,0.5,2\n");
        var options = new ImportTableOptions(dir.File("t.csv"), dir.File("citizenship.yaml"), "unit", "year", dir.File("out")) { MapPath = dir.File("map.csv") };

        var result = await new ImportTableOperation(new RubricCatalog()).RunAsync(options);

        Assert.False(result.Succeeded);
        Assert.Equal(new[] { "TAB021", "TAB041", "TAB040" }, result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "TAB010");
        Assert.False(Directory.Exists(dir.File("out")) && Directory.EnumerateFileSystemEntries(dir.File("out")).Any());
    }

    [Fact]
    public void A_map_names_columns_by_letter_or_position_which_tells_apart_two_columns_with_one_header()
    {
        const string Csv = "unit,year,score,score,score\nMEX,2016,0.1,0.2,0.3\n";

        var duplicate = Import(Csv, new TableImportSettings("unit", "year") { Map = Map("column,indicator\nscore,a1\n") });
        var byPosition = Import(Csv, new TableImportSettings("unit", "year") { Map = Map("column,indicator\n$C,a1\n#4,c1\n$e,-\n") });

        Assert.Equal(new[] { "TAB012", "TAB012" }, duplicate.Errors.Select(e => e.Code));
        var error = duplicate.Errors.First();
        Assert.Contains("'$D,-'", error.Hint!.ToString(), System.StringComparison.Ordinal);
        Assert.True(byPosition.IsSuccess, string.Join("\n", byPosition.Diagnostics));
        Assert.Equal(new[] { ("a1", 0.1), ("c1", 0.2) }, byPosition.Value!.Assessments[0].Responses.Select(r => (r.IndicatorId, r.Value!.Value)));
    }

    [Fact]
    public void A_position_beyond_the_table_is_a_warning_in_the_map()
    {
        var result = Import("unit,year,a1\nMEX,2016,0.1\n", new TableImportSettings("unit", "year") { Map = Map("column,indicator\n#9,c1\n") });

        Assert.Equal("TAB025", Assert.Single(result.Diagnostics, d => !d.IsError && d.Code != "TAB038").Code);
    }

    /// <summary>A published ordinal coding recoded: codes 1 and 2 both mean "none" (0), code 3 is 1 on the index's own scale, code 4 the top.</summary>
    private const string RecodeYaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata: { id: recode, version: 1.0.0, languages: [en], title: { en: Recode } }
        spec:
          facets: [ { id: law, name: { en: Law }, scale: codes } ]
          scales:
            - id: codes
              type: ordinal
              levels:
                - { id: "1", value: 0, label: { en: None } }
                - { id: "2", value: 0, label: { en: Not stated } }
                - { id: "3", value: 1, label: { en: Some } }
                - { id: "4", value: 100, label: { en: Full } }
          groups: [ { id: all, name: { en: All } } ]
          dimensions:
            - id: d
              name: { en: D }
              indicators:
                - { id: q1, name: { en: q1 }, facets: { law: { question: { en: "?" }, levels: { "1": { en: a }, "2": { en: b }, "3": { en: c }, "4": { en: d } } } } }
        """;

    [Fact]
    public void Several_codes_may_share_a_value_and_a_code_that_is_also_another_levels_value_is_read_as_the_code_with_a_warning()
    {
        var rubric = TestRubrics.Load(RecodeYaml);
        Assert.Equal(new[] { 0.0, 0, 1, 100 }, rubric.Scales.Single().Levels.Select(l => l.Value));

        var result = new TableImporter(rubric).Import(CsvReader.Read("unit,year,q1\nMEX,2016,2\nGTM,2016,1\nHND,2016,100\n", "t.csv").Value!, new TableImportSettings("unit", "year"));

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "2", "1", "4" }, result.Value!.Assessments.Select(a => a.Responses.Single().Level));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "TAB044");
        Assert.Equal("C3 (q1)", warning.Location.Detail);
        Assert.Equal("'1' is the id of level '1' and the value of level '3' of scale 'codes': read as level '1'", warning.Message.ToString());
        var below = RecodeYaml.Replace("value: 1, label", "value: -0, label", StringComparison.Ordinal).Replace("{ id: \"4\", value: 100", "{ id: \"4\", value: 0.5", StringComparison.Ordinal);
        Assert.Empty(Coherence.Serialization.RubricReader.Read(below, "r.yaml").Errors);
        var falling = RecodeYaml.Replace("{ id: \"4\", value: 100", "{ id: \"4\", value: 0.5", StringComparison.Ordinal);
        Assert.Equal("RUB009", Assert.Single(Coherence.Serialization.RubricReader.Read(falling, "r.yaml").Errors).Code);
    }

    private static ColumnMap Map(string csv) => ColumnMap.Read(CsvReader.Read(csv, "map.csv").Value!).Value!;
}
