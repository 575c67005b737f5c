using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Operations;
using Coherence.Reports;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence report &lt;inputs...&gt; [--template name|path] [--language es|en] (-o file | --out-dir folder)</c>.</summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Assessment files or folders.", Arity = ArgumentArity.OneOrMore };
        Arguments.RefuseOptionLikeValues(inputs);
        var template = new Option<string>("--template", "-t")
        {
            Description = "country-profile (default) or regional-comparison, optionally with .html or .md; or the path of your own template file or folder (see docs/templates.md).",
            HelpName = "name|path",
        };
        var language = RubricCommands.LanguageOption();
        var output = new Option<string>("--output", "-o") { Description = "Write one report to this file; .html or .md sets the format.", HelpName = "file" };
        var outDir = new Option<string>("--out-dir") { Description = "Write one report per country and period (<ISO3>-<period>), or one comparison per period (regional-<period>), into this folder.", HelpName = "folder" };
        var period = new Option<string>("--period") { Description = "Report on this period only; needed for one comparison file when the inputs cover several periods." };
        var rubric = new Option<string>("--rubric", "-r") { Description = "Score with this rubric (bundled id or file) instead of the one each assessment names." };
        var force = new Option<bool>("--force", "-f") { Description = "Replace files that exist already." };
        var command = new Command("report", "Write country profiles or a regional comparison, in HTML or Markdown, Spanish or English.")
        {
            inputs, template, language, output, outDir, period, rubric, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ReportOptions(parse.GetValue(inputs)!)
            {
                Template = parse.GetValue(template) ?? TemplateCatalog.CountryProfile,
                Language = Labels.Choose(parse.GetValue(language)),
                OutputPath = parse.GetValue(output),
                OutputDirectory = parse.GetValue(outDir),
                Period = parse.GetValue(period),
                Rubric = parse.GetValue(rubric),
                Force = parse.GetValue(force),
            };
            var operation = new ReportOperation(new ScoreOperation(context.Catalog, Readers.Loader(context.Catalog)));
            var result = await context.WithProgress("Writing reports", p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } done && !context.Quiet)
            {
                foreach (var file in done.Files)
                {
                    context.Output.WriteLine("wrote " + file.Path);
                }
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }
}
