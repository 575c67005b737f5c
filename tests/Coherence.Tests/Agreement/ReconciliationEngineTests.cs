using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Tests.Support;
using Xunit;
using static Coherence.Tests.Support.Teams;

namespace Coherence.Tests.Agreement;

public class ReconciliationEngineTests
{
    private static readonly Rubric Rubric = TestRubrics.Small();
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 10, 30, 0, TimeSpan.Zero);

    private static readonly Assessment Government = By(Ministry,
        Level("H1", "immigrants", Facet.Law, "full", "Ley 12, art. 3"),
        Level("H1", "immigrants", Facet.Practice, "extensive", "Informe del ministerio"),
        Level("H2", "immigrants", Facet.Practice, "full"),
        Status("D1", "immigrants", Facet.Law, ResponseStatus.NotApplicable),
        Level("D2", "immigrants", Facet.Law, "partial"));

    private static readonly Assessment CivilSociety = By(Network,
        Level("H1", "immigrants", Facet.Law, "full", "Ley 12"),
        Level("H1", "immigrants", Facet.Practice, "none", "Monitoreo de 40 casos"),
        Level("H2", "immigrants", Facet.Practice, "extensive"),
        Level("D1", "immigrants", Facet.Law, "partial"),
        Level("H1", "returnees", Facet.Law, "absent"));

    private static Assessment Reconcile(IReadOnlyList<ReconciliationRule> rules, params ReconciliationDecision[] decisions) =>
        Reconcile(rules, new List<Diagnostic>(), decisions);

    private static Assessment Reconcile(IReadOnlyList<ReconciliationRule> rules, List<Diagnostic> diagnostics, params ReconciliationDecision[] decisions)
    {
        var set = Assert.Single(AssessorSet.Gather(new[] { Government, CivilSociety }, new List<Diagnostic>()));
        return new ReconciliationEngine(Rubric).Reconcile(set, rules, decisions.ToDictionary(d => d.Key), Now, diagnostics);
    }

    private static Response Answer(Assessment consensus, string indicator, string group, string facet) =>
        consensus.Responses.Single(r => r.Key == new ResponseKey(indicator, group, facet));

    [Fact]
    public void An_answer_every_team_gave_is_agreed_with_both_evidences_and_one_only_team_gave_is_its()
    {
        var consensus = Reconcile(Array.Empty<ReconciliationRule>());

        var agreed = Answer(consensus, "H1", "immigrants", Facet.Law);
        Assert.Equal("full", agreed.Level);
        Assert.Equal(ProvenanceRule.Agreed, agreed.Provenance!.Rule);
        Assert.Equal(new[] { "government", "civil-society" }, agreed.Provenance.From);
        Assert.Equal("government: Ley 12, art. 3\ncivil-society: Ley 12", agreed.Evidence);
        var only = Answer(consensus, "D2", "immigrants", Facet.Law);
        Assert.Equal(new[] { "government" }, only.Provenance!.From);
        Assert.Equal(ProvenanceRule.Only, only.Provenance.Rule);
    }

    [Fact]
    public void Without_rules_or_decisions_a_difference_stays_unknown_with_the_answers_in_its_note()
    {
        var consensus = Reconcile(Array.Empty<ReconciliationRule>());

        var open = Answer(consensus, "H1", "immigrants", Facet.Practice);
        Assert.Equal(ResponseStatus.Unknown, open.Status);
        Assert.Equal(ProvenanceRule.Unresolved, open.Provenance!.Rule);
        Assert.Equal("government: extensive; civil-society: none", open.Provenance.Note);
    }

    [Fact]
    public void A_role_wins_where_it_answered()
    {
        var consensus = Reconcile(new[] { ReconciliationRule.RoleWins(AssessorRole.CivilSociety) });

        var taken = Answer(consensus, "H1", "immigrants", Facet.Practice);
        Assert.Equal("none", taken.Level);
        Assert.Equal("Monitoreo de 40 casos", taken.Evidence);
        Assert.Equal(new[] { "civil-society" }, taken.Provenance!.From);
        Assert.Equal(ProvenanceRule.Role, taken.Provenance.Rule);
        Assert.Equal("partial", Answer(consensus, "D1", "immigrants", Facet.Law).Level);
    }

    [Fact]
    public void The_median_of_two_is_the_lower_level_and_no_median_settles_not_applicable_against_a_level()
    {
        var consensus = Reconcile(new[] { ReconciliationRule.Median });

        Assert.Equal("none", Answer(consensus, "H1", "immigrants", Facet.Practice).Level);
        Assert.Equal(ProvenanceRule.Median, Answer(consensus, "H1", "immigrants", Facet.Practice).Provenance!.Rule);
        Assert.Equal(ProvenanceRule.Unresolved, Answer(consensus, "D1", "immigrants", Facet.Law).Provenance!.Rule);
    }

    [Fact]
    public void Within_settles_near_answers_only_and_the_next_rule_takes_the_rest()
    {
        var consensus = Reconcile(new[] { ReconciliationRule.WithinLevels(1), ReconciliationRule.RoleWins(AssessorRole.Government) });

        var near = Answer(consensus, "H2", "immigrants", Facet.Practice);
        Assert.Equal(("extensive", ProvenanceRule.Within), (near.Level, near.Provenance!.Rule));
        var far = Answer(consensus, "H1", "immigrants", Facet.Practice);
        Assert.Equal(("extensive", ProvenanceRule.Role), (far.Level, far.Provenance!.Rule));
    }

    [Fact]
    public void A_decision_wins_over_the_rules_and_keeps_its_note_and_location()
    {
        var key = new ResponseKey("H1", "immigrants", Facet.Practice);
        var decision = new ReconciliationDecision(key, ResponseStatus.Answered, "partial") { Note = "Acordado el 4 de mayo", Location = new SourceLocation("d.xlsx", Detail: "Desacuerdos!N5") };

        var consensus = Reconcile(new[] { ReconciliationRule.Median }, decision);

        var decided = Answer(consensus, "H1", "immigrants", Facet.Practice);
        Assert.Equal("partial", decided.Level);
        Assert.Equal(ProvenanceRule.Decision, decided.Provenance!.Rule);
        Assert.Empty(decided.Provenance.From);
        Assert.Equal("Acordado el 4 de mayo (government: extensive; civil-society: none)", decided.Provenance.Note);
    }

    [Fact]
    public void A_decision_off_the_scale_is_reported_where_it_was_entered()
    {
        var diagnostics = new List<Diagnostic>();
        var decision = new ReconciliationDecision(new ResponseKey("H1", "immigrants", Facet.Practice), ResponseStatus.Answered, "substantial") { Location = new SourceLocation("d.xlsx", Detail: "Desacuerdos!N5") };

        Reconcile(Array.Empty<ReconciliationRule>(), diagnostics, decision);

        var error = Assert.Single(diagnostics);
        Assert.Equal("REC021", error.Code);
        Assert.Equal("d.xlsx: Desacuerdos!N5", error.Location.ToString());
    }

    [Fact]
    public void The_consensus_records_its_sources_and_rules_and_leaves_the_teams_assessments_as_they_were()
    {
        var before = (AssessmentJson.Write(Government), AssessmentJson.Write(CivilSociety));

        var consensus = Reconcile(new[] { ReconciliationRule.WithinLevels(1) });

        Assert.Equal((AssessmentJson.Write(Government), AssessmentJson.Write(CivilSociety)), before);
        Assert.Equal(new[] { "government", "civil-society" }, consensus.Reconciliation!.Sources.Select(s => s.Id));
        Assert.Equal(new[] { "Ministerio del Interior.json", "Red de organizaciones.json" }, consensus.Reconciliation.Sources.Select(s => s.Path));
        Assert.Equal(Now, consensus.Reconciliation.ReconciledAt);
        Assert.Equal(new[] { Ministry, Network }, consensus.Assessors);
        Assert.All(consensus.Responses, r => Assert.NotNull(r.Provenance));
    }

    [Fact]
    public void A_consensus_round_trips_through_json_with_its_provenance()
    {
        var consensus = Reconcile(new[] { ReconciliationRule.WithinLevels(1), ReconciliationRule.RoleWins(AssessorRole.Independent) }) with { Reconciliation = null };
        consensus = consensus with { Reconciliation = Reconcile(new[] { ReconciliationRule.Median }).Reconciliation! with { DecisionsFile = "decisiones.xlsx" } };

        var read = AssessmentJson.Read(AssessmentJson.ToUtf8(consensus), "consensus.json");

        Assert.True(read.IsSuccess, string.Join("\n", read.Diagnostics));
        Assert.Equal(AssessmentJson.Write(consensus), AssessmentJson.Write(read.Value!));
        Assert.Equal(consensus.Responses.Select(r => r.Provenance), read.Value!.Responses.Select(r => r.Provenance), new ProvenanceComparer());
        Assert.Equal("decisiones.xlsx", read.Value.Reconciliation!.DecisionsFile);
    }

    [Fact]
    public void A_provenance_that_cites_no_source_or_has_no_reconciliation_is_an_error()
    {
        var consensus = Reconcile(Array.Empty<ReconciliationRule>());
        var wrong = consensus with { Responses = consensus.Responses.Select((r, i) => i == 0 ? r with { Provenance = r.Provenance! with { From = new[] { "goverment" } } } : r).ToList() };

        var cited = AssessmentJson.Read(AssessmentJson.ToUtf8(wrong), "c.json");
        var orphan = AssessmentJson.Read(AssessmentJson.ToUtf8(consensus with { Reconciliation = null }), "c.json");

        var error = Assert.Single(cited.Diagnostics, d => d.IsError);
        Assert.Equal("ASM042", error.Code);
        Assert.Contains("government", error.Hint!.ToString());
        Assert.Equal("ASM041", Assert.Single(orphan.Diagnostics, d => d.IsError).Code);
    }

    private sealed class ProvenanceComparer : IEqualityComparer<AnswerProvenance?>
    {
        public bool Equals(AnswerProvenance? x, AnswerProvenance? y) =>
            x is null ? y is null : y is not null && x.Rule == y.Rule && x.Note == y.Note && x.From.SequenceEqual(y.From);

        public int GetHashCode(AnswerProvenance? obj) => obj?.Rule.GetHashCode() ?? 0;
    }
}
