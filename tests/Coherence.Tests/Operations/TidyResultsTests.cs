using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Serialization;
using Coherence.Tables;
using Coherence.Tests.Support;
using Coherence.Workbooks;
using Xunit;

namespace Coherence.Tests.Operations;

/// <summary>The results JSON, the tidy CSV and JSON Lines and the results workbook are written from the same rows, and say the same.</summary>
public class TidyResultsTests
{
    private static readonly RubricCatalog Catalog = new();
    private static readonly string Examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");

    [Fact]
    public async Task Json_csv_json_lines_and_the_results_workbook_agree_value_by_value_on_the_examples()
    {
        using var dir = new TempDirectory();
        var options = new ScoreOptions(new[] { Examples })
        {
            JsonPath = dir.File("results.json"),
            CsvPath = dir.File("rows.csv"),
            JsonLinesPath = dir.File("rows.jsonl"),
            XlsxPath = dir.File("results.xlsx"),
            Language = "en",
        };

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(options);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var csv = CsvRows(dir.File("rows.csv"));
        var json = JsonRows(dir.File("results.json"));
        var lines = File.ReadAllLines(dir.File("rows.jsonl")).Select(LineRow).ToList();
        Assert.Equal(result.Value!.Rows, csv.Count);
        Assert.Equal(csv.Count, json.Count);
        Assert.Equal(csv.Count, lines.Count);
        for (var i = 0; i < csv.Count; i++)
        {
            AssertSame(csv[i], json[i], "JSON", i);
            AssertSame(csv[i], lines[i], "JSON Lines", i);
        }

        AssertWorkbookAgrees(dir.File("results.xlsx"), csv);
    }

