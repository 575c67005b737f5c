using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.PowerShell.Completion;
using Coherence.Reports;
using Coherence.Scoring;

namespace Coherence.PowerShell.Commands;

/// <summary><c>Export-CoherenceReport</c>: writes country profiles or regional comparisons, in HTML or Markdown, Spanish or English (like <c>coherence report</c>).</summary>
/// <remarks>
/// With -OutDir each report is its own file and its own step: -WhatIf and -Confirm name each file, a file that may not be written
/// (it exists, without -Force) is one error, and the other reports are written. Of the files given with -Path, each is read and
/// scored on its own, and one that cannot be is an error that leaves the others in.
/// </remarks>
[Cmdlet(VerbsData.Export, "CoherenceReport", SupportsShouldProcess = true, DefaultParameterSetName = InputSet)]
[OutputType(typeof(FileInfo))]
public sealed class ExportCoherenceReportCommand : ScoresCmdlet
{
    /// <summary>Gets or sets the folder for one report per country and period (profiles) or per period (comparisons).</summary>
    [Parameter]
    public string? OutDir { get; set; }

    /// <summary>Gets or sets the one file to write; .html or .md sets the format.</summary>
    [Parameter]
    public string? OutFile { get; set; }

    /// <summary>Gets or sets the template: country-profile (default) or regional-comparison, optionally with .html or .md, or a template file or folder.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(TemplateCompleter))]
    public string Template { get; set; } = TemplateCatalog.CountryProfile;

    /// <summary>Gets or sets the reports' language (es, en); the interface language when omitted.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(LanguageCompleter))]
    public string? Language { get; set; }

    /// <summary>Gets or sets the period to report on; every period of the inputs when omitted.</summary>
    [Parameter]
    public string? Period { get; set; }

    /// <summary>Gets or sets the paper the reports print on: Letter or A4; Letter for Spanish reports and A4 for English ones when omitted.</summary>
    [Parameter]
    [ValidateSet("Letter", "A4", IgnoreCase = true)]
    public string? Paper { get; set; }

    /// <summary>Gets or sets a robustness result (<c>coherence robustness --json</c>) whose rank intervals the regional comparison shows; profiles ignore it.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Robustness { get; set; }

    /// <summary>Gets or sets a value indicating whether existing files may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write each report as <c>Get-Item</c> would.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var outDir = OutDir is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutDir);
        var outFile = OutFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var target = outFile ?? outDir;
        if ((outFile is null) == (outDir is null))
        {
            var message = Phrase.Of(outFile is null ? "diag.REP001.none" : "diag.REP001.both");
            Report(new[] { Diagnostic.Error("REP001", message, SourceLocation.None, Phrase.Of("hint.REP001")) }, target);
            return;
        }

        var template = TemplateArgument(Template);
        var resolved = new TemplateCatalog().Resolve(template, outFile is null ? null : TemplateCatalog.FormatOf(outFile));
        if (Report(resolved.Diagnostics, Template) || resolved.Value is not { } chosen)
        {
            return;
        }

        var run = ToRun(GatherScores(), target);
        if (run is null)
        {
            return;
        }

        var operation = new ReportOperation(new ScoreOperation(Catalog, Loader));
        var options = new ReportOptions(Array.Empty<string>())
        {
            Template = template,
            Language = Labels.Choose(Language, CultureInfo.CurrentUICulture),
            Period = Period,
            Force = Force.IsPresent,
            Paper = Paper?.ToLowerInvariant(),
            Robustness = Robustness is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(Robustness),
        };
        if (outFile is not null)
        {
            if (ShouldProcess(outFile, WhatOf(chosen.Kind, run.Scores)))
            {
                Write(operation, options with { Run = run, OutputPath = outFile }, outFile);
            }

            return;
        }

        var planned = Plan(chosen, run, outDir!);
        if (planned is null)
        {
            return;
        }

        foreach (var (path, scores) in planned)
        {
            if (ShouldProcess(path, WhatOf(chosen.Kind, scores)))
            {
                Write(operation, options with { Run = run with { Scores = scores }, OutputPath = path, Period = null }, path);
            }
        }
    }

    private static string WhatOf(ReportKind kind, IReadOnlyList<AssessmentScore> scores) => kind == ReportKind.CountryProfile
        ? "Write the country profile of " + string.Join(", ", scores.Select(s => s.Assessment.Country.Value + " " + s.Assessment.Period))
        : "Write the regional comparison of " + scores.Count.ToString(CultureInfo.InvariantCulture) + " assessment(s) of " + string.Join(", ", scores.Select(s => s.Assessment.Period).Distinct());

    // One report per country and period (profiles) or per period (comparisons), named as coherence report names them.
    private List<(string Path, IReadOnlyList<AssessmentScore> Scores)>? Plan(ReportTemplate template, ScoreRun run, string folder)
    {
        var scores = run.Scores.ToList();
        if (Period is { } period)
        {
            var periods = scores.Select(s => s.Assessment.Period).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList();
            if (!periods.Contains(period, StringComparer.Ordinal))
            {
                Report(new[] { Diagnostic.Error("REP004", Phrase.Of("diag.REP004", period), SourceLocation.None, Phrase.Of("hint.REP004", periods.ToList())) }, period);
                return null;
            }

            scores = scores.Where(s => s.Assessment.Period == period).ToList();
        }

        return template.Kind == ReportKind.CountryProfile
            ? scores.Select(s => (System.IO.Path.Combine(folder, ReportOperation.ProfileFileName(s.Assessment.Country.Value, s.Assessment.Period, template.Extension)), (IReadOnlyList<AssessmentScore>)new[] { s })).ToList()
            : scores.GroupBy(s => s.Assessment.Period, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (System.IO.Path.Combine(folder, ReportOperation.ComparisonFileName(g.Key, template.Extension)), (IReadOnlyList<AssessmentScore>)g.ToList()))
                .ToList();
    }

    private void Write(ReportOperation operation, ReportOptions options, string target)
    {
        var result = operation.RunAsync(options).GetAwaiter().GetResult();
        if (Report(result.Diagnostics, target) || result.Value is not { } done || !PassThru.IsPresent)
        {
            return;
        }

        foreach (var file in done.Files)
        {
            WriteItem(file.Path);
        }
    }

    private string TemplateArgument(string template)
    {
        // A template file or folder is read relative to the PowerShell location; a name is passed as it is.
        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(template);
        return File.Exists(path) || Directory.Exists(path) ? path : template;
    }
}
