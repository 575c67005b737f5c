using System.IO;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Operations;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.ComparisonFixture;

namespace Coherence.Tests.PowerShell;

/// <summary>The per-file reading Import-CoherenceAssessment does: the good files go on, each bad one is reported on its own.</summary>
public class AssessmentImportTests
{
    [Fact]
    public void A_folder_of_40_files_with_2_bad_ones_gives_38_assessments_and_2_errors_each_naming_its_file()
    {
        using var dir = new TempDirectory();
        for (var i = 0; i < 40; i++)
        {
            Write(dir, Assessment("XMA", $"P{i:00}", "partial"));
        }

        File.WriteAllText(dir.File("XMA-P07.json"), "{ \"kind\": \"Assessment\", ");
        File.WriteAllText(dir.File("XMA-P23.json"), "[]");
        var loader = new AssessmentLoader(new RubricCatalog());
        var expandDiagnostics = new System.Collections.Generic.List<Coherence.Diagnostics.Diagnostic>();

        var files = loader.Expand(new[] { dir.Path }, expandDiagnostics);
        var results = files.Select(f => (File: f, Result: loader.Read(f))).ToList();

        Assert.Empty(expandDiagnostics);
        Assert.Equal(38, results.Count(r => r.Result.IsSuccess));
        var failed = results.Where(r => !r.Result.IsSuccess).ToList();
        Assert.Equal(new[] { "XMA-P07.json", "XMA-P23.json" }, failed.Select(f => Path.GetFileName(f.File)));
        Assert.All(failed, f => Assert.All(f.Result.Errors, e => Assert.Equal(f.File, e.Location.File)));
    }

    [Fact]
    public void Reading_a_file_no_reader_takes_is_a_located_error()
    {
        using var dir = new TempDirectory();
        var path = dir.File("notes.txt");
        File.WriteAllText(path, "hello");

        var result = new AssessmentLoader(new RubricCatalog()).Read(path);

        Assert.Equal("IN003", Assert.Single(result.Errors).Code);
        Assert.Equal(path, result.Errors.Single().Location.File);
    }

    [Fact]
    public void Reading_a_missing_file_is_a_located_error()
    {
        using var dir = new TempDirectory();

        var result = new AssessmentLoader(new RubricCatalog()).Read(dir.File("gone.json"));

        Assert.Equal("IN001", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Checking_a_rubric_file_gives_its_rubric_or_its_located_errors()
    {
        using var dir = new TempDirectory();
        var good = dir.File("small.yaml");
        File.WriteAllText(good, TestRubrics.SmallYaml);
        var bad = dir.File("bad.yaml");
        File.WriteAllText(bad, TestRubrics.SmallYaml.Replace("scale: provision", "scale: provisions", System.StringComparison.Ordinal));

        var ok = RubricCheck.Of(good);
        var broken = RubricCheck.Of(bad);

        Assert.True(ok.IsValid);
        Assert.Equal("small", ok.Rubric!.Id);
        Assert.False(broken.IsValid);
        Assert.Null(broken.Rubric);
        Assert.True(broken.Errors > 0);
        Assert.All(broken.Diagnostics.Where(d => d.IsError), d => Assert.Equal(bad, d.Location.File));
    }
}
