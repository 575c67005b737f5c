using System.Collections.Generic;
using System.CommandLine;

namespace Coherence.Cli.Commands;

/// <summary>The commands beyond rubric and score: table import, workbooks and reports.</summary>
internal static class ExtraCommands
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return ImportTableCommand.Create(context);
        yield return CompareCommand.Create(context);
        yield return AgreeCommand.Create(context);
        yield return ReconcileCommand.Create(context);
        yield return RobustnessCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return WorkbookCommands.Create(context);
        yield return ImportCommand.Create(context);
    }
}
