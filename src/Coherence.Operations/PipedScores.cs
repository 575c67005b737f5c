using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Agreement;
using Coherence.Localization;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>Gathers scores computed earlier (piped from <c>Measure-CoherenceGap</c>) into a run, with the rubrics they were scored against, for operations that publish runs.</summary>
public static class PipedScores
{
    /// <summary>Makes a run of scores computed earlier.</summary>
    /// <param name="scores">The scores.</param>
    /// <param name="catalog">Where the rubric each assessment names is found.</param>
    /// <param name="rubricOverride">The rubric all were scored with, or <see langword="null"/> to find the one each names among the bundled rubrics.</param>
    /// <param name="clock">The clock that dates the run.</param>
    /// <param name="diagnostics">Receives an error for each score whose rubric is not found.</param>
    /// <returns>The run, sorted by country then period like a run scored at once, or <see langword="null"/> when a rubric is missing or there are no scores.</returns>
    public static ScoreRun? ToRun(IReadOnlyList<AssessmentScore> scores, RubricCatalog catalog, Rubric? rubricOverride, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        if (scores.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.publish"), SourceLocation.None, Phrase.Of("hint.IN004.publish")));
            return null;
        }

        var rubrics = new Dictionary<string, Rubric>(StringComparer.Ordinal);
        foreach (var score in scores)
        {
            var reference = score.Assessment.Rubric;
            var rubric = rubricOverride ?? catalog.Find(reference);
            if (rubric is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM030", Phrase.Of("diag.ASM030", reference.Id), new SourceLocation(score.Assessment.Source?.Path, Detail: "rubric"), Phrase.Of("hint.ASM030.powershell")));
                continue;
            }

            rubrics[rubric.Id] = rubric;
        }

        if (diagnostics.Any(d => d.IsError))
        {
            return null;
        }

        // Scores of several teams for one country and period would be counted twice; as when scored at once, they are left out, with the choices.
        var leftOut = new HashSet<Assessment>();
        foreach (var set in AssessorSet.Gather(scores.Select(s => s.Assessment), new List<Diagnostic>()).Where(s => s.Assessments.Skip(1).Any()))
        {
            diagnostics.Add(AssessorSetScoring.LeftOut(set));
            leftOut.UnionWith(set.Assessments);
        }

        var ordered = scores
            .Where(s => !leftOut.Contains(s.Assessment))
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        if (ordered.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.publish-sets"), SourceLocation.None, Phrase.Of("hint.IN004.publish-sets")));
            return null;
        }

        return new ScoreRun(ordered, rubrics, clock.GetUtcNow(), ToolInfo.Version);
    }
}
