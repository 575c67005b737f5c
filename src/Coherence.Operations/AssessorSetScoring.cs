using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>Chooses what to score of the assessments of each country and period: one assessment as it is; several teams' as the user said.</summary>
internal static class AssessorSetScoring
{
    /// <summary>Gets the assessments to score.</summary>
    /// <param name="assessments">The assessments read.</param>
    /// <param name="combination">How to score a country and period several teams assessed.</param>
    /// <param name="rubricOf">Finds the rubric of an assessment, or <see langword="null"/>.</param>
    /// <param name="clock">Dates a consensus made by the median rule.</param>
    /// <param name="diagnostics">Receives duplicates (ASM031), sets left out (ASM032) and missing consensus (ASM033, ASM034).</param>
    /// <returns>The assessments to score, in the order read.</returns>
    public static IReadOnlyList<Assessment> Select(IEnumerable<Assessment> assessments, AssessorCombination combination, Func<Assessment, Rubric?> rubricOf, TimeProvider clock, List<Diagnostic> diagnostics) =>
        Select(AssessorSet.Gather(assessments, diagnostics), combination, rubricOf, clock, diagnostics);

    /// <summary>Gets the assessments to score of sets already gathered.</summary>
    /// <param name="sets">The sets.</param>
    /// <param name="combination">How to score a country and period several teams assessed.</param>
    /// <param name="rubricOf">Finds the rubric of an assessment, or <see langword="null"/>.</param>
    /// <param name="clock">Dates a consensus made by the median rule.</param>
    /// <param name="diagnostics">Receives sets left out (ASM032) and missing consensus (ASM033, ASM034).</param>
    /// <returns>The assessments to score, in the order of the sets.</returns>
    public static IReadOnlyList<Assessment> Select(IEnumerable<AssessorSet> sets, AssessorCombination combination, Func<Assessment, Rubric?> rubricOf, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        var chosen = new List<Assessment>();
        foreach (var set in sets)
        {
            var all = set.Assessments.ToList();
            if (all.Count == 1)
            {
                chosen.Add(all[0]);
                continue;
            }

            var where = new SourceLocation(all[0].Source?.Path);
            switch (combination)
            {
                case AssessorCombination.ByRole:
                    chosen.AddRange(set.Raters.Select(r => r.Assessment));
                    break;
                case AssessorCombination.Consensus when set.Consensus.Count == 1:
                    chosen.Add(set.Consensus[0]);
                    break;
                case AssessorCombination.Consensus when set.Consensus.Count == 0:
                    diagnostics.Add(Diagnostic.Error("ASM033", Phrase.Of("diag.ASM033", set.Country.Value, set.Period, all.Count), where, Phrase.Of("hint.ASM033")));
                    break;
                case AssessorCombination.Consensus:
                    diagnostics.Add(Diagnostic.Error("ASM034", Phrase.Of("diag.ASM034", set.Country.Value, set.Period, set.Consensus.Count, Paths(set.Consensus)), where, Phrase.Of("hint.ASM034")));
                    break;
                case AssessorCombination.Median when set.Raters.Count > 0:
                    if (rubricOf(set.Raters[0].Assessment) is { } rubric)
                    {
                        chosen.Add(new ReconciliationEngine(rubric).Reconcile(set with { Consensus = Array.Empty<Assessment>() }, new[] { ReconciliationRule.Median }, new Dictionary<ResponseKey, ReconciliationDecision>(), clock.GetUtcNow(), diagnostics));
                    }
                    else
                    {
                        // The rubric is missing: scoring one of them reports it, located, as for any assessment.
                        chosen.Add(set.Raters[0].Assessment);
                    }

                    break;
                default:
                    diagnostics.Add(LeftOut(set));
                    break;
            }
        }

        return chosen;
    }

    /// <summary>The warning for a country and period that several teams assessed, scored without saying how to combine them.</summary>
    /// <param name="set">The set.</param>
    /// <returns>The warning, with the choices.</returns>
    public static Diagnostic LeftOut(AssessorSet set)
    {
        // Teams named by their role in the reader's language where they have one ("Gobierno", "Sociedad civil"), else by id.
        var teams = set.Raters
            .Select(r => Phrase.Of("diag.ASM032.team", r.Role is { } role ? Phrase.Of("label.role." + AssessorRoleNames.Of(role)) : r.Id, r.Label))
            .ToList();
        var first = set.Assessments.First();
        var consensus = set.Consensus.Count > 0;
        return Diagnostic.Warning(
            "ASM032",
            Phrase.Of(consensus ? "diag.ASM032.consensus" : "diag.ASM032", set.Country.Value, set.Period, set.Raters.Count, teams),
            new SourceLocation(first.Source?.Path),
            Phrase.Of(consensus ? "hint.ASM032.consensus" : "hint.ASM032"));
    }

    private static List<string> Paths(IEnumerable<Assessment> assessments) => assessments.Select(a => a.Source?.Path ?? "-").ToList();
}
