using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Operations;

public class BundledRubricTests
{
    private static readonly RubricCatalog Catalog = new();

    [Fact]
    public void Every_bundled_rubric_loads_without_any_diagnostic()
    {
        var examplesRoot = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics");
        foreach (var file in Directory.GetFiles(examplesRoot, "*.yaml"))
        {
            var result = Coherence.Serialization.RubricReader.ReadFile(file);
            Assert.True(result.IsSuccess && result.Diagnostics.Count == 0, file + ": " + string.Join("\n", result.Diagnostics));
        }

        Assert.Equal("mesoamerica-coherence", Catalog.Bundled()[0].Id);
    }

    [Fact]
    public void The_mesoamerica_rubric_covers_five_groups_with_law_and_practice_in_spanish_and_english()
    {
        var rubric = Catalog.Resolve("mesoamerica-coherence").Value!;

        Assert.True(rubric.Dimensions.Count() >= 10);
        Assert.True(rubric.Indicators.Count >= 60);
        Assert.Equal(new[] { "immigrants", "emigrants", "transit", "returnees", "asylum" }, rubric.Groups.Select(g => g.Id));
        Assert.Equal(new[] { "es", "en" }, rubric.Metadata.Languages);
        Assert.True(rubric.HasGap);
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var facetId in new[] { Facet.Law, Facet.Practice })
            {
                var facet = indicator.FindFacet(facetId);
                Assert.NotNull(facet);
                Assert.True(facet!.Question.Has("es") && facet.Question.Has("en"), indicator.Id);
                var scale = rubric.FindScale(facet.ScaleId)!;
                Assert.All(scale.Levels, level => Assert.True(facet.LevelDescriptors[level.Id].Has("es") && facet.LevelDescriptors[level.Id].Has("en"), indicator.Id + " " + level.Id));
            }

            Assert.NotEmpty(indicator.References);
        }

        Assert.All(rubric.Groups, g => Assert.True(rubric.IndicatorsFor(g.Id).Count() >= 25, g.Id));
        Assert.Contains(rubric.Dimensions, d => d.Children.OfType<Dimension>().Any());
    }

    [Fact]
    public async Task The_examples_show_every_gap_class_missing_data_and_an_insufficient_data_node()
    {
        var examples = Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples");
        var result = await new ScoreOperation(Catalog, new AssessmentLoader(Catalog)).RunAsync(new ScoreOptions(new[] { examples }));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var scores = result.Value!.Assessments;
        Assert.True(scores.Count >= 4);
        Assert.All(scores, s => Assert.True(s.Country.IsUserAssigned, "examples must be fictitious countries"));
        var classes = scores.SelectMany(s => s.Cells).Select(c => c.Class).Distinct().ToList();
        foreach (var gapClass in new GapClass?[] { GapClass.CoherentHigh, GapClass.CoherentLow, GapClass.ImplementationGap, GapClass.PracticeAheadOfLaw, GapClass.InsufficientData })
        {
            Assert.Contains(gapClass, classes);
        }

        Assert.Contains(scores, s => s.Root.Any(r => r.Coverage < 1));
        Assert.Contains(scores, s => s.Root.Any(r => r.Group != ScoreRow.AllGroups && r.Status == ScoreStatus.InsufficientData && r.Reason is not null));
    }
}
