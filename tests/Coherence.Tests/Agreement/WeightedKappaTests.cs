using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Rubrics;
using Coherence.Tests.Spreadsheets;
using Coherence.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Coherence.Tests.Agreement;

/// <summary>Weighted kappa against R's <c>psych::cohen.kappa</c>, to 1e-9, on the bundled examples' pair of teams and on generated data.</summary>
public class WeightedKappaTests
{
    private static readonly Lazy<string?> Rscript = new(FindRscriptWithPsych);
    private readonly ITestOutputHelper output;

    public WeightedKappaTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Kappa_matches_psych_on_the_bundled_examples_and_on_generated_data()
    {
        if (Rscript.Value is null)
        {
            RealClients.Skip(output, "Rscript with the psych package is not installed (apt-get install r-base-core r-cran-psych)");
            return;
        }

        var sets = ExamplePairs().Concat(Generated()).ToList();
        var expected = RunR(sets);

        Assert.Equal(sets.Count, expected.Count);
        var largest = 0.0;
        foreach (var set in sets)
        {
            var (linear, quadratic) = expected[set.Name];
            largest = Math.Max(largest, Math.Max(Math.Abs(linear - WeightedKappa.Compute(set.First, set.Second, set.Categories, KappaWeights.Linear)!.Value), Math.Abs(quadratic - WeightedKappa.Compute(set.First, set.Second, set.Categories, KappaWeights.Quadratic)!.Value)));
            if (set.Name.StartsWith("examples-", StringComparison.Ordinal))
            {
                output.WriteLine($"{set.Name}: {set.First.Count} pairs, psych linear {linear:R}, quadratic {quadratic:R}");
            }

            Assert.True(Math.Abs(linear - WeightedKappa.Compute(set.First, set.Second, set.Categories, KappaWeights.Linear)!.Value) < 1e-9, set.Name + " linear");
            Assert.True(Math.Abs(quadratic - WeightedKappa.Compute(set.First, set.Second, set.Categories, KappaWeights.Quadratic)!.Value) < 1e-9, set.Name + " quadratic");
        }

        output.WriteLine($"{sets.Count} sets; largest difference from psych {largest:E2}");
    }

    [Fact]
    public void The_engine_reports_the_kappa_of_the_pairs_it_compares()
    {
        var catalog = new RubricCatalog();
        var run = ExampleRun(catalog);
        var set = Assert.Single(run.Sets);
        foreach (var pair in ExamplePairs())
        {
            var summary = pair.Name == "examples-overall" ? set.Overall : set.Find(AgreementScope.Facet, pair.Name.Substring("examples-".Length))!;
            Assert.Equal(WeightedKappa.Compute(pair.First, pair.Second, pair.Categories, KappaWeights.Linear), summary.LinearKappa);
            Assert.Equal(WeightedKappa.Compute(pair.First, pair.Second, pair.Categories, KappaWeights.Quadratic), summary.QuadraticKappa);
        }
    }

    [Fact]
    public void Perfect_agreement_is_one_and_weights_give_partial_credit()
    {
        Assert.Equal(1.0, WeightedKappa.Compute(new[] { 0, 1, 2, 3 }, new[] { 0, 1, 2, 3 }, 4, KappaWeights.Quadratic)!.Value, 12);
        var near = WeightedKappa.Compute(new[] { 0, 1, 2, 3, 0, 3 }, new[] { 1, 1, 2, 2, 0, 3 }, 4, KappaWeights.Linear)!.Value;
        var far = WeightedKappa.Compute(new[] { 0, 1, 2, 3, 0, 3 }, new[] { 3, 1, 2, 0, 0, 3 }, 4, KappaWeights.Linear)!.Value;
        Assert.True(near > far);
        Assert.Null(WeightedKappa.Compute(new[] { 2, 2 }, new[] { 2, 2 }, 4, KappaWeights.Linear));
        Assert.Null(WeightedKappa.Compute(Array.Empty<int>(), Array.Empty<int>(), 4, KappaWeights.Linear));
    }

    [Fact]
    public void Weights_are_those_of_psych()
    {
        Assert.Equal(1.0, WeightedKappa.Weight(2, 2, 5, KappaWeights.Linear));
        Assert.Equal(0.75, WeightedKappa.Weight(1, 2, 5, KappaWeights.Linear));
        Assert.Equal(0.9375, WeightedKappa.Weight(1, 2, 5, KappaWeights.Quadratic));
        Assert.Equal(0.0, WeightedKappa.Weight(0, 4, 5, KappaWeights.Quadratic));
    }

