using System.Diagnostics;
using System.IO;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Robustness;

/// <summary>The robustness specification's JSON Schema, checked with an independent validator (Python's jsonschema).</summary>
public class RobustnessSchemaTests
{
    private const string Python = "/usr/bin/python3";
    private readonly ITestOutputHelper output;

    public RobustnessSchemaTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void The_example_specification_conforms_and_a_misspelt_key_does_not()
    {
        var (probe, _) = Exec("-c \"import jsonschema, yaml\"");
        if (probe != 0)
        {
            RealClients.Skip(output, "/usr/bin/python3 with jsonschema and yaml is not installed (.ci/run installs python3-jsonschema).");
            return;
        }

        using var dir = new TempDirectory();
        var bad = dir.File("bad.yaml");
        File.WriteAllText(bad, "apiVersion: coherence/v1\nkind: Robustness\nspec:\n  wieghts: []\n");
        var root = TestRubrics.RepositoryRoot();
        var script = Path.Combine(root, "tests", "Coherence.Tests", "Schema", "validate.py");
        var schema = Path.Combine(root, "rubrics", "schema", "robustness.schema.json");

        var (good, text) = Exec($"\"{script}\" \"{schema}\" \"{Path.Combine(root, "rubrics", "examples", "robustness.yaml")}\"");
        var (refused, badText) = Exec($"\"{script}\" \"{schema}\" \"{bad}\"");

        Assert.True(good == 0, text);
        Assert.NotEqual(0, refused);
        Assert.Contains("wieghts", badText, System.StringComparison.Ordinal);
    }

    private static (int Code, string Text) Exec(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(Python, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
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
