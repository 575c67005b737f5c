using System;
using System.CommandLine;
using System.Linq;
using Coherence.Localization;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence workbook new</c>: the rubric workbook a team fills.</summary>
internal static class WorkbookCommands
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var workbook = new Command("workbook", t["cli.workbook"]);
        workbook.Subcommands.Add(New(context));
        return workbook;
    }

    private static Command New(CliContext context)
    {
        var t = context.Texts;
        var rubric = new Option<string>("--rubric", "-r") { Description = t["cli.option.rubric-id"], Required = true };
        var country = new Option<string>("--country", "-c") { Description = t["cli.workbook.country"], HelpName = "ISO3" };
        var period = new Option<string>("--period", "-p") { Description = t["cli.workbook.period"], HelpName = "label" };
        var language = new Option<string>("--language", "-l") { Description = t.Format("cli.workbook.language", string.Join("|", Texts.Supported)), HelpName = string.Join("|", Texts.Supported) };
        var countryName = new Option<string>("--country-name") { Description = t["cli.workbook.country-name"], HelpName = "name" };
        var assessor = new Option<string>("--assessor") { Description = t["cli.workbook.assessor"], HelpName = "name" };
        var organization = new Option<string>("--organization") { Description = t["cli.workbook.organization"], HelpName = "org" };
        var role = new Option<string>("--role") { Description = t["cli.workbook.role"], HelpName = "role" };
        role.AcceptOnlyFromAmong("government", "civil-society", "independent");
        var from = new Option<string>("--from") { Description = t["cli.workbook.from"], HelpName = "file" };
        var output = new Option<string>("--output", "-o") { Description = t["cli.workbook.output"], HelpName = "file.xlsx" };
        var batch = new Option<string>("--batch") { Description = t["cli.workbook.batch"], HelpName = "list.csv" };
        var outDir = new Option<string>("--out-dir") { Description = t["cli.workbook.out-dir"], HelpName = "folder" };
        var force = Arguments.Force(t, "cli.workbook.force");
        var password = new Option<string>("--protect-password") { Description = t["cli.workbook.password"], HelpName = "password" };
        var paper = PaperOption.Create(t);
        var command = new Command("new", t["cli.workbook.new"])
        {
            rubric, country, countryName, period, language, assessor, organization, role, from, output, force, password, paper, batch, outDir,
        };
        command.Validators.Add(result =>
        {
            // One workbook needs --country, --period and --output; a batch needs --batch and --out-dir, and reads the rest from its list.
            var needed = result.GetValue(batch) is null ? new Option[] { country, period, output } : new Option[] { outDir };
            foreach (var option in needed.Where(o => result.GetResult(o) is null))
            {
                result.AddError(t.Format("cli.workbook.needs", option.Name));
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(batch) is { } list)
            {
                var batchOptions = new BatchWorkbookOptions(parse.GetValue(rubric)!, list, parse.GetValue(outDir)!)
                {
                    Period = parse.GetValue(period),
                    Language = parse.GetValue(language),
                    ProtectPassword = ProtectPassword(parse.GetValue(password), context),
                    Force = parse.GetValue(force),
                    Paper = PaperOption.Read(parse.GetValue(paper)),
                };
                var operation = new BatchWorkbookOperation(context.Catalog);
                var batchResult = await context.WithProgress(t["cli.progress.writing-workbooks"], p => operation.RunAsync(batchOptions, p, cancellationToken)).ConfigureAwait(false);
                if (batchResult.Value is { } written && !context.Quiet)
                {
                    context.Output.WriteLine(t.Format("cli.workbook.batch-written", written.Paths.Count, batchOptions.OutputFolder));
                }

                return context.Finish(batchResult.Diagnostics.ToList());
            }

            var options = new NewWorkbookOptions(parse.GetValue(rubric)!, parse.GetValue(country)!, parse.GetValue(period)!, parse.GetValue(output)!)
            {
                Language = parse.GetValue(language),
                CountryName = parse.GetValue(countryName),
                AssessorName = parse.GetValue(assessor),
                Organization = parse.GetValue(organization),
                Role = parse.GetValue(role),
                From = parse.GetValue(from),
                ProtectPassword = ProtectPassword(parse.GetValue(password), context),
                Force = parse.GetValue(force),
                Paper = PaperOption.Read(parse.GetValue(paper)),
            };
            var result = await new NewWorkbookOperation(context.Catalog).RunAsync(options, null, cancellationToken).ConfigureAwait(false);
            if (result.Value is { } made && !context.Quiet)
            {
                context.Output.WriteLine(options.From is null ? t.Format("cli.workbook.written", made.Path) : t.Format("cli.workbook.written-carried", made.Path, made.Carried));
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }

    /// <summary>The variable a password can be given in, so that it never shows in the process list.</summary>
    internal const string PasswordVariable = "COHERENCE_PROTECT_PASSWORD";

    /// <summary>Gets the sheet password: the option's value; <c>-</c> to type it at a prompt (or read a line from standard input); else the environment variable.</summary>
    internal static string? ProtectPassword(string? given, CliContext context)
    {
        if (given is null)
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
            return string.IsNullOrEmpty(fromEnvironment) ? null : fromEnvironment;
        }

        if (given != "-")
        {
            return given;
        }

        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        context.Error.Write(context.Texts["cli.workbook.password-prompt"]);
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (typed.Length > 0)
                {
                    typed.Length--;
                }

                continue;
            }

            typed.Append(key.KeyChar);
        }

        context.Error.WriteLine();
        return typed.ToString();
    }
}