    /// <summary>The bundled example country E: the government's and civil society's levels, per facet and overall, as category indexes.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<int> First, IReadOnlyList<int> Second, int Categories)> ExamplePairs()
    {
        var catalog = new RubricCatalog();
        var set = Assert.Single(ExampleRun(catalog).Sets);
        var categories = new[] { 0.0, 25, 50, 75, 100 };
        IEnumerable<CellAgreement> Paired(IEnumerable<CellAgreement> cells) => cells.Where(c => c.Answers[0].Score is not null && c.Answers[1].Score is not null);
        (string, IReadOnlyList<int>, IReadOnlyList<int>, int) Pair(string name, IEnumerable<CellAgreement> cells)
        {
            var paired = Paired(cells).ToList();
            return (name, paired.Select(c => Array.IndexOf(categories, c.Answers[0].Score!.Value)).ToList(), paired.Select(c => Array.IndexOf(categories, c.Answers[1].Score!.Value)).ToList(), categories.Length);
        }

        yield return Pair("examples-overall", set.Cells);
        yield return Pair("examples-law", set.Cells.Where(c => c.FacetId == Facet.Law));
        yield return Pair("examples-practice", set.Cells.Where(c => c.FacetId == Facet.Practice));
    }

    internal static AgreementRun ExampleRun(RubricCatalog catalog)
    {
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var diagnostics = new List<Diagnostic>();
        var loader = new AssessmentLoader(catalog);
        var assessments = loader.Load(new[] { Path.Combine(examples, "XME-2026-government.json"), Path.Combine(examples, "XME-2026-civil-society.json") }, diagnostics);
        return new AgreeOperation(catalog, loader).Measure(assessments, null, new AgreementSettings { Resamples = 0 }, TimeProvider.System, diagnostics);
    }

    private static IEnumerable<(string Name, IReadOnlyList<int> First, IReadOnlyList<int> Second, int Categories)> Generated()
    {
        var random = new Random(20260504);
        var sizes = new[] { 6, 25, 120, 500 };
        var index = 0;
        foreach (var categories in new[] { 2, 3, 5, 7 })
        {
            foreach (var size in sizes)
            {
                // Raters who mostly agree, sometimes one step apart, now and then far apart; the top category is sometimes unused.
                var first = new List<int>();
                var second = new List<int>();
                var top = random.NextDouble() < 0.3 ? categories - 1 : categories;
                for (var u = 0; u < size; u++)
                {
                    var a = random.Next(top);
                    var roll = random.NextDouble();
                    var b = roll < 0.5 ? a : roll < 0.85 ? Math.Max(0, Math.Min(top - 1, a + (random.Next(2) * 2) - 1)) : random.Next(top);
                    first.Add(a);
                    second.Add(b);
                }

                // Both raters use at least two categories, so that chance agreement is not perfect.
                first[0] = 0;
                first[1] = 1;
                second[0] = 1;
                second[1] = 0;
                yield return ("generated-" + (index++).ToString(CultureInfo.InvariantCulture), first, second, categories);
            }
        }
    }

    private static Dictionary<string, (double Linear, double Quadratic)> RunR(IEnumerable<(string Name, IReadOnlyList<int> First, IReadOnlyList<int> Second, int Categories)> sets)
    {
        using var dir = new TempDirectory();
        var csv = new StringBuilder("set,a,b,k\n");
        foreach (var set in sets)
        {
            for (var u = 0; u < set.First.Count; u++)
            {
                // psych's categories are 1..k.
                csv.Append(set.Name).Append(',').Append(set.First[u] + 1).Append(',').Append(set.Second[u] + 1).Append(',').Append(set.Categories).Append('\n');
            }
        }

        File.WriteAllText(dir.File("pairs.csv"), csv.ToString());
        var (exit, text) = ExternalTools.Run(Rscript.Value!, new[] { ExternalTools.Script("weighted_kappa.R"), dir.File("pairs.csv") }, TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, text);
        var results = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.Trim().Split(' ')).Where(p => p.Length == 3 && (p[0].StartsWith("examples-", StringComparison.Ordinal) || p[0].StartsWith("generated-", StringComparison.Ordinal))))
        {
            results[line[0]] = (double.Parse(line[1], CultureInfo.InvariantCulture), double.Parse(line[2], CultureInfo.InvariantCulture));
        }

        return results;
    }

    private static string? FindRscriptWithPsych()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "Rscript");
            if (File.Exists(candidate))
            {
                try
                {
                    return ExternalTools.Run(candidate, new[] { "-e", "suppressPackageStartupMessages(library(psych))" }, TimeSpan.FromMinutes(1)).ExitCode == 0 ? candidate : null;
                }
                catch (System.ComponentModel.Win32Exception)
                {
                    return null;
                }
            }
        }

        return null;
    }
}
