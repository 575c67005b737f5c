using System;
using System.CommandLine;
using Coherence.Localization;

namespace Coherence.Cli.Commands;

/// <summary>Shared argument rules.</summary>
internal static class Arguments
{
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
