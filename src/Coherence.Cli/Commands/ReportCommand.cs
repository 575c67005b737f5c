using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.Reports;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence report &lt;inputs...&gt; [--template name|path] [--language es|en] [--paper letter|a4] [--robustness result.json] (-o file | --out-dir folder)</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.option.assessments");
        var template = new Option<string>("--template", "-t")
        {
            Description = t["cli.report.template"],
            HelpName = "name|path",
        };
        var language = RubricCommands.LanguageOption(t);
        var output = new Option<string>("--output", "-o") { Description = t["cli.report.output"], HelpName = "file" };
        var outDir = new Option<string>("--out-dir") { Description = t["cli.report.out-dir"], HelpName = "folder" };
        var period = new Option<string>("--period") { Description = t["cli.report.period"] };
        var robustness = new Option<string>("--robustness") { Description = t["cli.report.robustness"], HelpName = "result.json" };
        var rubric = Arguments.Rubric(t);
        var force = Arguments.Force(t, "cli.report.force");
        var paper = new Option<string>("--paper") { Description = t["cli.report.paper"], HelpName = "letter|a4" };
        paper.AcceptOnlyFromAmong(ReportPaper.All.ToArray());
        var assessors = new Option<string>("--assessors") { Description = t["cli.report.assessors"], HelpName = "consensus|median" };
        assessors.AcceptOnlyFromAmong("consensus", "median");
        var command = new Command("report", t["cli.report"])
        {
            inputs, template, language, output, outDir, period, robustness, rubric, force, assessors, paper,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ReportOptions(parse.GetValue(inputs)!)
            {
                Template = parse.GetValue(template) ?? TemplateCatalog.CountryProfile,
                Language = parse.GetValue(language) ?? context.Language,
                Assessors = parse.GetValue(assessors) switch
                {
                    "consensus" => AssessorCombination.Consensus,
                    "median" => AssessorCombination.Median,
                    _ => AssessorCombination.Unspecified,
                },
                OutputPath = parse.GetValue(output),
                OutputDirectory = parse.GetValue(outDir),
                Period = parse.GetValue(period),
                Robustness = parse.GetValue(robustness),
                Rubric = parse.GetValue(rubric),
                Force = parse.GetValue(force),
                Paper = parse.GetValue(paper),
            };
            var operation = new ReportOperation(new ScoreOperation(context.Catalog, Readers.Loader(context.Catalog)));
            var result = await context.WithProgress(t["cli.progress.writing-reports"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } done && !context.Quiet)
            {
                // A folder of a thousand reports is listed in a line: each file only with --verbose.
                var listed = context.Verbose || done.Files.Count <= ManyReports ? done.Files.Count : 0;
                foreach (var file in done.Files.Take(listed))
                {
                    context.Output.WriteLine(t.Format("cli.wrote", file.Path));
                }

                if (done.Files.Count > listed)
                {
                    var folder = System.IO.Path.GetDirectoryName(done.Files[0].Path) is { Length: > 0 } d ? d : ".";
                    context.Output.WriteLine(t.Format("cli.wrote-many", done.Files.Count, folder));
                }
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }

    /// <summary>How many written reports are listed one per line; more are summed up in one line.</summary>
    internal const int ManyReports = 20;
}
