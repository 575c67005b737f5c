using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Collections.Generic;
using System.Threading.Tasks;
using Coherence.Cli.Commands;
using Coherence.Localization;
using Coherence.Operations;

namespace Coherence.Cli;

/// <summary>Builds the command tree and runs it; tests call it in-process with their own writers.</summary>
internal static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive) =>
        RunAsync(args, output, error, interactive, CultureInfo.InvariantCulture);

    /// <summary>Runs the command line in the language of <c>--language</c>, else of the user's interface culture.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Where results go.</param>
    /// <param name="error">Where diagnostics go.</param>
    /// <param name="interactive">Whether a person watches a terminal.</param>
    /// <param name="interfaceCulture">The user's interface culture (from <c>LANG</c> and the like), which the entry point reads.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, CultureInfo interfaceCulture)
    {
        // The language is chosen before the command tree is built, so that help and every description are in it.
        var requested = RequestedLanguage(args);
        var texts = Texts.IsSupported(requested) ? Texts.For(requested) : Texts.For(interfaceCulture);
        var previous = CultureInfo.CurrentUICulture;
        // System.CommandLine's own words (usage, parse errors) follow the thread's UI culture.
        CultureInfo.CurrentUICulture = texts.Language == interfaceCulture.TwoLetterISOLanguageName ? interfaceCulture : CultureInfo.GetCultureInfo(texts.Language);
        try
        {
            return await RunAsync(args, output, error, interactive, texts).ConfigureAwait(false);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Finds the value of <c>--language</c> or <c>-l</c> among the arguments, before parsing.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    internal static string? RequestedLanguage(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if ((arg == "--language" || arg == "-l") && i + 1 < args.Length)
            {
                return args[i + 1];
            }

            foreach (var prefix in new[] { "--language=", "--language:", "-l=", "-l:" })
            {
                if (arg.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return arg.Substring(prefix.Length);
                }
            }
        }

        return null;
    }

    /// <summary>Finds the command a misspelt word most likely meant, among the subcommands of the last command recognised.</summary>
    /// <param name="parse">The failed parse.</param>
    /// <returns>The whole command line to suggest (<c>coherence workbook new</c>), or <see langword="null"/>.</returns>
    internal static string? SuggestCommand(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unmatched = parse.UnmatchedTokens.FirstOrDefault(t => !t.StartsWith("-", StringComparison.Ordinal));
        if (unmatched is null || command.Subcommands.Count == 0)
        {
            return null;
        }

        var names = command.Subcommands.SelectMany(c => c.Aliases.Prepend(c.Name)).ToList();
        if (Coherence.Diagnostics.DidYouMean.Find(unmatched, names) is not { } found)
        {
            return null;
        }

        var path = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            path.Insert(0, result.Command.Name);
        }

        path.Add(command.Subcommands.First(c => c.Name == found || c.Aliases.Contains(found)).Name);
        return string.Join(" ", path);
    }

    private static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool interactive, Texts texts)
    {
        var context = new CliContext(output, error, interactive, texts);
        var quiet = new Option<bool>("--quiet", "-q") { Description = texts["cli.option.quiet"], Recursive = true };
        var verbose = new Option<bool>("--verbose", "-v") { Description = texts["cli.option.verbose"], Recursive = true };

        // A root command is named after the executable, which is Coherence.Cli.dll under the tool shim:
        // a plain command named as users type it keeps the help right.
        var root = new Command("coherence", texts["cli.root"]);
        root.Options.Add(new HelpOption { Description = texts["cli.option.help"] });
        var version = new Option<bool>("--version") { Description = texts["cli.option.version"] };
        root.Options.Add(version);
        root.SetAction(parse =>
        {
            if (parse.GetValue(version))
            {
                output.WriteLine(ToolInfo.Version);
                return ExitCodes.Ok;
            }

            // No command is a usage mistake: the help goes to the error stream and the exit code says so, as for any other.
            root.Parse("--help").Invoke(new InvocationConfiguration { Output = error, Error = error });
            return ExitCodes.Usage;
        });
        root.Options.Add(quiet);
        root.Options.Add(verbose);
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
                error.WriteLine(texts.Format("cli.usage-error", parseError.Message));
            }

            if (SuggestCommand(parse) is { } suggestion)
            {
                error.WriteLine(texts.Format("cli.did-you-mean", suggestion));
            }

            error.WriteLine(texts["cli.usage-hint"]);
            return ExitCodes.Usage;
        }

        context.Quiet = parse.GetValue(quiet);
        context.Verbose = parse.GetValue(verbose) && !context.Quiet;
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parse.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
