using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Coherence.Model;
using Coherence.Robustness;
using Coherence.Scoring;
using Xunit;

namespace Coherence.Tests.Robustness;

/// <summary>The rubric's variants as fixed alternatives of a robustness analysis: each really applied, located refusals otherwise.</summary>
public class VariantDrawTests
{
    private const string Header = "apiVersion: coherence/v1\nkind: Robustness\nspec:\n";

    [Fact]
    public void A_draw_with_only_the_variant_fixed_equals_the_score_of_that_variant_bit_for_bit()
    {
        var (rubric, assessments) = WithVariants();
        var model = new RobustnessModel(rubric, assessments);
        var read = RobustnessSpecReader.Read(Header + "  variants: [expert, strict, flat]\n", "spec.yaml", model);
        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        var factor = Assert.IsType<ChoiceFactor>(Assert.Single(read.Value!.Factors));
        Assert.Equal(new[] { "rubric", "expert", "strict", "flat" }, factor.Alternatives);

        var runner = new RobustnessRunner(model, read.Value);
        var state = new DrawState(model, 1);
        var scratch = new DrawScratch(model);
        var scores = new double[assessments.Count];
        var groups = new double[assessments.Count * model.Groups];
        var classes = new sbyte[assessments.Count * model.MatrixCells];
        var differs = new HashSet<string>();
        for (var choice = 0; choice < factor.Alternatives.Length; choice++)
        {
            var id = factor.Alternatives[choice];
            var engine = new ScoringEngine(choice == 0 ? rubric : rubric.ResolveVariant(id)!);
            state.Reset(model);
            factor.Set(choice, state);
            runner.Score(state, scratch, scores, groups, classes);
            for (var a = 0; a < assessments.Count; a++)
            {
                var score = engine.Score(assessments[a]);
                Assert.Equal(Level(score.Root.Overall), scores[a]);
                for (var g = 0; g < model.Groups; g++)
                {
                    Assert.Equal(Level(score.Root.ByGroup[rubric.Groups[g].Id]), groups[(a * model.Groups) + g]);
                }

                for (var c = 0; c < score.Matrix.Count; c++)
                {
                    Assert.Equal(score.Matrix[c].Class is { } k ? (sbyte)k : (sbyte)-1, classes[(a * score.Matrix.Count) + c]);
                }

                if (!Level(score.Root.Overall).Equals(Level(new ScoringEngine(rubric).Score(assessments[a]).Root.Overall)))
                {
                    differs.Add(id);
                }
            }
        }

        // Each variant is really applied: each moves some country's score away from the rubric's.
        Assert.Equal(new[] { "expert", "flat", "strict" }, differs.OrderBy(d => d, StringComparer.Ordinal));
    }

    [Fact]
    public void Other_inputs_vary_around_the_variant_drawn()
    {
        var (rubric, assessments) = WithVariants();
        var model = new RobustnessModel(rubric, assessments);
        var plan = RobustnessSpecReader.Read(Header + "  weights: [{ node: mesoamerica-coherence, perturbation: 0.1 }]\n  variants: [flat]\n", "spec.yaml", model).Value!;

        // The variant is applied first whatever the order written, and the weights then stay within ±10% of the variant's.
        Assert.Equal(new[] { "variants", "weights:mesoamerica-coherence" }, plan.Factors.Select(f => f.Id));
        var flat = model.MethodOf(rubric.ResolveVariant("flat")!);
        var design = new RobustnessRunner(model, plan).DesignFor(200, 5)!;
        var state = new DrawState(model, plan.Factors.Count);
        var sawFlat = false;
        for (var run = 0; run < design.Runs; run++)
        {
            new RobustnessRunner(model, plan).Prepare(design, run, state);
            var basis = state.FactorChoices[0] == 0 ? model.Nominal : flat;
            sawFlat |= state.FactorChoices[0] == 1;
            for (var slot = model.ChildStart(model.Root); slot < model.ChildEnd(model.Root); slot++)
            {
                Assert.InRange(state.Weights[slot], basis.Weights[slot] * 0.9, basis.Weights[slot] * 1.1);
            }
        }

        Assert.True(sawFlat);
    }

