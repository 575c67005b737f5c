using System.CommandLine;
using System.Linq;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence workbook new</c>: the rubric workbook a team fills.</summary>
internal static class WorkbookCommands
{
    public static Command Create(CliContext context)
    {
        var workbook = new Command("workbook", "Make the rubric workbooks that teams fill in Excel or LibreOffice Calc.");
        workbook.Subcommands.Add(New(context));
        return workbook;
    }

    private static Command New(CliContext context)
    {
        var rubric = new Option<string>("--rubric", "-r") { Description = "A bundled rubric's id or a rubric file.", Required = true };
        var country = new Option<string>("--country", "-c") { Description = "The country's ISO 3166-1 alpha-3 code (GTM, MEX, ...).", Required = true, HelpName = "ISO3" };
        var period = new Option<string>("--period", "-p") { Description = "The period the assessment covers (2026, 2025-S2, ...).", Required = true, HelpName = "label" };
        var language = new Option<string>("--language", "-l") { Description = "Language of the workbook: es or en (default: the rubric's first language).", HelpName = "es|en" };
        var assessor = new Option<string>("--assessor") { Description = "Name of the person who leads the assessment.", HelpName = "name" };
        var organization = new Option<string>("--organization") { Description = "The assessor's organization.", HelpName = "org" };
        var role = new Option<string>("--role") { Description = "On whose behalf the team rates: government, civil-society or independent.", HelpName = "role" };
        role.AcceptOnlyFromAmong("government", "civil-society", "independent");
        var from = new Option<string>("--from") { Description = "A previous round's workbook or assessment JSON: its answers are written in advance.", HelpName = "file" };
        var output = new Option<string>("--output", "-o") { Description = "The workbook to write (.xlsx).", Required = true, HelpName = "file.xlsx" };
        var force = new Option<bool>("--force", "-f") { Description = "Replace the workbook if it exists already." };
        var password = new Option<string>("--protect-password") { Description = "Protect the sheets with this password (default: protected without password).", HelpName = "password" };
        var command = new Command("new", "Make a workbook to fill: instructions, a sheet per migrant group, progress and descriptors.")
        {
            rubric, country, period, language, assessor, organization, role, from, output, force, password,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new NewWorkbookOptions(parse.GetValue(rubric)!, parse.GetValue(country)!, parse.GetValue(period)!, parse.GetValue(output)!)
            {
                Language = parse.GetValue(language),
                AssessorName = parse.GetValue(assessor),
                Organization = parse.GetValue(organization),
                Role = parse.GetValue(role),
                From = parse.GetValue(from),
                ProtectPassword = parse.GetValue(password),
                Force = parse.GetValue(force),
            };
            var result = await new NewWorkbookOperation(context.Catalog).RunAsync(options, null, cancellationToken).ConfigureAwait(false);
            if (result.Value is { } made && !context.Quiet)
            {
                var carried = options.From is null ? string.Empty : $" ({made.Carried} answers carried over)";
                context.Output.WriteLine($"{made.Path}: workbook written{carried}");
            }

            return context.Finish(result.Diagnostics.ToList());
        });
        return command;
    }
}
