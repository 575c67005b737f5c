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
        var inputs = new Argument<string[]>("inputs") { Description = "Assessment files or folders: the assessments two or more teams made of one country and period.", Arity = ArgumentArity.ZeroOrMore };
        Arguments.RefuseOptionLikeValues(inputs);
        var rules = new Option<string[]>("--rule")
        {
            Description = "A rule that settles cells on which the teams differ, tried in the order given: role:government, role:civil-society, role:independent (that role's answer wins), median (the median level; the lower of two), within:<k> (answers at most k levels apart take the median).",
            HelpName = "rule",
            AllowMultipleArgumentsPerToken = false,
        };
        rules.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (!ReconciliationRules.TryParse(token.Value, out _))
                {
                    result.AddError($"'{token.Value}' is not a rule; use {ReconciliationRules.Forms}.");
                }
            }
        });
        var output = new Option<string>("--output", "-o") { Description = "Write the consensus assessment (JSON, every answer with its provenance) to this file.", HelpName = "file.json" };
        var workbook = new Option<string>("--workbook") { Description = "Write the reconciliation workbook: a row per difference, each team's answer and evidence, a column for the agreed level.", HelpName = "file.xlsx" };
        var decisions = new Option<string>("--decisions") { Description = "Make the consensus from a filled reconciliation workbook (it carries the teams' assessments).", HelpName = "file.xlsx" };
        var rubric = new Option<string>("--rubric", "-r") { Description = "Use this rubric (bundled id or file) instead of the one the assessments name." };
        var password = new Option<string>("--protect-password") { Description = "Protect the workbook's sheets with this password (default: protected without password).", HelpName = "password" };
        var force = new Option<bool>("--force", "-f") { Description = "Replace output files that exist already (never a team's assessment)." };
        var language = RubricCommands.LanguageOption();
        var command = new Command("reconcile", "Reconcile the assessments several teams made of one country and period into a consensus assessment that records where every answer came from.")
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
                Language = parse.GetValue(language),
                Force = parse.GetValue(force),
            };
            var operation = new ReconcileOperation(context.Catalog, Readers.Loader(context.Catalog));
            var result = await context.WithProgress("Reading assessments", p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } reconciled && !context.Quiet)
            {
                Print(context, reconciled, options, Labels.Choose(options.Language));
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
