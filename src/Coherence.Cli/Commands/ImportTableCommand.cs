using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence import-table &lt;file.csv&gt; --rubric r --unit-column c --period-column c -o dir</c>: one assessment file per unit and period of a wide table.</summary>
internal static class ImportTableCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The table: a CSV file with a row per unit and period and a column per indicator (see docs/table-import.md)." };
        var rubric = new Option<string>("--rubric", "-r") { Description = "The rubric the table answers: a bundled rubric's id or a rubric file.", Required = true, HelpName = "id|file" };
        var unitColumn = new Option<string>("--unit-column") { Description = "The header of the column with the unit (country) code: ISO 3166-1 alpha-3 or alpha-2.", Required = true, HelpName = "column" };
        var periodColumn = new Option<string>("--period-column") { Description = "The header of the column with the period (2016, 2025-S2).", Required = true, HelpName = "column" };
        var map = new Option<string>("--map") { Description = "A column map (CSV: column,indicator,facet,group) for headers that are not the rubric's ids.", HelpName = "file" };
        var skipUnit = new Option<string[]>("--skip-unit") { Description = "Leave out the rows of this unit code knowingly (repeat for several).", HelpName = "code" };
        var unitCodes = new Option<string>("--unit-codes") { Description = "A unit code file (CSV: unit,country) translating the table's unit codes to ISO 3166-1 alpha-3.", HelpName = "file" };
        var output = new Option<string>("--output", "-o") { Description = "The folder for the assessment files, <ISO3>-<period>.json; created when missing.", Required = true, HelpName = "folder" };
        var force = new Option<bool>("--force", "-f") { Description = "Replace assessment files that exist already." };
        var command = new Command("import-table", "Import a wide table (CSV) into assessment files, one per unit and period.")
        {
            file, rubric, unitColumn, periodColumn, map, skipUnit, unitCodes, output, force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ImportTableOptions(parse.GetValue(file)!, parse.GetValue(rubric)!, parse.GetValue(unitColumn)!, parse.GetValue(periodColumn)!, parse.GetValue(output)!)
            {
                MapPath = parse.GetValue(map),
                UnitCodesPath = parse.GetValue(unitCodes),
                SkipUnits = parse.GetValue(skipUnit) ?? System.Array.Empty<string>(),
                Force = parse.GetValue(force),
            };
            var operation = new ImportTableOperation(context.Catalog);
            var result = await context.WithProgress("Importing table", p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
            if (result.Value is { } summary && result.Succeeded && !context.Quiet)
            {
                Print(context, options, summary);
            }

            return context.Finish(result.Diagnostics);
        });
        return command;
    }

    private static void Print(CliContext context, ImportTableOptions options, ImportTableSummary summary)
    {
        var import = summary.Import;
        var count = summary.Files.Count.ToString(CultureInfo.InvariantCulture);
        context.Output.WriteLine($"Wrote {count} assessment file{(summary.Files.Count == 1 ? string.Empty : "s")} from {Path.GetFileName(options.TablePath)} to {options.OutputDirectory}.");
        var converted = import.Units.Where(u => !string.Equals(u.Key, u.Value.Value, System.StringComparison.Ordinal)).ToList();
        if (converted.Count > 0)
        {
            context.Output.WriteLine("Units read as: " + string.Join(", ", converted.Select(u => $"{u.Key}={u.Value.Value}")));
        }

        if (import.SkippedRows.Count > 0)
        {
            context.Output.WriteLine("Left out: " + string.Join(", ", import.SkippedRows.Select(s => $"{s.Key} ({s.Value.ToString(CultureInfo.InvariantCulture)} row{(s.Value == 1 ? string.Empty : "s")})")));
        }
    }
}
