using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Scores of small assessments, and their results workbooks.</summary>
internal static class ResultsWorkbookFixture
{
    public static ScoreRun Run(Rubric rubric, params (string Country, IEnumerable<Response> Responses)[] assessments)
    {
        var list = assessments.Select(a => new Assessment(CountryCode.Parse(a.Country), "2026", RubricReference.Of(rubric), a.Responses.ToList())
        {
            Source = new AssessmentSource(a.Country + "-2026.xlsx", new string('a', 64)),
        });
        return new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())).Score(list, rubric, new FixedClock(), new List<Diagnostic>());
    }

    public static void Write(string path, Rubric rubric, IEnumerable<Response> responses, string language = "es")
    {
        var result = ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(Run(rubric, ("GTM", responses)), path) { Language = language });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Workbooks.Now;
    }
}
