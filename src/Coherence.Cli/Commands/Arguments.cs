using System;
using System.CommandLine;
using Coherence.Localization;

namespace Coherence.Cli.Commands;

/// <summary>The arguments and options several commands share, and their rules.</summary>
internal static class Arguments
{
    /// <summary>Makes the input files argument: one or more files or folders by default, a misspelt option among them refused.</summary>
    public static Argument<string[]> Inputs(Texts texts, string description, ArgumentArity? arity = null)
    {
        var inputs = new Argument<string[]>("inputs") { Description = texts[description], Arity = arity ?? ArgumentArity.OneOrMore };
        RefuseOptionLikeValues(inputs, texts);
        return inputs;
    }

    /// <summary>Makes <c>--rubric</c> (<c>-r</c>): a rubric id or file.</summary>
    public static Option<string> Rubric(Texts texts, string description = "cli.option.rubric-score") => new("--rubric", "-r") { Description = texts[description] };

    /// <summary>Makes <c>--force</c> (<c>-f</c>): outputs may replace existing files.</summary>
    public static Option<bool> Force(Texts texts, string description = "cli.option.force-outputs") => new("--force", "-f") { Description = texts[description] };

    /// <summary>Makes a misspelt option (<c>--jsn</c>) a usage error instead of a file name that does not exist.</summary>
    public static void RefuseOptionLikeValues(Argument<string[]> argument, Texts texts) =>
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("-", StringComparison.Ordinal) && token.Value.Length > 1)
                {
                    result.AddError(texts.Format("cli.unknown-option", token.Value));
                }
            }
        });
}
