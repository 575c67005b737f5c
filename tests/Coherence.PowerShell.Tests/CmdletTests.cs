using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using Coherence.PowerShell.Tests.Support;
using Xunit;

namespace Coherence.PowerShell.Tests;

/// <summary>Runs every cmdlet of the imported module in PowerShell 7.6, hosted in the test process, and checks the objects they write.</summary>
public sealed class CmdletTests : IClassFixture<ImportedModule>, IDisposable
{
    private readonly ImportedModule module;
    private readonly string work = Path.Combine(Path.GetTempPath(), "coherence-cmdlets-" + Guid.NewGuid().ToString("N"));

    public CmdletTests(ImportedModule module)
    {
        this.module = module;
        Directory.CreateDirectory(work);
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void The_module_exports_the_eleven_cmdlets()
    {
        var names = Run("(Get-Command -Module Coherence).Name | Sort-Object").Output.Select(o => (string)o.BaseObject);

        Assert.Equal(new[] { "Compare-CoherenceAssessment", "Export-CoherenceReport", "Export-CoherenceWorkbook", "Get-CoherenceRubric", "Import-CoherenceAssessment", "Measure-CoherenceAgreement", "Measure-CoherenceGap", "Measure-CoherenceRobustness", "Merge-CoherenceAssessment", "New-CoherenceWorkbook", "Test-CoherenceRubric" }, names);
    }

    [Fact]
    public void Get_CoherenceRubric_writes_the_bundled_rubrics()
    {
        var rubrics = Ok(Run("Get-CoherenceRubric"));

        Assert.Equal("Coherence.Model.Rubric", rubrics[0].BaseObject.GetType().FullName);
        Assert.Equal("mesoamerica-coherence", Value(rubrics[0], "Id"));
    }

    [Fact]
    public void Test_CoherenceRubric_finds_the_bundled_file_valid()
    {
        var result = Ok(Run("Test-CoherenceRubric -Path $file -Quiet", ("file", Path.Combine(module.Repository, "rubrics", "mesoamerica.yaml"))));

        Assert.Equal(true, Assert.Single(result).BaseObject);
    }

    [Fact]
    public void Import_CoherenceAssessment_reads_the_examples()
    {
        var assessments = Ok(Run("Import-CoherenceAssessment $examples"));

        // Country E was assessed by two teams: both assessments are read, as any file is.
        Assert.Equal(new[] { "XMA", "XMA", "XMB", "XMC", "XMD", "XME", "XME" }, assessments.Select(a => Value(a, "Country")?.ToString()));
    }

    [Theory]
    [InlineData("Assessment", 2)]
    [InlineData("Group", 10)]
    [InlineData("Dimension", 163)]
    public void Measure_CoherenceGap_below_60_is_exactly_what_the_results_JSON_has_below_60_at_that_level(string level, int expected)
    {
        // The results JSON as coherence score --json writes it: ResultsJson of the run ScoreOperation scores.
        var json = Path.Combine(work, "results.json");
        Ok(Run(
            """
            $catalog = [Coherence.Rubrics.RubricCatalog]::new()
            $readers = [Coherence.Operations.IAssessmentFileReader[]]@([Coherence.Operations.JsonAssessmentFileReader]::new(), [Coherence.Operations.WorkbookAssessmentFileReader]::new())
            $operation = [Coherence.Operations.ScoreOperation]::new($catalog, [Coherence.Operations.AssessmentLoader]::new($catalog, $readers))
            $diagnostics = [System.Collections.Generic.List[Coherence.Diagnostics.Diagnostic]]::new()
            # The clock of the libraries as shipped (netstandard2.0 takes TimeProvider from Microsoft.Bcl.TimeProvider).
            $clock = [Coherence.Operations.ScoreOptions]::new([string[]]@()).Clock
            $run = $operation.Score([Coherence.Model.Assessment[]]@(Import-CoherenceAssessment $examples), $null, $clock, $diagnostics)
            [IO.File]::WriteAllBytes($json, [Coherence.Serialization.ResultsJson]::ToUtf8($run))
            """,
            ("json", json)));

        var low = Ok(Run($"Measure-CoherenceGap -Path $examples -Level {level} -WarningAction SilentlyContinue | Where-Object Coherence -lt 60"))
            .Select(g => $"{Value(g, "Country")} {Value(g, "Period")} {Value(g, "Group") ?? "*"} {Value(g, "Dimension") ?? "*"}")
            .ToList();

        var expectedKeys = BelowSixty(json, level);
        Assert.Equal(expected, expectedKeys.Count);
        Assert.Equal(expectedKeys.OrderBy(k => k, StringComparer.Ordinal), low.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void Measure_CoherenceGap_writes_flat_objects_that_export_as_one_readable_row_each()
    {
        var file = Path.Combine(work, "groups.csv");
        var result = Run("Measure-CoherenceGap -Path $examples -Level Group | Export-Csv $file -NoTypeInformation; Import-Csv $file; ConvertTo-Json @(Measure-CoherenceGap -Path $examples)", ("file", file));

        Assert.Empty(result.Errors);
        var rows = result.Output.Where(o => o.BaseObject is PSCustomObject).ToList();
        Assert.Equal(24, rows.Count);
        Assert.Equal("XMA", Value(rows[0], "Country"));
        Assert.Equal("Scored", Value(rows[0], "Status"));
        Assert.Single(result.Warnings, w => w.StartsWith("XMD 2026", StringComparison.Ordinal));
        Assert.Equal(2, result.Warnings.Count(w => w.Contains("ASM032", StringComparison.Ordinal)));
        using var json = JsonDocument.Parse((string)result.Output.Last().BaseObject);
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.Equal("XMA", json.RootElement[0].GetProperty("Country").GetString());
        Assert.Equal("Migration policy coherence in Mesoamerica: law and practice", json.RootElement[0].GetProperty("RubricTitle").GetString());
        Assert.Equal(322, (int)Ok(Run("(Measure-CoherenceGap -Path $examples)[0].GetScore().Indicators.Count"))[0].BaseObject);
    }

    [Fact]
    public void Compare_CoherenceAssessment_compares_piped_scores()
    {
        var rows = Ok(Run("Measure-CoherenceGap -Path $examples | Where-Object Country -eq XMA | Compare-CoherenceAssessment"));

        Assert.Equal(2, rows.Count(r => Value(r, "Group") is null && Value(r, "Dimension") is null));
        Assert.Equal("XMA:2025", Value(rows[0], "Reference"));
    }

    [Fact]
    public void Compare_CoherenceAssessment_rows_convert_to_flat_JSON_with_the_country_as_code_and_name()
    {
        var json = (string)Assert.Single(Ok(Run("Measure-CoherenceGap -Path $examples | Where-Object Country -eq XMA | Compare-CoherenceAssessment -Language en | ConvertTo-Json -Depth 3"))).BaseObject;

        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(240, rows.Count);
        Assert.All(rows, row => Assert.All(row.EnumerateObject(), p => Assert.NotEqual(JsonValueKind.Object, p.Value.ValueKind)));
        var overall2026 = Assert.Single(rows, r => r.GetProperty("Period").GetString() == "2026" && r.GetProperty("Group").ValueKind == JsonValueKind.Null && r.GetProperty("Dimension").ValueKind == JsonValueKind.Null);
        Assert.Equal("XMA", overall2026.GetProperty("Country").GetString());
        Assert.Equal("Example country A (fictitious)", overall2026.GetProperty("CountryName").GetString());
        Assert.Equal(overall2026.GetProperty("Law").GetDouble() - rows.Single(r => r.GetProperty("Period").GetString() == "2025" && r.GetProperty("Group").ValueKind == JsonValueKind.Null && r.GetProperty("Dimension").ValueKind == JsonValueKind.Null).GetProperty("Law").GetDouble(), overall2026.GetProperty("LawChange").GetDouble(), 9);
    }

    [Fact]
    public void Export_CoherenceWorkbook_writes_one_workbook_and_passes_it_through_as_Get_Item_does()
    {
        var file = Path.Combine(work, "results.xlsx");
        var result = Ok(Run("Measure-CoherenceGap -Path $examples -Level Indicator -WarningAction SilentlyContinue | Export-CoherenceWorkbook -OutFile $file -PassThru", ("file", file)));

        var item = Assert.Single(result);
        Assert.Equal(file, ((FileInfo)item.BaseObject).FullName);
        Assert.Equal("Microsoft.PowerShell.Core\\FileSystem::" + file, Value(item, "PSPath"));
    }

    [Fact]
    public void Export_CoherenceReport_writes_a_report_per_assessment_and_one_error_per_file_refused()
    {
        var folder = Path.Combine(work, "reports");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "XMC-2026.html"), "kept");
        var result = Run("Export-CoherenceReport -Path $examples -OutDir $folder -PassThru", ("folder", folder));

        Assert.Equal(new[] { "XMA-2025.html", "XMA-2026.html", "XMB-2026.html", "XMD-2026.html" }, result.Output.Select(o => ((FileInfo)o.BaseObject).Name));
        var refused = Assert.Single(result.Errors);
        Assert.StartsWith("OUT002", refused.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("-Force", refused.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("--force", refused.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("kept", File.ReadAllText(Path.Combine(folder, "XMC-2026.html")));
    }

    [Fact]
    public void Export_CoherenceReport_without_an_output_names_the_PowerShell_parameters()
    {
        var error = Assert.Single(Run("Export-CoherenceReport -Path $examples").Errors);

        Assert.Contains("-OutFile <file>", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.DoesNotContain("--out-dir", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void New_CoherenceWorkbook_makes_a_workbook_per_CSV_row_and_empty_optional_cells_take_defaults()
    {
        var csv = Path.Combine(work, "countries.csv");
        File.WriteAllText(csv, "Country,Assessor,Organization,Role,Language\nXMA,Ana,,,\nXMB,,,civil-society,en\n");
        var made = Ok(Run("Import-Csv $csv | New-CoherenceWorkbook -Rubric mesoamerica-coherence -Period 2026 -OutDir $out -PassThru", ("csv", csv), ("out", work)));

        Assert.Equal(new[] { "XMA-2026.xlsx", "XMB-2026.xlsx" }, made.Select(o => ((FileInfo)o.BaseObject).Name));
        var back = Ok(Run("Import-CoherenceAssessment (Join-Path $out XMA-2026.xlsx)", ("out", work)));
        Assert.Equal("2026", Value(Assert.Single(back), "Period"));
    }

    [Fact]
    public void Country_completes_by_name_in_Spanish_and_English()
    {
        var codes = Ok(Run("$line = 'New-CoherenceWorkbook -Country gua'; (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText"));

        Assert.Equal(new object[] { "GTM", "GUF", "GLP", "GUM" }, codes.Select(c => c.BaseObject));
    }

    private static object? Value(PSObject item, string property) => item.Properties[property]?.Value;

    private static List<PSObject> Ok(Invocation result)
    {
        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors.Select(e => e.ToString())));
        return result.Output.ToList();
    }

    // What the results JSON has below 60: the overall of each assessment, its groups, or its group-by-dimension matrix.
    private static List<string> BelowSixty(string file, string level)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var keys = new List<string>();
        foreach (var assessment in json.RootElement.GetProperty("assessments").EnumerateArray())
        {
            var where = assessment.GetProperty("country").GetString() + " " + assessment.GetProperty("period").GetString();
            // Results JSON v2: each assessment's tidy rows.
            var rows = assessment.GetProperty("rows").EnumerateArray().ToList();
            static string Text(JsonElement row, string name) => row.GetProperty(name).GetString() ?? string.Empty;
            IEnumerable<(string Key, JsonElement Score)> scores = level switch
            {
                "Assessment" => rows.Where(r => Text(r, "nodeKind") == "rubric" && Text(r, "group") == "*").Select(r => (where + " * *", r)),
                "Group" => rows.Where(r => Text(r, "nodeKind") == "rubric" && Text(r, "group") != "*").Select(r => ($"{where} {Text(r, "group")} *", r)),
                _ => rows.Where(r => Text(r, "nodeKind") == "dimension" && r.GetProperty("depth").GetInt32() == 1 && Text(r, "group") != "*").Select(r => ($"{where} {Text(r, "group")} {Text(r, "nodeId")}", r)),
            };
            keys.AddRange(scores.Where(s => s.Score.TryGetProperty("coherence", out var c) && c.ValueKind == JsonValueKind.Number && c.GetDouble() < 60).Select(s => s.Key));
        }

        return keys;
    }

    private Invocation Run(string script, params (string Name, object? Value)[] variables)
    {
        var all = variables.ToDictionary(v => v.Name, v => v.Value);
        all["examples"] = module.Examples;
        return module.Invoke(script, all);
    }
}
