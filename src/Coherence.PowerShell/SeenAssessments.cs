using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;

using Coherence.Localization;

namespace Coherence.PowerShell;

/// <summary>The countries and periods a pipeline has seen, so that a second assessment of one country and period is refused wherever in the pipeline it comes.</summary>
/// <remarks>One assessment per country and period, as in <c>coherence score</c>: a second one would be counted twice in every table, workbook and comparison.</remarks>
internal sealed class SeenAssessments
{
    private readonly Dictionary<(string Country, string Period), Assessment> seen = new();

    /// <summary>Admits an assessment the first time its country and period come.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns><see langword="null"/> when admitted; else the error ASM031, located at the second assessment's file.</returns>
    public Diagnostic? Admit(Assessment assessment)
    {
        var key = (assessment.Country.Value, assessment.Period);
        if (seen.TryGetValue(key, out var first))
        {
            return ReferenceEquals(first, assessment)
                ? null
                : Diagnostic.Error(
                    "ASM031",
                    Phrase.Of("diag.ASM031", key.Item1, key.Item2),
                    new SourceLocation(assessment.Source?.Path),
                    first.Source?.Path is { } path && path == assessment.Source?.Path
                        ? Phrase.Of("hint.ASM031.same-file")
                        : ByAnotherTeam(first, assessment) ? Phrase.Of("hint.ASM031.teams", first.Source?.Path ?? "-")
                        : first.Source?.Path is { } firstPath ? Phrase.Of("hint.ASM031", firstPath) : Phrase.Of("hint.ASM031.memory"));
        }

        seen.Add(key, assessment);
        return null;
    }

    // Two teams' assessments of one country and period are a set to compare or reconcile, not a mistake to correct.
    private static bool ByAnotherTeam(Assessment first, Assessment second) =>
        Agreement.AssessorSet.Gather(new[] { first, second }, new List<Diagnostic>()).Single().Assessments.Count() == 2;
}
