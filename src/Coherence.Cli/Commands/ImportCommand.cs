using System.CommandLine;
using System.Linq;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence import &lt;workbooks...&gt; -o &lt;file.json|folder&gt;</c>: filled workbooks to assessment JSON.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.import.inputs");
        var output = new Option<string>("--output", "-o") { Description = t["cli.import.output"], Required = true, HelpName = "file.json|folder" };
        var rubric = Arguments.Rubric(t, "cli.import.rubric");
        var force = Arguments.Force(t, "cli.import.force");
        var command = new Command("import", t["cli.import"]) { inputs, output, rubric, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ImportOptions(parse.GetValue(inputs)!, parse.GetValue(output)!)
            {
                Rubric = parse.GetValue(rubric),
                Force = parse.GetValue(force),
            };
            var operation = new ImportWorkbooksOperation(context.Catalog);
            var result = await context.WithProgress(t["cli.progress.reading-workbooks"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } imported && !context.Quiet)
            {
                foreach (var workbook in imported)
                {
                    var a = workbook.Assessment;
                    context.Output.WriteLine(t.Format("cli.import.done", workbook.Input, workbook.Output, a.Country.Value, a.Period, a.Responses.Count));
                }
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }
}
