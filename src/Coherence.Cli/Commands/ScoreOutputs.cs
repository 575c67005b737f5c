using System.Collections.Generic;
using System.CommandLine;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.Scoring;

namespace Coherence.Cli.Commands;

/// <summary>Extra outputs of <c>coherence score</c> (workbooks, reports), beyond the summary and the results JSON.</summary>
internal static class ScoreOutputs
{
    private static readonly Option<string> Xlsx = new("--xlsx") { Description = "Write the results as a workbook: summary matrix, gaps table, coverage, chart and method.", HelpName = "file.xlsx" };

    public static void AddOptions(Command command)
    {
        ReportOutputs.AddOptions(command);
        command.Options.Add(Xlsx);
    }

    /// <summary>Refuses, before any scoring, outputs that may not be written.</summary>
    public static IReadOnlyList<Diagnostic> Check(ParseResult parse, bool force)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(ReportOutputs.Check(parse, force));
        if (parse.GetValue(Xlsx) is { } xlsx)
        {
            diagnostics.AddRange(ExportResultsWorkbookOperation.Check(xlsx, force));
        }

        return diagnostics;
    }

    public static IReadOnlyList<Diagnostic> Write(ParseResult parse, ScoreRun run, bool force)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(ReportOutputs.Write(parse, run, force));
        if (parse.GetValue(Xlsx) is { } xlsx)
        {
            var language = Labels.Choose(parse.GetValue<string>("--language"));
            diagnostics.AddRange(ExportResultsWorkbookOperation.Run(new ExportResultsWorkbookOptions(run, xlsx) { Language = language, Force = force }).Diagnostics);
        }

        return diagnostics;
    }
}
