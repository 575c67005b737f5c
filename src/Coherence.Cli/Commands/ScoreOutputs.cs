using System.Collections.Generic;
using System.CommandLine;
using Coherence.Diagnostics;
using Coherence.Scoring;

namespace Coherence.Cli.Commands;

/// <summary>Extra outputs of <c>coherence score</c> (workbooks, reports), beyond the summary and the results JSON.</summary>
internal static class ScoreOutputs
{
    public static void AddOptions(Command command) => _ = command;

    public static IReadOnlyList<Diagnostic> Check(ParseResult parse, bool force)
    {
        _ = parse;
        _ = force;
        return new List<Diagnostic>();
    }

    public static IReadOnlyList<Diagnostic> Write(ParseResult parse, ScoreRun run, bool force)
    {
        _ = parse;
        _ = run;
        _ = force;
        return new List<Diagnostic>();
    }
}
