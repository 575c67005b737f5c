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

    /// <summary>Gets or sets a value indicating whether existing files may be replaced.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Gets or sets a value indicating whether to write each report's FileInfo.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc/>
    protected override void EndProcessing()
    {
        var outDir = OutDir is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutDir);
        var outFile = OutFile is null ? null : SessionState.Path.GetUnresolvedProviderPathFromPSPath(OutFile);
        var count = ParameterSetName == PathSet ? GatheredPaths.Count : GatheredScores.Count;
        if (!ShouldProcess(outFile ?? outDir ?? "(no output)", $"Write {Template} reports for {count} input(s)"))
        {
            return;
        }

        var options = new ReportOptions(GatheredPaths.SelectMany(ResolvePath).ToList())
        {
            Template = TemplateArgument(Template),
            Language = Labels.Choose(Language, CultureInfo.CurrentUICulture),
            OutputPath = outFile,
            OutputDirectory = outDir,
            Period = Period,
            Rubric = Rubric is null ? null : RubricArgument(Rubric),
            Force = Force.IsPresent,
        };
        if (ParameterSetName == InputSet)
        {
            var diagnostics = new List<Diagnostic>();
            var run = PipedScores.ToRun(GatheredScores, Catalog, ResolveRubricOrStop(Rubric), TimeProvider.System, diagnostics);
            if (Report(diagnostics, outFile ?? outDir) || run is null)
            {
                return;
            }

            options = options with { Run = run };
        }

        var operation = new ReportOperation(new ScoreOperation(Catalog, Loader));
        var result = operation.RunAsync(options).GetAwaiter().GetResult();
        Report(result.Diagnostics, outFile ?? outDir);
        if (result.Value is { } done && PassThru.IsPresent)
        {
            WriteObject(done.Files.Select(f => new FileInfo(f.Path)), enumerateCollection: true);
        }
    }

    private string TemplateArgument(string template)
    {
        // A template file or folder is read relative to the PowerShell location; a name is passed as it is.
        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(template);
        return File.Exists(path) || Directory.Exists(path) ? path : template;
    }
}
