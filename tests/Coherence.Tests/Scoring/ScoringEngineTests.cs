using System.Linq;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.TestRubrics;

namespace Coherence.Tests.Scoring;

public class ScoringEngineTests
{
    [Fact]
    public void An_indicator_gap_is_law_minus_practice_and_coherence_is_100_minus_its_absolute_value()
    {
        var rubric = Small();
        var score = new ScoringEngine(rubric).Score(Assess(rubric, Law("D1", "immigrants", "full"), Practice("D1", "immigrants", "partial")));

        var cell = score.Indicators.Single(i => i.IndicatorId == "D1" && i.GroupId == "immigrants");
        Assert.Equal(100, cell.Score.Law!.Value, 9);
        Assert.Equal(33.333333333333336, cell.Score.Practice!.Value, 9);
        Assert.Equal(66.66666666666666, cell.Score.NetGap!.Value, 9);
        Assert.Equal(33.33333333333334, cell.Score.Coherence!.Value, 9);
        Assert.Equal(GapClass.ImplementationGap, cell.Class);
    }
}
