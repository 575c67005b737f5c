using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Coherence.Reports;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Reports;

/// <summary>docs/templates.md is the contract of the report model: it names every field, word and helper.</summary>
public class TemplateDocsTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(TestRubrics.RepositoryRoot(), "docs", "templates.md"));

    [Fact]
    public void Every_field_of_the_report_model_is_documented()
    {
        // The model is made of the public records of Coherence.Reports (records have a compiler-made <Clone>$ method).
        var fields = typeof(ReportModel).Assembly.GetTypes()
            .Where(t => t.Namespace == "Coherence.Reports" && t.IsPublic && t.GetMethod("<Clone>$") is not null)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (Type: t.Name, Name: char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))))
            .Where(f => f.Name != "equalityContract")
            .ToList();

        Assert.True(fields.Count > 80, "too few fields found: " + fields.Count);
        Assert.DoesNotContain(fields, f => !Docs.Contains("`" + f.Name + "`", StringComparison.Ordinal) && !Docs.Contains("\"" + f.Name + "\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sample_model_shows_the_bundled_rubric_as_it_is()
    {
        var rubric = new Coherence.Rubrics.RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        var sample = "\"id\": \"" + rubric.Id + "\", \"version\": \"" + rubric.Version + "\"";

        Assert.Contains(sample, Docs, StringComparison.Ordinal);
        Assert.Contains("\"contentHash\": \"" + rubric.ContentHash + "\", \"shortHash\": \"" + rubric.ContentHash.Substring(0, 12) + "\"", Docs, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"\"gapThreshold\": {rubric.Thresholds.Gap}, \"highThreshold\": {rubric.Thresholds.High}"), Docs, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_word_of_the_labels_is_listed()
    {
        var run = ReportSamples.Run();
        var model = ReportModels.Profile(run.Scores[0], run, "es", ReportSamples.Time);

        Assert.DoesNotContain(model.Labels.Keys, key => !Docs.Contains("`" + key + "`", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_helper_is_documented()
    {
        Assert.DoesNotContain(ReportHelpers.Names, name => !Docs.Contains("| `" + name + " ", StringComparison.Ordinal));
    }
}
