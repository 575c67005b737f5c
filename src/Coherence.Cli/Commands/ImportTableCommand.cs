using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Localization;
using Coherence.Operations;

namespace Coherence.Cli.Commands;

/// <summary><c>coherence import-table &lt;file.csv&gt; --rubric r --unit-column c --period-column c -o dir</c>: one assessment file per unit and period of a wide table.</summary>
internal static class ImportTableCommand
{
    public static Command Create(CliContext context)
    {
        var t = context.Texts;
        var file = new Argument<string>("file") { Description = t["cli.import-table.file"] };
        var rubric = new Option<string>("--rubric", "-r") { Description = t["cli.import-table.rubric"], Required = true, HelpName = "id|file" };
        var unitColumn = new Option<string>("--unit-column") { Description = t["cli.import-table.unit-column"], Required = true, HelpName = "column" };
        var periodColumn = new Option<string>("--period-column") { Description = t["cli.import-table.period-column"], Required = true, HelpName = "column" };
        var map = new Option<string>("--map") { Description = t["cli.import-table.map"], HelpName = "file" };
        var skipUnit = new Option<string[]>("--skip-unit") { Description = t["cli.import-table.skip-unit"], HelpName = "code" };
        var unitCodes = new Option<string>("--unit-codes") { Description = t["cli.import-table.unit-codes"], HelpName = "file" };
        var output = new Option<string>("--output", "-o") { Description = t["cli.import-table.output"], Required = true, HelpName = "folder" };
        var force = Arguments.Force(t, "cli.import-table.force");
        var sheet = new Option<string[]>("--sheet") { Description = t["cli.import-table.sheet"], HelpName = "name|position" };
        var headerRow = new Option<int>("--header-row") { Description = t["cli.import-table.header-row"], HelpName = "row", DefaultValueFactory = _ => 1 };
        var headerRows = new Option<int>("--header-rows") { Description = t["cli.import-table.header-rows"], HelpName = "count", DefaultValueFactory = _ => 1 };
        var transposed = new Option<bool>("--transposed") { Description = t["cli.import-table.transposed"] };
        var na = new Option<string[]>("--na") { Description = t["cli.import-table.na"], HelpName = "text" };
        var skipEmptyUnits = new Option<bool>("--skip-empty-units") { Description = t["cli.import-table.skip-empty-units"] };
        var strict = new Option<bool>("--strict") { Description = t["cli.import-table.strict"] };
        var command = new Command("import-table", t["cli.import-table"])
        {
            file, rubric, unitColumn, periodColumn, map, skipUnit, unitCodes, output, force, sheet, headerRow, headerRows, transposed, na, skipEmptyUnits, strict,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ImportTableOptions(parse.GetValue(file)!, parse.GetValue(rubric)!, parse.GetValue(unitColumn)!, parse.GetValue(periodColumn)!, parse.GetValue(output)!)
            {
                MapPath = parse.GetValue(map),
                UnitCodesPath = parse.GetValue(unitCodes),
                SkipUnits = parse.GetValue(skipUnit) ?? System.Array.Empty<string>(),
                Force = parse.GetValue(force),
                Sheets = parse.GetValue(sheet) ?? System.Array.Empty<string>(),
                HeaderRow = parse.GetValue(headerRow),
                HeaderRows = parse.GetValue(headerRows),
                Transposed = parse.GetValue(transposed),
                MissingTokens = parse.GetValue(na) ?? System.Array.Empty<string>(),
                SkipEmptyUnits = parse.GetValue(skipEmptyUnits),
                Strict = parse.GetValue(strict),
                Language = t.Language,
            };
            var operation = new ImportTableOperation(context.Catalog);
            var result = await context.WithProgress(t["cli.progress.importing-table"], p => operation.RunAsync(options, p, cancellationToken)).ConfigureAwait(false);
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
        var t = context.Texts;
        context.Output.WriteLine(summary.Files.Count == 1
            ? t.Format("cli.import-table.done.one", Path.GetFileName(options.TablePath), options.OutputDirectory)
            : t.Format("cli.import-table.done", summary.Files.Count, Path.GetFileName(options.TablePath), options.OutputDirectory));
        var converted = import.Units.Where(u => !string.Equals(u.Key, u.Value.Value, System.StringComparison.Ordinal)).ToList();
        if (converted.Count > 0)
        {
            context.Output.WriteLine(t.Format("cli.import-table.units", converted.Select(u => $"{u.Key}={u.Value.Value}").ToList()));
        }

        if (import.SkippedRows.Count > 0)
        {
            context.Output.WriteLine(t.Format("cli.import-table.left-out", import.SkippedRows.Select(s => s.Value == 1 ? Phrase.Of("cli.import-table.unit-row", s.Key) : Phrase.Of("cli.import-table.unit-rows", s.Key, s.Value)).ToList()));
        }
    }
}
