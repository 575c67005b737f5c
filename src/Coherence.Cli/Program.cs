using System.Globalization;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Coherence.Operations;

namespace Coherence.Cli;

/// <summary>The entry point of the <c>coherence</c> command.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        // Ctrl+C or a polite kill: the hidden temporary files of the outputs go before the process does.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => LiveTempFiles.DeleteAll());
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => LiveTempFiles.DeleteAll());
        return await CliApp.RunAsync(args, System.Console.Out, System.Console.Error, interactive: !System.Console.IsErrorRedirected, CultureInfo.CurrentUICulture).ConfigureAwait(false);
    }
}
