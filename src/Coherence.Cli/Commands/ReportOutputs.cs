using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.Reports;
using Coherence.Scoring;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence score ... --reports &lt;folder&gt;</c>: HTML country profiles and regional comparisons from the scores just computed.</summary>
internal static class ReportOutputs
{
    private const string ReportsName = "--reports";

    public static void AddOptions(Command command) => command.Options.Add(new Option<string>(ReportsName)
    {
        Description = "Also write HTML reports into this folder: a profile per country and period (<ISO3>-<period>.html) and a comparison per period (regional-<period>.html).",
        HelpName = "folder",
    });

    public static IReadOnlyList<Diagnostic> Check(ParseResult parse, bool force)
    {
        _ = force;
        var folder = parse.GetValue<string>(ReportsName);
        return folder is not null && File.Exists(folder)
            ? new[] { Diagnostic.Error("REP010", "the reports folder is a file", new SourceLocation(folder), "give a folder for --reports") }
            : new List<Diagnostic>();
    }

    public static IReadOnlyList<Diagnostic> Write(ParseResult parse, ScoreRun run, bool force)
    {
        var folder = parse.GetValue<string>(ReportsName);
        if (folder is null)
        {
            return new List<Diagnostic>();
        }

        var language = Labels.Choose(parse.GetValue<string>("--language"));
        var renderer = new ReportRenderer();
        var operation = new ReportOperation(new ScoreOperation(new RubricCatalog(), new AssessmentLoader(new RubricCatalog())), renderer: renderer);
        var diagnostics = new List<Diagnostic>();
        foreach (var template in new[] { TemplateCatalog.CountryProfile, TemplateCatalog.RegionalComparison })
        {
            var options = new ReportOptions(System.Array.Empty<string>()) { Run = run, Template = template, Language = language, OutputDirectory = folder, Force = force };
            var result = operation.RunAsync(options).GetAwaiter().GetResult();
            diagnostics.AddRange(result.Diagnostics);
            if (!result.Succeeded)
            {
                break;
            }
        }

        return diagnostics.Distinct().ToList();
    }
}
