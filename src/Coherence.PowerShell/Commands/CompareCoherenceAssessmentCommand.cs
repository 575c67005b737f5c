using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Compare-CoherenceAssessment</c>: compares scored assessments against a reference (like <c>coherence compare</c>); one flat row per assessment, group and dimension, with its change from the reference.</summary>
[Cmdlet(VerbsData.Compare, "CoherenceAssessment", DefaultParameterSetName = InputSet)]
[OutputType(typeof(CoherenceComparison))]
public sealed class CompareCoherenceAssessmentCommand : ScoresCmdlet
{
    /// <summary>Gets or sets the reference assessment as <c>ISO3:period</c>; the first by country then period when omitted.</summary>
    [Parameter]
    [ValidatePattern("^[A-Za-z]{3}:.+$")]
    public string? Reference { get; set; }

    /// <summary>Gets or sets the language of country, group and dimension names (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var scored = GatherScores();
        var diagnostics = new List<Diagnostic>();

        // Piped scores carry the rubric they were computed with: one rubric for all of them needs no -Rubric, even from a file.
        var rubrics = scored.Select(s => s.Rubric).Distinct().ToList();
        var rubric = rubrics.Count == 1 ? rubrics[0] : ResolveRubricOrStop(Rubric);
        var comparison = new CompareOperation(Catalog, Loader).Compare(scored.Select(s => s.Score).ToList(), rubric, Reference, TimeProvider.System, diagnostics);
        Report(diagnostics, Reference);
        if (comparison is not null)
        {
            var language = Labels.Choose(Language, CultureInfo.CurrentUICulture);
            var assessments = scored.Select(s => s.Score.Assessment).GroupBy(CompareOperation.KeyOf).ToDictionary(g => g.Key, g => g.First());
            WriteObject(comparison.Rows.Select(r => new CoherenceComparison(r, assessments.TryGetValue(r.Key, out var a) ? a : null, comparison.Rubric, language)), enumerateCollection: true);
        }
    }
}