    [Fact]
    public async Task Rows_follow_the_input_files_in_ordinal_order_of_their_paths()
    {
        using var dir = new TempDirectory();
        foreach (var name in new[] { "XMD-2026.json", "XMA-2025.json", "XMB-2026.json" })
        {
            File.Copy(Path.Combine(Examples, name), dir.File(name));
        }

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { dir.Path }) { CsvPath = dir.File("out/rows.csv") });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var countries = CsvRows(dir.File("out/rows.csv")).Select(r => r["country"] + "-" + r["period"]).Distinct().ToList();
        Assert.Equal(new[] { "XMA-2025", "XMB-2026", "XMD-2026" }, countries);
        Assert.Equal(countries, result.Value!.Assessments.Select(a => a.Country.Value + "-" + a.Period));
    }

    [Fact]
    public async Task A_refused_output_leaves_every_target_as_it_was_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("rows.jsonl"), "keep me");

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { Examples })
        {
            CsvPath = dir.File("rows.csv"),
            JsonLinesPath = dir.File("rows.jsonl"),
        });

        Assert.Equal("OUT002", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(new[] { "rows.jsonl" }, Directory.GetFiles(dir.Path).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(dir.File("rows.jsonl")));
    }

    [Fact]
    public async Task An_existing_report_found_while_scoring_leaves_no_output_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reports"));
        File.WriteAllText(dir.File("reports/XMC-2026.html"), "mine");

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { Examples })
        {
            CsvPath = dir.File("rows.csv"),
            JsonPath = dir.File("results.json"),
            ReportsFolder = dir.File("reports"),
        });

        Assert.Equal("OUT002", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Equal(new[] { "reports" }, Directory.GetFileSystemEntries(dir.Path).Select(Path.GetFileName));
        Assert.Equal(new[] { "XMC-2026.html" }, Directory.GetFiles(dir.File("reports")).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(dir.File("reports/XMC-2026.html")));
    }

    [Fact]
    public async Task Two_outputs_naming_one_file_are_refused_before_anything_is_read()
    {
        using var dir = new TempDirectory();

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { Examples })
        {
            CsvPath = dir.File("out.txt"),
            JsonLinesPath = dir.File("out.txt"),
        });

        Assert.Equal("OUT005", Assert.Single(result.Diagnostics, d => d.IsError).Code);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public async Task A_workbook_beyond_its_row_limit_is_refused_with_the_limit_and_nothing_is_written()
    {
        using var dir = new TempDirectory();

        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { Examples })
        {
            CsvPath = dir.File("rows.csv"),
            XlsxPath = dir.File("results.xlsx"),
            WorkbookRowLimit = 500,
        });

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("WBK065", error.Code);
        Assert.Contains("500", error.Message.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("results.xlsx", error.Location.File, StringComparison.Ordinal);
        Assert.Contains("--csv", error.Hint!.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    private static void AssertSame(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string what, int row)
    {
        foreach (var column in ScoreRowColumns.Names)
        {
            var a = expected[column];
            var b = actual[column];
            if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y))
            {
                Assert.True(x.Equals(y), $"{what} row {row}, {column}: CSV {a}, {what} {b}");
            }
            else
            {
                Assert.True(a == b, $"{what} row {row}, {column}: CSV '{a}', {what} '{b}'");
            }
        }
    }

    private static void AssertWorkbookAgrees(string path, IReadOnlyList<IReadOnlyDictionary<string, string>> csv)
    {
        var rubric = Catalog.Resolve("mesoamerica-coherence").Value!;
        var labels = new Labels("en");
        string GroupName(string id) => id == "*" ? labels["overall"] : rubric.FindGroup(id)!.Name.Get("en");
        string NodeName(string id) => id == rubric.Id ? labels["overall"] : rubric.FindDimension(id)!.Name.Get("en");
        using var stream = File.OpenRead(path);
        using var content = SpreadsheetContent.Open(stream);

        // Gaps: one row per indicator row, with its law, practice and gaps.
        var gaps = content.Sheet("Gaps")!;
        var gapRows = gaps.Rows.Where(r => r > 3).ToDictionary(r => (gaps.Text(1, r), gaps.Text(2, r), gaps.Text(5, r), gaps.Text(3, r)));
        var indicators = csv.Where(r => r["node_kind"] == "indicator").ToList();
        Assert.Equal(indicators.Count, gapRows.Count);
        foreach (var row in indicators)
        {
            var at = gapRows[(row["country"], row["period"], row["node_id"], GroupName(row["group"]))];
            Assert.Equal(row["law"], gaps.Text(7, at) ?? string.Empty);
            Assert.Equal(row["practice"], gaps.Text(8, at) ?? string.Empty);
            Assert.Equal(row["net_gap"], gaps.Text(9, at) ?? string.Empty);
            Assert.Equal(row["abs_gap"], gaps.Text(10, at) ?? string.Empty);
        }

        // Coverage: the root and each top-level dimension, per group and over all groups.
        var coverage = content.Sheet("Coverage")!;
        var coverageRows = coverage.Rows.Where(r => r > 3).ToDictionary(r => (coverage.Text(1, r), coverage.Text(2, r), coverage.Text(3, r), coverage.Text(4, r)));
        var nodes = csv.Where(r => r["node_kind"] == "rubric" || (r["node_kind"] == "dimension" && r["depth"] == "1")).ToList();
        Assert.Equal(nodes.Count, coverageRows.Count);
        foreach (var row in nodes)
        {
            var at = coverageRows[(row["country"], row["period"], GroupName(row["group"]), NodeName(row["node_id"]))];
            Assert.Equal(row["answered"], coverage.Text(5, at));
            Assert.Equal(row["applicable"], coverage.Text(6, at));
            Assert.Equal(row["coverage"], coverage.Text(7, at));
        }
    }

    private static List<IReadOnlyDictionary<string, string>> CsvRows(string path)
    {
        var text = File.ReadAllText(path);
        Assert.StartsWith(string.Join(",", ScoreRowColumns.Names) + "\r\n", text, StringComparison.Ordinal);
        var table = CsvReader.Read(text, path);
        Assert.True(table.IsSuccess, string.Join("\n", table.Diagnostics));
        Assert.Equal(ScoreRowColumns.Names, table.Value!.Header);
        return table.Value.Rows
            .Select(r => (IReadOnlyDictionary<string, string>)ScoreRowColumns.Names.Select((c, i) => (c, r[i])).ToDictionary(p => p.c, p => p.Item2))
            .ToList();
    }

    private static List<IReadOnlyDictionary<string, string>> JsonRows(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        Assert.Equal("coherence/v2", root.GetProperty("apiVersion").GetString());
        var rows = new List<IReadOnlyDictionary<string, string>>();
        foreach (var assessment in root.GetProperty("assessments").EnumerateArray())
        {
            var rubric = assessment.GetProperty("rubric");
            foreach (var row in assessment.GetProperty("rows").EnumerateArray())
            {
                rows.Add(new Dictionary<string, string>
                {
                    ["country"] = Text(assessment.GetProperty("country")),
                    // A name per language is an object in the JSON; the tidy rows carry it in the run's language.
                    ["country_name"] = assessment.TryGetProperty("countryName", out var name) ? Text(name.ValueKind == JsonValueKind.Object ? name.GetProperty("en") : name) : string.Empty,
                    ["period"] = Text(assessment.GetProperty("period")),
                    ["rubric_id"] = Text(rubric.GetProperty("id")),
                    ["rubric_version"] = Text(rubric.GetProperty("version")),
                    ["assessor_role"] = Text(assessment.GetProperty("assessorRole")),
                    ["group"] = Text(row.GetProperty("group")),
                    ["node_id"] = Text(row.GetProperty("nodeId")),
                    ["node_kind"] = Text(row.GetProperty("nodeKind")),
                    ["depth"] = Text(row.GetProperty("depth")),
                    ["dimension_id"] = Text(row.GetProperty("dimensionId")),
                    ["law"] = Text(row.GetProperty("law")),
                    ["practice"] = Text(row.GetProperty("practice")),
                    ["net_gap"] = Text(row.GetProperty("netGap")),
                    ["abs_gap"] = Text(row.GetProperty("absoluteGap")),
                    ["coherence"] = Text(row.GetProperty("coherence")),
                    ["coverage"] = Text(row.GetProperty("coverage")),
                    ["law_coverage"] = Text(row.GetProperty("lawCoverage")),
                    ["practice_coverage"] = Text(row.GetProperty("practiceCoverage")),
                    ["answered"] = Text(row.GetProperty("answered")),
                    ["applicable"] = Text(row.GetProperty("applicable")),
                    ["class"] = Text(row.GetProperty("class")),
                    ["status"] = Text(row.GetProperty("status")),
                    ["reason"] = Text(row.GetProperty("reason")),
                    ["minimum_coverage"] = Text(row.GetProperty("minimumCoverage")),
                    ["law_all_cells"] = Text(row.GetProperty("lawAllCells")),
                    ["practice_all_cells"] = Text(row.GetProperty("practiceAllCells")),
                    ["law_answered"] = Text(row.GetProperty("lawAnswered")),
                    ["law_applicable"] = Text(row.GetProperty("lawApplicable")),
                    ["practice_answered"] = Text(row.GetProperty("practiceAnswered")),
                    ["practice_applicable"] = Text(row.GetProperty("practiceApplicable")),
                    ["variant"] = Text(assessment.GetProperty("variant")),
                });
            }
        }

        return rows;
    }

    private static IReadOnlyDictionary<string, string> LineRow(string line)
    {
        using var document = JsonDocument.Parse(line);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(ScoreRowColumns.Names, names);
        return document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => Text(p.Value));
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => string.Empty,
        JsonValueKind.String => value.GetString()!,
        _ => value.GetRawText(),
    };
}
