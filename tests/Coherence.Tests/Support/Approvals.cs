using System;
using System.IO;
using Xunit;

namespace Coherence.Tests.Support;

/// <summary>
/// Golden-file checks: the text must equal <c>&lt;name&gt;.approved.&lt;ext&gt;</c> in an <c>Approved</c> folder of the tests' sources.
/// On a difference the text is written beside it as <c>.received.</c> and the test fails; to accept it, review the received file
/// and run the tests with <c>COHERENCE_APPROVE=1</c>, which overwrites the approved file.
/// </summary>
internal static class Approvals
{
    public static void Verify(string folder, string name, string received)
    {
        var directory = Path.Combine(TestRubrics.RepositoryRoot(), folder);
        var extension = Path.GetExtension(name);
        var stem = name.Substring(0, name.Length - extension.Length);
        var approvedPath = Path.Combine(directory, stem + ".approved" + extension);
        var receivedPath = Path.Combine(directory, stem + ".received" + extension);
        var text = received.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("COHERENCE_APPROVE") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(approvedPath, text);
            File.Delete(receivedPath);
            return;
        }

        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (approved == text)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(receivedPath, text);
        Assert.Fail(approved is null
            ? $"no approved file {approvedPath}; the output is in {receivedPath}. Review it, then run the tests with COHERENCE_APPROVE=1 to accept it."
            : $"the output differs from {approvedPath}; see {receivedPath} (diff them). If the change is intended, run the tests with COHERENCE_APPROVE=1 to accept it.");
    }
}
