using System.IO;
using System.Threading.Tasks;
using Coherence.Cli;

namespace Coherence.Tests.Support;

/// <summary>Runs the coherence command in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, interactive: false);
        return (code, output.ToString(), error.ToString());
    }
}
