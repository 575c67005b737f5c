using Xunit.Abstractions;

namespace Coherence.Tests.Support;

/// <summary>What a test does when a real client (LibreOffice, openpyxl, Chromium, jsonschema, R, pwsh) is missing.</summary>
internal static class RealClients
{
    /// <summary>Fails the test and says which client is missing and how to install it: a test that could not run never counts as passed.</summary>
    /// <remarks><c>.ci/run</c> installs every client; on another machine, install the one named, or run that script once.</remarks>
    public static void Skip(ITestOutputHelper output, string reason)
    {
        output.WriteLine("Not run, missing client: " + reason);
        throw new Xunit.Sdk.XunitException("Missing client (install it, or run .ci/run once): " + reason);
    }
}
