using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Serialization;
using Spectre.Console;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence reconcile &lt;inputs...&gt; [--rule r]... [-o consensus.json] [--workbook file.xlsx]</c>, and <c>coherence reconcile --decisions file.xlsx -o consensus.json</c>.</summary>
internal static class ReconcileCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var inputs = Arguments.Inputs(t, "cli.reconcile.inputs", ArgumentArity.ZeroOrMore);
        var rules = new Option<string[]>("--rule")
        {
            Description = t["cli.reconcile.rule"],
            HelpName = "rule",
            AllowMultipleArgumentsPerToken = false,
        };
        rules.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!ReconciliationRules.TryParse(token.Value, out _))
                {
                    result.AddError(t.Format("cli.reconcile.bad-rule", token.Value, ReconciliationRules.Forms));
                }
            }
        });
        var output = new Option<string>("--output", "-o") { Description = t["cli.reconcile.output"], HelpName = "file.json" };
        var workbook = new Option<string>("--workbook") { Description = t["cli.reconcile.workbook"], HelpName = "file.xlsx" };
        var decisions = new Option<string>("--decisions") { Description = t["cli.reconcile.decisions"], HelpName = "file.xlsx" };
        var rubric = Arguments.Rubric(t);
        var password = new Option<string>("--protect-password") { Description = t["cli.reconcile.password"], HelpName = "password" };
        var force = Arguments.Force(t, "cli.reconcile.force");
        var language = RubricCommands.LanguageOption(t);
        var command = new Command("reconcile", t["cli.reconcile"])
        {
            inputs, rules, output, workbook, decisions, rubric, password, force, language,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var parsed = (parse.GetValue(rules) ?? System.Array.Empty<string>()).Select(r => ReconciliationRules.TryParse(r, out var rule) ? rule : null).OfType<ReconciliationRule>().ToList();
            var options = new ReconcileOptions(parse.GetValue(inputs) ?? System.Array.Empty<string>())
            {
                Rules = parsed,
                OutputPath = parse.GetValue(output),
                WorkbookPath = parse.GetValue(workbook),
                DecisionsPath = parse.GetValue(decisions),
                Rubric = parse.GetValue(rubric),
                Password = parse.GetValue(password),
                Language = parse.GetValue(language) ?? context.Language,
                Force = parse.GetValue(force),
            };
            var operation = new ReconcileOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress(t["cli.progress.reading-assessments"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } reconciled && !context.Quiet)
            {
                Print(context, reconciled, options, options.Language ?? context.Language);
            }

            return context.Finish(result.Diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, ReconcileResult result, ReconcileOptions options, string language)
    {
        var words = new AgreementWords(language);
        var labels = new Labels(language);
        var consensus = result.Consensus;
        context.Console.WriteLine($"{words["consensus"]}: {consensus.Country.Value} · {consensus.Period} · {string.Join(" + ", result.Agreement.Raters.Select(r => r.Id))}");
        var lines = new List<(string, int)>
        {
            (words["disagreements"], result.Disagreements),
            ("  " + words["settled"], result.Settled),
            ("  " + words["decided"], result.Decided),
            ("  " + words["unresolved"], result.Unresolved),
        };
        foreach (var (text, count) in lines)
        {
            context.Console.WriteLine($"{text}: {count.ToString(labels.Culture)}");
        }

        foreach (var file in new[] { options.OutputPath, options.WorkbookPath }.Where(f => f is not null))
        {
            context.Console.WriteLine(words.Format("written", file!));
        }
    }
}
