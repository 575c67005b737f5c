using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Compares scored assessments of one rubric (a country across periods, or countries in one period) against a reference: the operation behind <c>coherence compare</c> and <c>Compare-CoherenceAssessment</c>.</summary>
public sealed class CompareOperation
{
    private readonly RubricCatalog catalog;
    private readonly AssessmentLoader loader;

    /// <summary>Initializes a new instance of the <see cref="CompareOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="loader">How assessment files are read.</param>
    public CompareOperation(RubricCatalog catalog, AssessmentLoader loader)
    {
        this.catalog = catalog;
        this.loader = loader;
    }

    /// <summary>Gets the key that names an assessment in comparisons, <c>ISO3:period</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The key, such as <c>XMA:2026</c>.</returns>
    public static string KeyOf(Assessment assessment) => assessment.Country.Value + ":" + assessment.Period;

    /// <summary>Compares scores already computed.</summary>
    /// <param name="scores">Two or more scores of assessments of one rubric, each country and period once.</param>
    /// <param name="rubricOverride">The rubric they were all scored with, or <see langword="null"/> to find the one each names among the bundled rubrics.</param>
    /// <param name="reference">The reference as <c>ISO3:period</c> (any letter case for the country), or <see langword="null"/> for the first by country then period.</param>
    /// <param name="clock">The clock that dates the comparison.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The comparison, or <see langword="null"/> when the scores cannot be compared.</returns>
    public Comparison? Compare(IReadOnlyList<AssessmentScore> scores, Rubric? rubricOverride, string? reference, TimeProvider clock, List<Diagnostic> diagnostics)
    {
        if (scores.Count < 2)
        {
            diagnostics.Add(Diagnostic.Error("CMP002", Phrase.Of("diag.CMP002", scores.Count), SourceLocation.None, Phrase.Of("hint.CMP002")));
            return null;
        }

        var rubric = RubricOf(scores, rubricOverride, diagnostics);
        if (rubric is null)
        {
            return null;
        }

        var ordered = scores
            .OrderBy(s => s.Assessment.Country.Value, StringComparer.Ordinal)
            .ThenBy(s => s.Assessment.Period, StringComparer.Ordinal)
            .ToList();
        var duplicates = ordered.GroupBy(s => KeyOf(s.Assessment), StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        foreach (var duplicate in duplicates)
        {
            var where = duplicate.Select(s => s.Assessment.Source?.Path is { } path ? (object)path : Phrase.Of("what.in-memory")).ToList();
            diagnostics.Add(Diagnostic.Error("CMP004", Phrase.Of("diag.CMP004", duplicate.Key, duplicate.Count(), where), new SourceLocation(duplicate.First().Assessment.Source?.Path), Phrase.Of("hint.CMP004")));
        }

        if (duplicates.Count > 0)
        {
            return null;
        }

        var keys = ordered.Select(s => KeyOf(s.Assessment)).ToList();
        var referenceScore = ordered[0];
        if (reference is not null)
        {
            var wanted = NormalizeKey(reference);
            var found = ordered.FirstOrDefault(s => KeyOf(s.Assessment) == wanted);
            if (found is null)
            {
                diagnostics.Add(Diagnostic.Error("CMP003", Phrase.Of("diag.CMP003", reference), SourceLocation.None, DidYouMean.Hint(wanted, keys)));
                return null;
            }

            referenceScore = found;
        }

        var referenceKey = KeyOf(referenceScore.Assessment);
        var engine = new ScoringEngine(rubric);
        var sequence = new List<AssessmentScore> { referenceScore };
        sequence.AddRange(ordered.Where(s => !ReferenceEquals(s, referenceScore)));
        var rows = new List<ComparisonRow>();
        foreach (var score in sequence)
        {
            foreach (var group in new string?[] { null }.Concat(rubric.Groups.Select(g => g.Id)))
            {
                foreach (var dimension in new string?[] { null }.Concat(rubric.Dimensions.Select(d => d.Id)))
                {
                    var aggregate = Find(score, group, dimension);
                    var baseline = Find(referenceScore, group, dimension);
                    var isReference = ReferenceEquals(score, referenceScore);
                    rows.Add(new ComparisonRow(
                        score.Assessment.Country,
                        score.Assessment.Period,
                        group,
                        dimension,
                        aggregate,
                        engine.Classify(aggregate),
                        referenceKey,
                        engine.Classify(baseline),
                        isReference ? null : Change(aggregate.Law, baseline.Law),
                        isReference ? null : Change(aggregate.Practice, baseline.Practice),
                        isReference ? null : Change(aggregate.NetGap, baseline.NetGap),
                        isReference ? null : Change(aggregate.Coherence, baseline.Coherence)));
                }
            }
        }

        return new Comparison(rubric, referenceKey, sequence.Select(s => KeyOf(s.Assessment)).ToList(), rows, clock.GetUtcNow(), ToolInfo.Version);
    }

    /// <summary>Runs the operation: reads and scores the assessments, compares them and writes the comparison JSON when asked.</summary>
    /// <param name="options">What to compare and where to write.</param>
    /// <param name="progress">Receives progress per file read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The comparison and every diagnostic; no value when nothing could be compared.</returns>
    public Task<OperationResult<Comparison>> RunAsync(ComparisonOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        if (options.JsonPath is not null && OutputFile.CheckWritable(options.JsonPath, options.Force) is { } refused)
        {
            diagnostics.Add(refused);
            return Task.FromResult(new OperationResult<Comparison>(null, diagnostics));
        }

        var scoring = new ScoreOperation(catalog, loader);
        var run = scoring.ScoreForComparison(options.Inputs, options.Rubric, options.Clock, diagnostics, progress, cancellationToken);
        if (run is null)
        {
            return Task.FromResult(new OperationResult<Comparison>(null, diagnostics));
        }

        // With an override every assessment was scored with that one rubric, the only one the run holds.
        var rubricOverride = options.Rubric is null ? null : run.Rubrics.Values.Single();
        var comparison = Compare(run.Scores, rubricOverride, options.Reference, options.Clock, diagnostics);
        if (comparison is not null && options.JsonPath is not null && OutputFile.Write(options.JsonPath, options.Force, stream => ComparisonJson.Write(stream, comparison)) is { } failed)
        {
            diagnostics.Add(failed);
        }

        return Task.FromResult(new OperationResult<Comparison>(comparison, diagnostics));
    }

    private static string NormalizeKey(string reference)
    {
        var colon = reference.IndexOf(':');
        if (colon < 0)
        {
            return reference.Trim();
        }

        var country = reference.Substring(0, colon).Trim();
        var period = reference.Substring(colon + 1).Trim();
        return (CountryCode.TryParse(country, out var code) ? code.Value : country) + ":" + period;
    }

    private static double? Change(double? value, double? baseline) => value is { } v && baseline is { } b ? v - b : null;

    private static Aggregate Find(AssessmentScore score, string? group, string? dimension)
    {
        var node = dimension is null ? score.Root : score.Root.Children.First(c => c.NodeId == dimension);
        return group is null ? node.Overall : node.ByGroup[group];
    }

    private Rubric? RubricOf(IReadOnlyList<AssessmentScore> scores, Rubric? rubricOverride, List<Diagnostic> diagnostics)
    {
        if (rubricOverride is not null)
        {
            return rubricOverride;
        }

        var ids = scores.Select(s => s.Assessment.Rubric.Id).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("CMP001", Phrase.Of("diag.CMP001", ids), SourceLocation.None, Phrase.Of("hint.CMP001")));
            return null;
        }

        var first = scores[0].Assessment;
        var rubric = catalog.Find(first.Rubric);
        if (rubric is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM030", Phrase.Of("diag.ASM030", first.Rubric.Id), new SourceLocation(first.Source?.Path, Detail: "rubric"), Phrase.Of("hint.ASM030")));
        }

        return rubric;
    }
}
