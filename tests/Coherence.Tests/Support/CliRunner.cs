using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Coherence.Cli;

namespace Coherence.Tests.Support;

/// <summary>Runs the coherence command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        RunAsync(CultureInfo.InvariantCulture, args);

    /// <summary>Runs the command as a user whose interface culture is the one given (as <c>LANG</c> sets it).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(CultureInfo interfaceCulture, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, interactive: false, interfaceCulture);
        return (code, output.ToString(), error.ToString());
    }
}
