using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.Teams;

namespace Coherence.Tests.Agreement;

public class AssessorSetTests
{
    [Fact]
    public void Assessments_of_one_country_and_period_by_different_teams_make_one_set_government_first()
    {
        var diagnostics = new List<Diagnostic>();

        var sets = AssessorSet.Gather(new[] { By(Network), By(Ministry), By(Expert) }, diagnostics);

        Assert.Empty(diagnostics);
        var set = Assert.Single(sets);
        Assert.Equal(new[] { "government", "civil-society", "independent" }, set.Raters.Select(r => r.Id));
        Assert.Equal(new[] { "Ministerio del Interior", "Red de organizaciones", "Universidad" }, set.Raters.Select(r => r.Label));
        Assert.True(set.HasSeveralRaters);
    }

    [Fact]
    public void A_second_assessment_by_the_same_assessors_is_a_duplicate_whatever_the_case_and_spaces()
    {
        var diagnostics = new List<Diagnostic>();
        var again = By(Ministry with { Name = "  ANA   pérez ", Organization = "ministerio del interior" }) with { Source = new AssessmentSource("again.json", new string('1', 64)) };

        var set = Assert.Single(AssessorSet.Gather(new[] { By(Ministry), again }, diagnostics));

        Assert.Single(set.Raters);
        var duplicate = Assert.Single(diagnostics);
        Assert.Equal("ASM031", duplicate.Code);
        Assert.Equal("again.json", duplicate.Location.File);
        Assert.Contains("Ministerio del Interior.json", duplicate.Hint!.ToString());
    }

    [Fact]
    public void Two_assessments_that_name_no_assessor_cannot_be_told_apart()
    {
        var diagnostics = new List<Diagnostic>();
        var first = TestRubrics.Assess(TestRubrics.Small());

        AssessorSet.Gather(new[] { first, first with { Source = new AssessmentSource("b.json", new string('2', 64)) } }, diagnostics);

        Assert.Equal("ASM031", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void A_role_that_recurs_is_numbered_and_a_consensus_is_kept_apart()
    {
        var second = Expert with { Name = "Otra persona", Organization = "Otra universidad" };
        var consensus = By(Expert) with { Assessors = new[] { Ministry, Network }, Reconciliation = new Reconciliation(new ReconciledSource[0], new ReconciliationRule[0]) };

        var set = Assert.Single(AssessorSet.Gather(new[] { By(Expert), By(second), consensus }, new List<Diagnostic>()));

        Assert.Equal(new[] { "independent-1", "independent-2" }, set.Raters.Select(r => r.Id));
        Assert.Same(consensus, Assert.Single(set.Consensus));
    }

    [Fact]
    public void Countries_and_periods_make_separate_sets_in_the_order_read()
    {
        var other = By(Network) with { Period = "2025" };

        var sets = AssessorSet.Gather(new[] { other, By(Ministry), By(Network) }, new List<Diagnostic>());

        Assert.Equal(new[] { "2025", "2026" }, sets.Select(s => s.Period));
        Assert.False(sets[0].HasSeveralRaters);
    }
}
