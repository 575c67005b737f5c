using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Reports;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Renders reports once every assessment is scored: each profile with its region and its previous round, each period's comparison from what was kept of its countries.</summary>
/// <remarks>Reports go to <see cref="PendingOutputs"/>, so that none is put in place unless every one could be written.</remarks>
internal sealed class ReportPublisher
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ReportRenderer renderer;
    private readonly ReportTemplate? profile;
    private readonly ReportTemplate? comparison;
    private readonly string? outputPath;
    private readonly string? outputDirectory;
    private readonly string? period;
    private readonly string language;
    private readonly string? paper;
    private readonly bool force;
    private readonly DateTimeOffset generatedAt;
    private readonly ScoreSource source;
    private readonly SortedDictionary<string, List<ComparedAssessment>> periods = new(StringComparer.Ordinal);
    private readonly SortedSet<string> allPeriods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Rubric> rubrics = new(StringComparer.Ordinal);
    private readonly List<ReportFile> files = new();

    // Profiles wait for the whole run: each one shows the other countries of its period and its own previous round.
    private readonly List<ScoredAssessment> pending = new();
    private readonly Dictionary<string, List<ScoredAssessment>> rounds = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Period, string Rubric), List<ComparedAssessment>> peers = new();
    private int profiles;

    public ReportPublisher(ReportRenderer renderer, ReportTemplate? profile, ReportTemplate? comparison, string? outputPath, string? outputDirectory, string? period, string language, bool force, DateTimeOffset generatedAt, DateTimeOffset scoredAt, string? paper = null)
    {
        this.paper = paper;
        this.renderer = renderer;
        this.profile = profile;
        this.comparison = comparison;
        this.outputPath = outputPath;
        this.outputDirectory = outputDirectory;
        this.period = period;
        this.language = language;
        this.force = force;
        this.generatedAt = generatedAt;
        source = new ScoreSource(ToolInfo.Version, scoredAt);
    }

    /// <summary>Gets whether a report could not be written: nothing should be put in place.</summary>
    public bool Failed { get; private set; }

    /// <summary>Gets or sets a robustness result whose rank intervals the comparisons show, or <see langword="null"/>.</summary>
    public RobustnessSummary? Robustness { get; set; }

    /// <summary>Gets the reports written so far, in order.</summary>
    public IReadOnlyList<ReportFile> Files => files;

    /// <summary>Keeps one assessment for its profile, rendered once the run is complete, and what its period's comparison needs.</summary>
    public void Add(ScoredAssessment item, PendingOutputs outputs, List<Diagnostic> diagnostics)
    {
        var assessment = item.Score.Assessment;
        allPeriods.Add(assessment.Period);
        if (profile is not null)
        {
            if (!rounds.TryGetValue(assessment.Country.Value, out var own))
            {
                own = new List<ScoredAssessment>();
                rounds.Add(assessment.Country.Value, own);
            }

            own.Add(item);
            if (!peers.TryGetValue((assessment.Period, item.Rubric.Id), out var others))
            {
                others = new List<ComparedAssessment>();
                peers.Add((assessment.Period, item.Rubric.Id), others);
            }

            others.Add(ComparedAssessment.From(item.Score, item.Rows, item.Rubric, item.Panel));
        }

        if (period is not null && !string.Equals(assessment.Period, period, StringComparison.Ordinal))
        {
            return;
        }

        if (comparison is not null)
        {
            if (!periods.TryGetValue(assessment.Period, out var countries))
            {
                countries = new List<ComparedAssessment>();
                periods.Add(assessment.Period, countries);
            }

            countries.Add(ComparedAssessment.From(item.Score, item.Rows, item.Rubric, item.Panel));
            rubrics[item.Rubric.Id] = item.Rubric;
        }

        if (profile is null)
        {
            return;
        }

        profiles++;
        if (outputPath is not null && profiles > 1)
        {
            // One file for several profiles is refused at the end, when the count is known.
            return;
        }

        var path = outputPath ?? Path.Combine(outputDirectory!, ReportOperation.ProfileFileName(assessment.Country.Value, assessment.Period, profile.Extension));
        if (OutputFile.CheckWritable(path, force) is { } refused)
        {
            diagnostics.Add(refused);
            Failed = true;
            return;
        }

        pending.Add(item);
    }

    private void WriteProfiles(PendingOutputs outputs, List<Diagnostic> diagnostics)
    {
        foreach (var item in pending)
        {
            var assessment = item.Score.Assessment;
            var path = outputPath ?? Path.Combine(outputDirectory!, ReportOperation.ProfileFileName(assessment.Country.Value, assessment.Period, profile!.Extension));
            var others = peers.TryGetValue((assessment.Period, item.Rubric.Id), out var all)
                ? all.Where(c => !string.Equals(c.Assessment.Country.Value, assessment.Country.Value, StringComparison.Ordinal)).ToList()
                : new List<ComparedAssessment>();
            var previous = rounds[assessment.Country.Value]
                .Where(r => string.Equals(r.Rubric.Id, item.Rubric.Id, StringComparison.Ordinal) && string.CompareOrdinal(r.Score.Assessment.Period, assessment.Period) < 0)
                .OrderByDescending(r => r.Score.Assessment.Period, StringComparer.Ordinal)
                .FirstOrDefault();
            var context = new ProfileContext(others, previous is null ? null : (previous.Score, previous.Rows, previous.Rubric));
            Write(path, profile!, ReportModels.Profile(item.Score, item.Rows, item.Rubric, source, language, generatedAt, item.Panel, context), new ReportFile(path, ReportKind.CountryProfile, assessment.Period, assessment.Country.Value), outputs, diagnostics);
        }

        pending.Clear();
    }

    /// <summary>Reports what could only be checked once every assessment was seen, then renders the profiles and the comparisons.</summary>
    /// <remarks>Once anything failed, comparisons are only checked, not rendered.</remarks>
    public void Complete(PendingOutputs outputs, List<Diagnostic> diagnostics)
    {
        if (period is not null && !allPeriods.Contains(period))
        {
            diagnostics.Add(Diagnostic.Error("REP004", Phrase.Of("diag.REP004", period), SourceLocation.None, Phrase.Of("hint.REP004", allPeriods.ToList())));
            Failed = true;
            return;
        }

        if (profile is not null && outputPath is not null && profiles != 1)
        {
            var count = profiles.ToString(CultureInfo.InvariantCulture);
            diagnostics.Add(Diagnostic.Error("REP002", Phrase.Of("diag.REP002", count), new SourceLocation(outputPath), Phrase.Of("hint.REP002")));
            Failed = true;
            return;
        }

        if (profile is not null && !Failed)
        {
            WriteProfiles(outputs, diagnostics);
        }

        if (comparison is null)
        {
            return;
        }

        if (outputPath is not null && periods.Count > 1)
        {
            diagnostics.Add(Diagnostic.Error("REP003", Phrase.Of("diag.REP003", periods.Count, periods.Keys.ToList()), new SourceLocation(outputPath), Phrase.Of("hint.REP003")));
            Failed = true;
            return;
        }

        foreach (var pair in periods)
        {
            var ids = pair.Value.Select(c => c.RubricId).Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 1)
            {
                diagnostics.Add(Diagnostic.Error("REP007", Phrase.Of("diag.REP007", pair.Key, ids.ToList()), SourceLocation.None, Phrase.Of("hint.REP007")));
                Failed = true;
            }
        }

        foreach (var pair in periods)
        {
            var path = outputPath ?? Path.Combine(outputDirectory!, ReportOperation.ComparisonFileName(pair.Key, comparison.Extension));
            if (Failed && OutputFile.CheckWritable(path, force) is null)
            {
                continue;
            }

            var model = ReportModels.Comparison(pair.Value, rubrics[pair.Value[0].RubricId], pair.Key, source, language, generatedAt);
            if (Robustness is { } robustness)
            {
                if (!Matches(robustness, rubrics[pair.Value[0].RubricId], model, diagnostics))
                {
                    Failed = true;
                    continue;
                }

                model = model with { Robustness = RobustnessViews.Build(robustness, model, language) };
            }

            Write(path, comparison, model, new ReportFile(path, ReportKind.RegionalComparison, pair.Key, null), outputs, diagnostics);
        }
    }

    /// <summary>Checks that a robustness result was made with the comparison's rubric and covers its period and countries.</summary>
    private static bool Matches(RobustnessSummary robustness, Rubric rubric, RegionalComparisonModel model, List<Diagnostic> diagnostics)
    {
        var file = new SourceLocation(robustness.Path, Detail: "rubric");
        if (!string.Equals(robustness.RubricId, rubric.Id, StringComparison.Ordinal) || !string.Equals(robustness.RubricVersion, rubric.Version, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("REP014", Phrase.Of("diag.REP014", robustness.RubricId, robustness.RubricVersion, rubric.Id, rubric.Version), file, Phrase.Of("hint.REP014")));
            return false;
        }

        var theirs = RobustnessViews.Overall(robustness, model.Period).Select(r => r.Country.Value).ToList();
        if (theirs.Count == 0)
        {
            var covered = robustness.Ranks.Select(r => r.Period).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            diagnostics.Add(Diagnostic.Error("REP015", Phrase.Of("diag.REP015", model.Period, covered), new SourceLocation(robustness.Path, Detail: "ranks"), Phrase.Of("hint.REP015")));
            return false;
        }

        var ours = model.Countries.Select(c => c.Country.Code).ToList();
        if (!new HashSet<string>(theirs, StringComparer.Ordinal).SetEquals(ours))
        {
            diagnostics.Add(Diagnostic.Warning("REP016", Phrase.Of("diag.REP016", model.Period, theirs.Count, ours.Count), new SourceLocation(robustness.Path, Detail: "ranks"), Phrase.Of("hint.REP016")));
        }

        return true;
    }

    private void Write(string path, ReportTemplate template, ReportModel model, ReportFile file, PendingOutputs outputs, List<Diagnostic> diagnostics)
    {
        if (paper is not null)
        {
            model = model with { Paper = paper };
        }

        if (OutputFile.CheckWritable(path, force) is { } refused)
        {
            diagnostics.Add(refused);
            Failed = true;
            return;
        }

        if (outputs.Contains(path))
        {
            diagnostics.Add(Diagnostic.Error("OUT005", Phrase.Of("diag.OUT005"), new SourceLocation(path), Phrase.Of("hint.OUT005")));
            Failed = true;
            return;
        }

        IReadOnlyList<Diagnostic> rendered = Array.Empty<Diagnostic>();
        var failed = outputs.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8, 1 << 16, leaveOpen: true);
            rendered = renderer.Render(template, model, writer);
        });
        diagnostics.AddRange(rendered);
        if (failed is not null)
        {
            diagnostics.Add(failed);
        }

        if (failed is not null || rendered.Any(d => d.IsError))
        {
            Failed = true;
            return;
        }

        files.Add(file);
    }
}
