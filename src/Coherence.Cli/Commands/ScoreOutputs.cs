using System.Collections.Generic;
using System.CommandLine;
using Coherence.Diagnostics;
using Coherence.Scoring;

namespace Coherence.Cli.Commands;

/// <summary>Extra outputs of <c>coherence score</c> (workbooks, reports), beyond the summary and the results JSON.</summary>
internal static class ScoreOutputs
{
    public static void AddOptions(Command command) => ReportOutputs.AddOptions(command);

    public static IReadOnlyList<Diagnostic> Check(ParseResult parse, bool force)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(ReportOutputs.Check(parse, force));
        return diagnostics;
    }

    public static IReadOnlyList<Diagnostic> Write(ParseResult parse, ScoreRun run, bool force)
    {
        var diagnostics = new List<Diagnostic>();
        diagnostics.AddRange(ReportOutputs.Write(parse, run, force));
        return diagnostics;
    }
}
