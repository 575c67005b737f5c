using System;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Tables;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Tables;

public class TableImporterTests
{
    /// <summary>One facet, one group: two continuous indicators (0-1) and an ordinal one with accented labels.</summary>
    public const string MixedYaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata:
          id: mixed
          version: 1.0.0
          languages: [es, en]
          title: { es: Mixta, en: Mixed }
        spec:
          facets:
            - { id: law, name: { es: Ley, en: Law }, scale: share }
          scales:
            - { id: share, type: continuous, min: 0, max: 1 }
            - id: provision
              type: ordinal
              levels:
                - { id: none, value: 0, label: { es: Ningún, en: None } }
                - { id: basic, value: 50, label: { es: Básico, en: Basic } }
                - { id: full, value: 100, label: { es: Pleno, en: Full } }
          groups:
            - { id: immigrants, name: { es: Inmigrantes, en: Immigrants } }
          dimensions:
            - id: d
              name: { es: D, en: D }
              indicators:
                - { id: x1, name: { es: X1, en: X1 }, facets: { law: { question: { es: "¿?", en: "?" } } } }
                - { id: x2, name: { es: X2, en: X2 }, facets: { law: { question: { es: "¿?", en: "?" } } } }
                - id: o1
                  name: { es: O1, en: O1 }
                  facets:
                    law:
                      question: { es: "¿?", en: "?" }
                      scale: provision
                      levels: { none: { es: a, en: a }, basic: { es: b, en: b }, full: { es: c, en: c } }
        """;

    private static readonly Rubric Mixed = TestRubrics.Load(MixedYaml);

    private static Result<TableImport> Import(Rubric rubric, string csv, TableImportSettings? settings = null) =>
        new TableImporter(rubric).Import(CsvReader.Read(csv, "t.csv").Value!, settings ?? new TableImportSettings("country", "year"));

    private static Diagnostic Only(Result<TableImport> result, string code) => Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void A_wide_table_becomes_one_assessment_per_row_with_a_response_per_filled_cell()
    {
        var result = Import(Mixed, "country,year,x1,x2,o1\nMEX,2016,0.5,,full\nGTM,2016-S2,NA,1,\n");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        var (mex, gtm) = (result.Value!.Assessments[0], result.Value.Assessments[1]);
        Assert.Equal(("MEX", "2016"), (mex.Country.Value, mex.Period));
        Assert.Equal(new[] { ("x1", 0.5, (string?)null), ("o1", double.NaN, "full") }, mex.Responses.Select(r => (r.IndicatorId, r.Value ?? double.NaN, r.Level)));
        Assert.Equal(("GTM", "2016-S2"), (gtm.Country.Value, gtm.Period));
        var only = Assert.Single(gtm.Responses);
        Assert.Equal(new Response("x2", "immigrants", Facet.Law, ResponseStatus.Answered, null, 1.0), only);
        Assert.Equal(RubricReference.Of(Mixed), mex.Rubric);
    }

    [Theory]
    [InlineData("es", "fila")]
    [InlineData("en", "row")]
    [InlineData(null, "row")]
    public void Progress_names_each_row_read_in_the_language_asked(string? language, string word)
    {
        var progress = new RecordedProgress<Coherence.Progress.OperationProgress>();

        var result = new TableImporter(Mixed).Import(CsvReader.Read("country,year,x1\nMEX,2016,0.5\nGTM,2016,1\n", "t.csv").Value!, new TableImportSettings("country", "year") { Language = language }, progress);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { (1, 2, word + " 2"), (2, 2, word + " 3") }, progress.Reports.Select(p => (p.Completed, p.Total, p.Item)));
    }

    [Fact]
    public void Levels_are_read_from_ids_labels_in_any_language_or_values_ignoring_case_accents_and_spaces()
    {
        var cells = new[] { "basic", "BÁSICO", " basico ", "Básico", "50", "50.0", "ningun", "Ningún", "NONE", "0", "Pleno", "full", "100" };
        var csv = "country,year,o1\n" + string.Join("\n", cells.Select((c, i) => $"X{(char)('A' + i)}A,2016,\"{c}\""));

        var result = Import(Mixed, csv);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            new[] { "basic", "basic", "basic", "basic", "basic", "basic", "none", "none", "none", "none", "full", "full", "full" },
            result.Value!.Assessments.Select(a => Assert.Single(a.Responses).Level));
    }

    [Fact]
    public void A_level_value_typed_with_fewer_decimals_still_names_its_level()
    {
        var result = Import(TestRubrics.Small(), "country,year,H1.law.immigrants,H2.law.immigrants\nMEX,2016,33.33,66.7\n");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "partial", "substantial" }, result.Value!.Assessments[0].Responses.Select(r => r.Level));
    }

    [Fact]
    public void Columns_are_named_indicator_facet_group_or_shorter_when_that_is_unambiguous()
    {
        var small = TestRubrics.Small();
        var importer = new TableImporter(small);

        Assert.Equal("H1.law.immigrants", importer.ColumnName(new ResponseKey("H1", "immigrants", Facet.Law)));
        Assert.Equal("R1.practice", importer.ColumnName(new ResponseKey("R1", "returnees", Facet.Practice)));
        Assert.Equal("x1", new TableImporter(Mixed).ColumnName(new ResponseKey("x1", "immigrants", Facet.Law)));
        var result = Import(small, "country,year,H1.law.immigrants,R1.law,R1.practice.returnees,d1.PRACTICE.Returnees\nMEX,2016,full,partial,none,Plena\n");
        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            new[] { ("H1", "immigrants", "law", "full"), ("R1", "returnees", "law", "partial"), ("R1", "returnees", "practice", "none"), ("D1", "returnees", "practice", "full") },
            result.Value!.Assessments[0].Responses.Select(r => (r.IndicatorId, r.GroupId, r.FacetId, r.Level!)));
    }

    [Fact]
    public void Single_facet_rubrics_also_take_indicator_dot_group()
    {
        var result = Import(Mixed, "country,year,x1.immigrants,x2.law\nMEX,2016,0.1,0.2\n");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new double?[] { 0.1, 0.2 }, result.Value!.Assessments[0].Responses.Select(r => r.Value));
    }

    [Fact]
    public void A_value_off_the_scale_is_an_error_at_its_row_and_column_and_nothing_is_imported()
    {
        var result = Import(Mixed, "country,year,x1\nMEX,2016,0.5\nGTM,2016,1.5\n");

        var error = Only(result, "TAB040");
        Assert.True(error.IsError);
        Assert.Equal(("t.csv", 3, 3, "C3 (x1)"), (error.Location.File, error.Location.Line, error.Location.Column, error.Location.Detail));
        Assert.Contains("1.5", error.Message.ToString());
        Assert.Contains("from 0 to 1", error.Hint?.ToString());
        Assert.Null(result.Value);
    }

    [Fact]
    public void A_percentage_on_a_zero_to_one_scale_gets_a_hint_with_the_share()
    {
        var error = Only(Import(Mixed, "country,year,x1\nMEX,2016,50\n"), "TAB040");

        Assert.Contains("write 0.5", error.Hint?.ToString());
    }

    [Fact]
    public void Text_on_a_continuous_scale_is_an_error()
    {
        Assert.Contains("not a number", Only(Import(Mixed, "country,year,x1\nMEX,2016,high\n"), "TAB041").Message.ToString());
    }

    [Fact]
    public void An_unknown_level_is_an_error_with_the_closest_label()
    {
        var error = Only(Import(TestRubrics.Small(), "country,year,H1.law.immigrants\nMEX,2016,Parcialmente\n"), "TAB042");

        Assert.Equal("'Parcialmente' is not a level of scale 'provision'", error.Message.ToString());
        Assert.Equal("did you mean 'Parcial'?", error.Hint?.ToString());
        Assert.Equal("C2 (H1.law.immigrants)", error.Location.Detail);
        Assert.EndsWith("error TAB042: 'Parcialmente' no es un nivel de la escala 'provision' (¿quiso decir 'Parcial'?)", error.ToString(Texts.For("es")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_column_is_a_warning_with_did_you_mean_and_the_rest_is_imported()
    {
        var result = Import(Mixed, "country,year,x01,x2\nMEX,2016,0.3,0.4\n");

        var warning = Only(result, "TAB010");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("did you mean 'x1'?", warning.Hint?.ToString());
        Assert.Equal("C1 (x01)", warning.Location.Detail);
        Assert.True(result.IsSuccess);
        Assert.Equal("x2", Assert.Single(result.Value!.Assessments[0].Responses).IndicatorId);
    }

    [Fact]
    public void A_table_where_no_column_answers_an_indicator_is_an_error()
    {
        Assert.True(Only(Import(Mixed, "country,year,a,b\nMEX,2016,1,2\n"), "TAB014").IsError);
    }

    [Fact]
    public void A_unit_that_is_not_a_country_is_one_error_with_its_row_count_and_how_to_skip_it()
    {
        var result = Import(Mixed, "country,year,x1\nMEX,2016,0\ned,2016,0\ned,2017,0\n");

        var error = Only(result, "TAB030");
        Assert.Equal("unit 'ed' is not a country code (2 rows)", error.Message.ToString());
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("--skip-unit ed", error.Hint?.ToString());
        Assert.Contains("--unit-codes", error.Hint?.ToString());
        Assert.Null(result.Value);
    }

    [Fact]
    public void Skipped_units_are_left_out_knowingly_and_a_skip_that_matches_nothing_is_a_warning()
    {
        var settings = new TableImportSettings("country", "year") { SkipUnits = new[] { "ED", "zz" } };

        var result = Import(Mixed, "country,year,x1\nMEX,2016,0\ned,2016,0\ned,2017,0\n", settings);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Value!.Assessments);
        Assert.Equal(2, result.Value.SkippedRows["ed"]);
        Assert.Equal(DiagnosticSeverity.Info, Only(result, "TAB034").Severity);
        Assert.Equal("--skip-unit 'zz' matches no row", Only(result, "TAB035").Message.ToString());
    }

    [Fact]
    public void Two_letter_codes_in_any_case_and_lower_case_alpha3_become_alpha3()
    {
        var result = Import(Mixed, "country,year,x1\nmx,2016,0\nGT,2016,0\nhnd,2016,0\n");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { "MEX", "GTM", "HND" }, result.Value!.Assessments.Select(a => a.Country.Value));
        Assert.Contains("mx=MEX", Only(result, "TAB038").Message.ToString());
    }

    [Fact]
    public void A_unit_code_file_translates_other_codes()
    {
        var codes = UnitCodeMap.Read(CsvReader.Read("unit,country\nMéxico,MEX\nGuatemala,gt\n").Value!).Value!;
        var settings = new TableImportSettings("country", "year") { UnitCodes = codes };

        var result = Import(Mixed, "country,year,x1\nmexico,2016,0\nGuatemala,2016,0\n", settings);

        Assert.Equal(new[] { "MEX", "GTM" }, result.Value!.Assessments.Select(a => a.Country.Value));
    }

    [Fact]
    public void The_same_unit_and_period_twice_is_an_error_naming_both_rows()
    {
        var error = Only(Import(Mixed, "country,year,x1\nMEX,2016,0\nGTM,2016,0\nmx,2016,1\n"), "TAB033");

        Assert.Equal("MEX 2016 appears twice: rows 2 and 4", error.Message.ToString());
        Assert.Contains("'mx' is read as MEX", error.Hint?.ToString());
    }

    [Fact]
    public void A_period_that_cannot_name_a_file_is_an_error()
    {
        Assert.Contains("'2016/17'", Only(Import(Mixed, "country,year,x1\nMEX,2016/17,0\n"), "TAB032").Message.ToString());
    }

    [Fact]
    public void A_missing_unit_column_is_an_error_with_did_you_mean()
    {
        var error = Only(Import(Mixed, "país,year,x1\nMEX,2016,0\n", new TableImportSettings("pais", "year")), "TAB006");

        Assert.Contains("did you mean 'país'?", error.Hint?.ToString());
    }

    [Fact]
    public void Missing_cells_are_not_answered_and_status_words_mark_not_applicable_or_unknown()
    {
        var result = Import(Mixed, "country,year,x1,x2,o1\nMEX,2016,NA,no aplica,Unknown\nGTM,2016,,#N/A,Se desconoce\n");

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Equal(new[] { ("x2", ResponseStatus.NotApplicable), ("o1", ResponseStatus.Unknown) }, result.Value!.Assessments[0].Responses.Select(r => (r.IndicatorId, r.Status)));
        Assert.Equal(new[] { ("o1", ResponseStatus.Unknown) }, result.Value.Assessments[1].Responses.Select(r => (r.IndicatorId, r.Status)));
    }

    [Fact]
    public void Semicolon_tables_take_decimal_commas()
    {
        var result = Import(Mixed, "country;year;x1;x2\nMEX;2016;0,25;0.5\n");

        Assert.Equal(new double?[] { 0.25, 0.5 }, result.Value!.Assessments[0].Responses.Select(r => r.Value));
    }

    [Fact]
    public void Many_errors_in_one_column_are_shown_five_at_a_time_then_counted()
    {
        var csv = "country,year,x1\n" + string.Join("\n", Enumerable.Range(0, 8).Select(i => $"MEX,{2000 + i},7"));

        var errors = Import(Mixed, csv).Diagnostics.Where(d => d.Code == "TAB040").ToList();

        Assert.Equal(6, errors.Count);
        Assert.Equal("3 more like the above in column 'x1'", errors[5].Message.ToString());
    }

    [Fact]
    public void Data_beyond_the_header_is_an_error_and_a_short_row_a_warning()
    {
        var result = Import(Mixed, "country,year,x1,x2\nMEX,2016,0,0,9\nGTM,2016,0\n");

        Assert.Equal("E2 (beyond the header)", Only(result, "TAB004").Location.Detail);
        Assert.Equal(DiagnosticSeverity.Warning, Only(result, "TAB005").Severity);
    }

    [Fact]
    public void Two_columns_answering_one_cell_is_an_error()
    {
        var error = Only(Import(Mixed, "country,year,x1,X1\nMEX,2016,0,1\n"), "TAB012");

        Assert.Contains("'x1' (C) and 'X1' (D)", error.Message.ToString());
    }

    [Fact]
    public void A_map_names_arbitrary_headers_in_spanish_and_ignores_columns_by_pattern()
    {
        var map = ColumnMap.Read(CsvReader.Read("columna,indicador,faceta,grupo\nLey H1 (inm.),H1,Ley,Inmigrantes\nPráctica H1,H1,práctica,immigrants\nnota*,-,,\n,-,,\n", "map.csv").Value!).Value!;
        var settings = new TableImportSettings("country", "year") { Map = map };

        var result = Import(TestRubrics.Small(), "country,year,Ley H1 (inm.),Práctica H1,nota 1,nota 2,\nMEX,2016,Integral,Amplia,\"a, b\",x,1\n", settings);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { ("law", "full"), ("practice", "extensive") }, result.Value!.Assessments[0].Responses.Select(r => (r.FacetId, r.Level!)));
    }

    [Fact]
    public void A_map_entry_for_an_unknown_indicator_is_a_warning_located_in_the_map_and_an_error_under_strict()
    {
        var map = ColumnMap.Read(CsvReader.Read("column,indicator,facet,group\nA,H1,law,immigrants\nB,HH1,law,immigrants\n", "map.csv").Value!).Value!;

        var lenient = Import(TestRubrics.Small(), "country,year,A,B\nMEX,2016,full,full\n", new TableImportSettings("country", "year") { Map = map });
        var strict = Import(TestRubrics.Small(), "country,year,A,B\nMEX,2016,full,full\n", new TableImportSettings("country", "year") { Map = map, Strict = true });

        var warning = Only(lenient, "TAB021");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.True(lenient.IsSuccess);
        Assert.Equal(new[] { "H1" }, lenient.Value!.Assessments[0].Responses.Select(r => r.IndicatorId));
        var error = Only(strict, "TAB021");
        Assert.True(error.IsError);
        Assert.Equal(("map.csv", 3), (error.Location.File, error.Location.Line));
        Assert.Equal("did you mean 'H1'?", error.Hint?.ToString());
    }

    [Fact]
    public void A_map_entry_needs_a_facet_when_the_indicator_has_two()
    {
        var map = ColumnMap.Read(CsvReader.Read("column,indicator\nA,D1\n", "map.csv").Value!).Value!;

        Assert.True(Only(Import(TestRubrics.Small(), "country,year,A\nMEX,2016,full\n", new TableImportSettings("country", "year") { Map = map }), "TAB022").IsError);
    }

    [Fact]
    public void A_map_entry_for_a_group_the_indicator_does_not_apply_to_is_an_error()
    {
        var map = ColumnMap.Read(CsvReader.Read("column,indicator,facet,group\nA,R1,law,immigrants\n", "map.csv").Value!).Value!;

        var error = Only(Import(TestRubrics.Small(), "country,year,A\nMEX,2016,full\n", new TableImportSettings("country", "year") { Map = map }), "TAB023");

        Assert.Equal("indicator 'R1' does not apply to group 'immigrants' (column 'A')", error.Message.ToString());
    }

    [Fact]
    public void A_map_naming_a_column_the_table_lacks_is_a_warning()
    {
        var map = ColumnMap.Read(CsvReader.Read("column,indicator\nx1,x1\nx3,x2\n", "map.csv").Value!).Value!;

        var result = Import(Mixed, "country,year,x1\nMEX,2016,0\n", new TableImportSettings("country", "year") { Map = map });

        Assert.True(result.IsSuccess);
        Assert.Equal(DiagnosticSeverity.Warning, Only(result, "TAB025").Severity);
    }

    [Fact]
    public void A_map_without_its_header_or_with_a_column_twice_is_refused()
    {
        Assert.Equal("TAB020", Assert.Single(ColumnMap.Read(CsvReader.Read("col,indicator\nA,x1\n").Value!).Errors).Code);
        Assert.Equal("TAB024", Assert.Single(ColumnMap.Read(CsvReader.Read("column,indicator\nA,x1\nA,x2\n").Value!).Errors).Code);
        Assert.Equal("TAB020", Assert.Single(ColumnMap.Read(CsvReader.Read("column,indicator\nA*,x1\n").Value!).Errors).Code);
    }

    [Fact]
    public void Alpha2_codes_convert_to_alpha3_from_the_full_iso_table()
    {
        Assert.Equal(249, CountryAlpha2.Count);
        Assert.True(CountryAlpha2.TryConvert(" mx ", out var mexico));
        Assert.Equal("MEX", mexico.Value);
        Assert.True(CountryAlpha2.TryConvert("GB", out var britain));
        Assert.Equal("GBR", britain.Value);
        Assert.False(CountryAlpha2.TryConvert("ed", out _));
        Assert.False(CountryAlpha2.TryConvert("MEX", out _));
        Assert.False(CountryAlpha2.TryConvert(null, out _));
    }

    [Fact]
    public void Every_alpha2_conversion_gives_an_assigned_alpha3_code()
    {
        var letters = Enumerable.Range('A', 26).Select(c => (char)c).ToList();
        var converted = letters.SelectMany(a => letters.Select(b => $"{a}{b}")).Count(code => CountryAlpha2.TryConvert(code, out var alpha3) && !alpha3.IsUserAssigned);

        Assert.Equal(CountryAlpha2.Count, converted);
    }
}