    [Fact]
    public void Sensitivity_attributes_the_variance_to_the_variant_when_variants_differ_strongly()
    {
        var (rubric, assessments) = WithVariants();
        var model = new RobustnessModel(rubric, assessments);
        var plan = RobustnessSpecReader.Read(Header + "  variants: [flat]\n  weights: [{ node: mesoamerica-coherence, perturbation: 0.05 }]\n", "spec.yaml", model).Value!;
        var result = new RobustnessRunner(model, plan).Run(3000, 11, DateTimeOffset.UnixEpoch, "test", null, null, CancellationToken.None);

        double MeanTotal(string factor) => result.Sensitivity.Where(s => s.Factor == factor && s.Target == "score" && s.Index.TotalOrder is not null).Average(s => s.Index.TotalOrder!.Value);
        double MeanFirst(string factor) => result.Sensitivity.Where(s => s.Factor == factor && s.Target == "score" && s.Index.FirstOrder is not null).Average(s => s.Index.FirstOrder!.Value);
        Assert.True(MeanFirst("variants") > 0.8, "first-order index of the variant " + MeanFirst("variants"));
        Assert.True(MeanTotal("weights:mesoamerica-coherence") < 0.2, "total-order index of the weights " + MeanTotal("weights:mesoamerica-coherence"));
        Assert.Equal(new[] { "rubric", "flat" }, result.Factors[0].Alternatives);
    }

    [Theory]
    [InlineData("  variants: [expret]", "ROB021", 4, 14)]
    [InlineData("  variants: [expert, expert]", "ROB040", 4, 22)]
    [InlineData("  variants: [expert, same]", "ROB042", 4, 22)]
    [InlineData("  variants: []", "ROB021", 4, 13)]
    public void A_variant_that_cannot_be_drawn_is_refused_with_its_location(string entry, string code, int line, int column)
    {
        var (rubric, assessments) = WithVariants();
        var read = RobustnessSpecReader.Read(Header + entry + "\n", "spec.yaml", new RobustnessModel(rubric, assessments));

        Assert.False(read.IsSuccess);
        var error = Assert.Single(read.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.Equal(("spec.yaml", line, column), (error.Location.File, error.Location.Line, error.Location.Column));
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void The_default_specification_draws_the_variants_that_change_the_method()
    {
        var (rubric, assessments) = WithVariants();
        var spec = Coherence.Operations.RobustnessOperation.DefaultSpec(rubric, new RobustnessModel(rubric, assessments));

        Assert.Contains("variants: [\"expert\", \"strict\", \"flat\"]", spec, StringComparison.Ordinal);
        Assert.True(RobustnessSpecReader.Read(spec, null, new RobustnessModel(rubric, assessments)).IsSuccess);
    }

    /// <summary>The bundled rubric with variants that make every kind of choice, on the bundled examples.</summary>
    internal static (Rubric Rubric, List<Assessment> Assessments) WithVariants()
    {
        var (bundled, assessments) = DrawEngineTests.Examples();
        var root = bundled.Root.Id;
        var top = bundled.Root.Children.OfType<Dimension>().ToList();
        var indicator = top[0].Children.OfType<Indicator>().First().Id;
        var expert = new MethodChoices
        {
            Weights = new Dictionary<string, double> { [top[0].Id] = 3, [top[1].Id] = 0.5, [indicator] = 4 },
            Aggregations = new Dictionary<string, AggregationMethod> { [root] = AggregationMethod.Geometric, [top[0].Id] = AggregationMethod.Weighted },
            GroupWeights = new Dictionary<string, double> { [bundled.Groups[0].Id] = 3 },
            Thresholds = new GapThresholds(15, 60),
        };
        var strict = new MethodChoices
        {
            MinCoverage = 0.8,
            MinCoverages = new Dictionary<string, double> { [top[2].Id] = 0.2 },
        };

        // One dimension only: scores move far from the rubric's.
        var flat = new MethodChoices
        {
            Aggregations = new Dictionary<string, AggregationMethod> { [root] = AggregationMethod.Weighted },
            Weights = top.Skip(1).ToDictionary(d => d.Id, _ => 0.0),
        };
        var variants = new[]
        {
            new RubricVariant("expert", LocalizedText.Of("en", "Expert"), LocalizedText.Empty, expert),
            new RubricVariant("strict", LocalizedText.Of("en", "Strict"), LocalizedText.Empty, strict),
            new RubricVariant("flat", LocalizedText.Of("en", "One dimension"), LocalizedText.Empty, flat),
            new RubricVariant("same", LocalizedText.Of("en", "Same as expert"), LocalizedText.Empty, expert),
        };
        var rubric = new Rubric(bundled.Metadata, bundled.Facets, bundled.Scales, bundled.Groups, bundled.Thresholds, bundled.Root, bundled.References, bundled.ContentHash) { Variants = variants };
        return (rubric, assessments);
    }

    private static double Level(Aggregate aggregate) =>
        aggregate.Law is { } law && aggregate.Practice is { } practice ? RobustnessModel.Measure(RankMeasure.Level, law, practice) : double.NaN;
}
