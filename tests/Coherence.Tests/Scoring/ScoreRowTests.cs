using System.Linq;
using Coherence.Model;
using Coherence.Rubrics;
using Coherence.Scoring;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;

namespace Coherence.Tests.Scoring;

/// <summary>The tidy rows hold every score of an assessment once, in rubric order.</summary>
public class ScoreRowTests
{
    [Fact]
    public void Rows_hold_every_node_for_all_groups_and_each_group_and_every_indicator_cell_once()
    {
        var rubric = new RubricCatalog().Resolve("mesoamerica-coherence").Value!;
        var assessment = AssessmentJson.ReadFile(System.IO.Path.Combine(TestRubrics.RepositoryRoot(), "rubrics", "examples", "XMA-2026.json")).Value!;
        var engine = new ScoringEngine(rubric);
        var score = engine.Score(assessment);

        var rows = engine.Rows(score);

        var dimensions = rows.Where(r => r.Kind != NodeKind.Indicator).ToList();
        Assert.Equal(rows.Count, rows.Select(r => (r.Group, r.NodeId)).Distinct().Count());
        Assert.Equal((rubric.Groups.Count + 1) * dimensions.Select(r => r.NodeId).Distinct().Count(), dimensions.Count);
        var indicatorRows = rows.Where(r => r.Kind == NodeKind.Indicator).ToList();
        Assert.Equal(score.Indicators.Select(i => (i.IndicatorId, i.GroupId, i.Score)), indicatorRows.Select(r => (r.NodeId, r.Group, r.Score)));
        Assert.Equal(score.Overall, rows[0].Score);
        Assert.Equal(NodeKind.Rubric, rows[0].Kind);
        Assert.Equal(ScoreRow.AllGroups, rows[0].Group);
        foreach (var cell in score.Matrix)
        {
            var row = Assert.Single(rows, r => r.NodeId == cell.DimensionId && r.Group == cell.GroupId);
            Assert.Equal(cell.Score, row.Score);
            Assert.Equal(cell.Class, row.Class);
            Assert.Equal(1, row.Depth);
        }

        // Only the cells of the group by top-level dimension matrix and the indicators are classified, as the method says.
        Assert.All(rows.Where(r => r.Class is not null), r => Assert.True(r.Kind == NodeKind.Indicator || (r.Depth == 1 && r.Group != ScoreRow.AllGroups), r.NodeId + " " + r.Group));
        Assert.Contains(rows, r => r.Kind == NodeKind.Rubric && r.Class is null && r.AbsoluteGap is not null);

        // Indicators sit below their top-level dimension, one level below their parent node.
        Assert.All(indicatorRows, r => Assert.Equal(score.Indicators.First(i => i.IndicatorId == r.NodeId).DimensionId, r.DimensionId));
        Assert.Equal(CountryCode.Parse("XMA"), rows[0].Country);
    }
}
