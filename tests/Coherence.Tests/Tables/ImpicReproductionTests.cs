using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using Coherence.Tables;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Tables;

/// <summary>Proof on real data: the IMPIC 2016 release, imported through the table importer and scored by the engine, reproduces every published aggregate.</summary>
public class ImpicReproductionTests
{
    private const double Tolerance = 1e-4;
    private static readonly string[] NotCountries = { "ed", "er" };
    private readonly ITestOutputHelper output;

    public ImpicReproductionTests(ITestOutputHelper output) => this.output = output;

    private static string TablePath => Path.Combine(AppContext.BaseDirectory, "TestData", "impic2016.csv");

    private static string MapPath => Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "impic-2016.map.csv");

    [Fact]
    public void The_bundled_impic_rubric_has_the_published_hierarchy()
    {
        var rubric = new RubricCatalog().Resolve("impic-2016").Value!;

        Assert.Equal(new[] { "Reg_A", "Reg_B", "Reg_C", "Reg_D", "Cont" }, rubric.Dimensions.Select(d => d.Id));
        Assert.Equal(67, rubric.Indicators.Count);
        Assert.Equal(new[] { "law" }, rubric.Facets.Select(f => f.Id));
        Assert.Equal(Polarity.LowerIsBetter, rubric.Scales.Single().Polarity);
        Assert.Equal(new[] { "b04", "b05", "b06", "b07", "b08", "b09_1", "b09_2" }, rubric.FindDimension("cond_B")!.Children.Select(c => c.Id));
        Assert.Equal(new[] { "elig_A", "cond_A" }, rubric.FindDimension("ExtReg_A")!.Children.Select(c => c.Id));
        Assert.Equal(new[] { "ExtCont", "IntCont" }, rubric.FindDimension("Cont")!.Children.Select(c => c.Id));
    }

    [Fact]
    public void Every_published_impic_aggregate_of_every_country_year_is_reproduced()
    {
        var rubric = new RubricCatalog().Resolve("impic-2016").Value!;
        var table = CsvReader.ReadFile(TablePath).Value!;
        var map = ColumnMap.ReadFile(MapPath);
        Assert.True(map.IsSuccess, string.Join(Environment.NewLine, map.Diagnostics));
        var settings = new TableImportSettings("cntry", "year") { Map = map.Value, SkipUnits = NotCountries };

        var import = new TableImporter(rubric).Import(table, settings);

        Assert.True(import.IsSuccess, string.Join(Environment.NewLine, import.Diagnostics));
        Assert.DoesNotContain(import.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        var unit = table.Header.ToList().IndexOf("cntry");
        var year = table.Header.ToList().IndexOf("year");
        var countryRows = table.Rows.Where(r => !NotCountries.Contains(r[unit])).ToList();
        Assert.Equal(countryRows.Count, import.Value!.Assessments.Count);
        Assert.Equal(33, import.Value.Units.Count);
        Assert.Equal(1085 - countryRows.Count, import.Value.SkippedRows.Values.Sum());

        var aggregates = table.Header.Select((name, index) => (name, index))
            .Where(c => c.name.StartsWith("AvgS_", StringComparison.Ordinal) && (rubric.FindDimension(c.name.Substring(5)) is not null || c.name == "AvgS_ImmPol"))
            .ToList();
        Assert.Equal(32, aggregates.Count);
        var engine = new ScoringEngine(rubric);
        int compared = 0, present = 0, missing = 0;
        var maxError = 0.0;
        var failures = new List<string>();
        for (var i = 0; i < countryRows.Count; i++)
        {
            var row = countryRows[i];
            var assessment = import.Value.Assessments[i];
            Assert.Equal(row[year], assessment.Period);
            var score = engine.Score(assessment);
            Assert.Empty(score.Diagnostics);
            var nodes = Flatten(score.Root).ToDictionary(n => n.NodeId, n => n.Overall);
            foreach (var (name, index) in aggregates)
            {
                var id = name == "AvgS_ImmPol" ? rubric.Id : name.Substring(5);
                var ours = nodes[id];
                var published = row[index];
                compared++;
                if (published == "NA")
                {
                    missing++;
                    if (ours.Law is not null || ours.Status == ScoreStatus.Scored)
                    {
                        failures.Add($"{row[unit]} {row[year]} {name}: published NA, ours {ours.Law}");
                    }

                    continue;
                }

                present++;
                var expected = double.Parse(published, NumberStyles.Float, CultureInfo.InvariantCulture);
                if (ours.Law is not { } law)
                {
                    failures.Add($"{row[unit]} {row[year]} {name}: published {published}, ours {ours.Status} ({ours.Reason})");
                    continue;
                }

                var restrictiveness = 1 - (law / 100);
                var error = Math.Abs(restrictiveness - expected);
                maxError = Math.Max(maxError, error);
                if (error > Tolerance)
                {
                    failures.Add($"{row[unit]} {row[year]} {name}: published {published}, ours {restrictiveness.ToString("R", CultureInfo.InvariantCulture)}");
                }
            }
        }

        output.WriteLine($"IMPIC 2016: {countryRows.Count} country-years x {aggregates.Count} aggregates = {compared} values compared: {present} published values reproduced within {Tolerance} (max absolute error {maxError.ToString("E2", CultureInfo.InvariantCulture)}), {missing} published NA matched by insufficient data.");
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:{Environment.NewLine}{string.Join(Environment.NewLine, failures.Take(20))}");
        Assert.Equal(countryRows.Count * 32, compared);
    }

    [Fact]
    public async Task The_readme_example_command_imports_impic_into_one_file_per_country_year()
    {
        using var temp = new TempDirectory();
        var result = await CliRunner.RunAsync("import-table", TablePath, "--rubric", "impic-2016", "--unit-column", "cntry", "--period-column", "year", "--map", MapPath, "--skip-unit", "ed", "--skip-unit", "er", "-o", temp.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        var files = Directory.GetFiles(temp.Path, "*.json");
        Assert.Equal(1023, files.Length);
        Assert.Contains(files, f => Path.GetFileName(f) == "MEX-2010.json");
        Assert.Contains(files, f => Path.GetFileName(f) == "GBR-1980.json");
    }

    private static IEnumerable<NodeScore> Flatten(NodeScore node) => new[] { node }.Concat(node.Children.SelectMany(Flatten));
}
