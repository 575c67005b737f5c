using System.Linq;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Serialization;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Serialization;

public class RubricRoundTripTests
{
    [Fact]
    public void Generated_rubrics_round_trip_through_json_without_loss()
    {
        var small = TestRubrics.Small();
        var variants =
            from weight in Gen.Choose(0, 40)
            from gap in Gen.Choose(1, 100)
            from high in Gen.Choose(0, 100)
            from coverage in Gen.Choose(0, 20)
            from method in Gen.Elements(AggregationMethod.Arithmetic, AggregationMethod.Weighted, AggregationMethod.Geometric)
            from polarity in Gen.Elements(Polarity.HigherIsBetter, Polarity.LowerIsBetter)
            select Variant(small, (weight + 1) / 4.0, gap, high, coverage / 20.0, method, polarity);

        Prop.ForAll(variants.ToArbitrary(), rubric =>
        {
            var json = RubricJsonWriter.Write(rubric);
            var back = RubricReader.Read(json, "v.json");
            return back.IsSuccess && RubricJsonWriter.Write(back.Value!) == json && back.Value!.ContentHash == RubricJsonWriter.ContentHash(rubric);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bundled_rubrics_round_trip_through_json_and_keep_their_hash()
    {
        foreach (var rubric in new RubricCatalog().Bundled())
        {
            var back = RubricReader.Read(RubricJsonWriter.Write(rubric), rubric.Id + ".json");

            Assert.True(back.IsSuccess, string.Join("\n", back.Diagnostics));
            Assert.Equal(rubric.ContentHash, back.Value!.ContentHash);
            Assert.Equal(rubric.Indicators.Select(i => i.Id), back.Value.Indicators.Select(i => i.Id));
        }
    }

    private static Rubric Variant(Rubric rubric, double weight, double gap, double high, double coverage, AggregationMethod method, Polarity polarity)
    {
        Dimension Change(Dimension d) => d with
        {
            Aggregation = method,
            MinCoverage = coverage,
            Children = d.Children.Select(c => c is Dimension sub ? (RubricNode)Change(sub) : c with { Weight = weight }).ToList(),
        };
        var scales = rubric.Scales.Select(s => s with { Polarity = polarity }).ToList();
        var draft = new Rubric(rubric.Metadata, rubric.Facets, scales, rubric.Groups, new GapThresholds(gap, high), Change(rubric.Root), rubric.References, string.Empty);
        return new Rubric(draft.Metadata, draft.Facets, draft.Scales, draft.Groups, draft.Thresholds, draft.Root, draft.References, RubricJsonWriter.ContentHash(draft));
    }
}
