using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Operations;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Schema;

/// <summary>Checks our files against the published JSON Schemas with an independent validator (Python's jsonschema, installed by .ci/run).</summary>
public class JsonSchemaTests
{
    private const string Python = "/usr/bin/python3";
    private readonly ITestOutputHelper output;

    public JsonSchemaTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Bundled_rubrics_and_the_test_rubric_conform_to_the_rubric_schema()
    {
        if (!Available())
        {
            return;
        }

        using var dir = new TempDirectory();
        var files = new RubricCatalog().Bundled().Append(TestRubrics.Small())
            .Select(r =>
            {
                var path = dir.File(r.Id + ".json");
                File.WriteAllText(path, RubricJsonWriter.Write(r));
                return path;
            })
            .ToList();
        files.Add(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "mesoamerica.yaml"));

        Validate("rubric.schema.json", files);
    }

    [Fact]
    public void Example_and_written_assessments_conform_to_the_assessment_schema()
    {
        if (!Available())
        {
            return;
        }

        using var dir = new TempDirectory();
        var rubric = TestRubrics.Small();
        var written = dir.File("written.json");
        File.WriteAllBytes(written, AssessmentJson.ToUtf8(Some.Assessment(rubric, Enumerable.Range(0, Some.Cells(rubric).Count).Select(i => (i % 7) - 3).ToArray())));
        var examples = Directory.GetFiles(Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples"), "*.json");

        Validate("assessment.schema.json", examples.Append(written).ToList());
    }

    [Fact]
    public async System.Threading.Tasks.Task A_consensus_assessment_with_its_reconciliation_and_provenance_conforms_to_the_assessment_schema()
    {
        if (!Available())
        {
            return;
        }

        using var dir = new TempDirectory();
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var catalog = new Coherence.Rubrics.RubricCatalog();
        var options = new Coherence.Operations.ReconcileOptions(new[] { Path.Combine(examples, "XME-2026-government.json"), Path.Combine(examples, "XME-2026-civil-society.json") })
        {
            Rules = new[] { Coherence.Model.ReconciliationRule.WithinLevels(1), Coherence.Model.ReconciliationRule.RoleWins(Coherence.Model.AssessorRole.Independent) },
            OutputPath = dir.File("consensus.json"),
            Resamples = 0,
        };
        var result = await new Coherence.Operations.ReconcileOperation(catalog, new Coherence.Operations.AssessmentLoader(catalog)).RunAsync(options);
        Assert.True(result.Value is not null, string.Join("\n", result.Diagnostics));

        Validate("assessment.schema.json", new[] { dir.File("consensus.json") });
    }

    [Fact]
    public void The_schema_refuses_what_the_reader_refuses()
    {
        if (!Available())
        {
            return;
        }

        using var dir = new TempDirectory();
        var bad = dir.File("bad.json");
        File.WriteAllText(bad, RubricJsonWriter.Write(TestRubrics.Small()).Replace("\"aggregation\": \"weighted\"", "\"agregation\": \"weighted\""));

        var (code, text) = Run("rubric.schema.json", new[] { bad });

        Assert.NotEqual(0, code);
        Assert.Contains("agregation", text);
    }

    private bool Available()
    {
        var (code, _) = Exec(Python, "-c \"import jsonschema, yaml\"");
        if (code != 0)
        {
            RealClients.Skip(output, "/usr/bin/python3 with jsonschema and yaml is not installed (.ci/run installs python3-jsonschema).");
        }

        return code == 0;
    }

    private void Validate(string schema, System.Collections.Generic.IReadOnlyList<string> files)
    {
        var (code, text) = Run(schema, files);
        output.WriteLine(text);
        Assert.True(code == 0, text);
    }

    private static (int Code, string Text) Run(string schema, System.Collections.Generic.IEnumerable<string> files)
    {
        var script = Path.Combine(TestRubrics.RepositoryRoot(), "tests", "Coherence.Tests", "Schema", "validate.py");
        var schemaPath = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "schema", schema);
        return Exec(Python, $"\"{script}\" \"{schemaPath}\" " + string.Join(" ", files.Select(f => "\"" + f + "\"")));
    }

    private static (int Code, string Text) Exec(string file, string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var text = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, text);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
