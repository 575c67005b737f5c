using System.CommandLine;
using System.CommandLine.Help;
using System.Linq;
using System.IO;
using System.Threading.Tasks;
using Coherence.Cli.Commands;
using Coherence.Operations;

namespace Coherence.Cli;

/// <summary>Builds the command tree and runs it; tests call it in-process with their own writers.</summary>
internal static class CliApp
{
    public static readonly Option<bool> QuietOption = new("--quiet", "-q") { Description = "Print only errors and the requested output.", Recursive = true };

    public static readonly Option<bool> VerboseOption = new("--verbose", "-v") { Description = "Print progress per file and informational messages.", Recursive = true };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive)
    {
        var context = new CliContext(output, error, interactive);
        // A root command is named after the executable, which is Coherence.Cli.dll under the tool shim:
        // a plain command named as users type it keeps the help right.
        var root = new Command("coherence", "coherence: measure the gap between migration law and its implementation, per country and migrant group.");
        root.Options.Add(new HelpOption());
        var version = new Option<bool>("--version") { Description = "Print the version and exit." };
        root.Options.Add(version);
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                output.WriteLine(ToolInfo.Version);
                return ExitCodes.Ok;
            }

            return root.Parse("--help").Invoke(new InvocationConfiguration { Output = output, Error = error });
        });
        root.Options.Add(QuietOption);
        root.Options.Add(VerboseOption);
        root.Subcommands.Add(RubricCommands.Create(context));
        root.Subcommands.Add(ScoreCommand.Create(context));
        foreach (var command in ExtraCommands.Create(context))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var parseError in parse.Errors)
            {
                error.WriteLine("error: " + parseError.Message);
            }

            error.WriteLine("Run 'coherence --help' for usage.");
            return ExitCodes.Usage;
        }

        context.Quiet = parse.GetValue(QuietOption);
        context.Verbose = parse.GetValue(VerboseOption) && !context.Quiet;
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }

}
