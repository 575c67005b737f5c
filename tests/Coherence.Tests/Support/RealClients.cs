using System;
using Xunit.Abstractions;

namespace Coherence.Tests.Support;

/// <summary>What a test does when a real client (LibreOffice, openpyxl, Chromium, jsonschema) is missing.</summary>
internal static class RealClients
{
    /// <summary>Says plainly that the test did not run, and why; under CI, where <c>.ci/run</c> installs the clients, fails instead.</summary>
    public static void Skip(ITestOutputHelper output, string reason)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new Xunit.Sdk.XunitException("Required under CI, but missing: " + reason);
        }

        output.WriteLine("Skipped: " + reason);
    }
}
