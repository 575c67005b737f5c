using System;
using System.Globalization;
using System.Threading.Tasks;

namespace Coherence.Cli;

/// <summary>The entry point of the <c>coherence</c> command.</summary>
internal static class Program
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected, CultureInfo.CurrentUICulture);
}
