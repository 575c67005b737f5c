using System.CommandLine;
using System.Linq;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence import &lt;workbooks...&gt; -o &lt;file.json|folder&gt;</c>: filled workbooks to assessment JSON.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Filled workbooks (.xlsx) or folders of them.", Arity = ArgumentArity.OneOrMore };
        Arguments.RefuseOptionLikeValues(inputs);
        var output = new Option<string>("--output", "-o") { Description = "The assessment JSON to write for one workbook, or a folder for several (ISO3-period.json).", Required = true, HelpName = "file.json|folder" };
        var rubric = new Option<string>("--rubric", "-r") { Description = "Read the workbooks against this rubric (bundled id or file) instead of the one each names." };
        var force = new Option<bool>("--force", "-f") { Description = "Replace JSON files that exist already." };
        var command = new Command("import", "Read filled workbooks and write their answers as assessment JSON.") { inputs, output, rubric, force };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ImportOptions(parse.GetValue(inputs)!, parse.GetValue(output)!)
            {
                Rubric = parse.GetValue(rubric),
                Force = parse.GetValue(force),
            };
            var operation = new ImportWorkbooksOperation(context.Catalog);
            var result = await context.WithProgress("Reading workbooks", p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } imported && !context.Quiet)
            {
                foreach (var workbook in imported)
                {
                    var a = workbook.Assessment;
                    context.Output.WriteLine($"{workbook.Input} -> {workbook.Output}: {a.Country.Value} {a.Period}, {a.Responses.Count} answers");
                }
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }
}
