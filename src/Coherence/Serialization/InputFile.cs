using System;
using System.IO;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Serialization;

/// <summary>Reads a user's input file whole and hands its bytes to a reader; a file that cannot be read becomes a diagnostic.</summary>
internal static class InputFile
{
    /// <summary>Reads a file and parses its bytes.</summary>
    /// <typeparam name="T">What the reader builds.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="code">The diagnostic code for a file that cannot be read (<c>RUB000</c>, ...).</param>
    /// <param name="read">Parses the bytes; receives the path for its diagnostics.</param>
    /// <returns>What the reader returns, or a failure naming the file and why it cannot be read.</returns>
    public static Result<T> Read<T>(string path, string code, Func<byte[], string, Result<T>> read)
        where T : class
    {
        if (Directory.Exists(path))
        {
            return Result<T>.Failure(Diagnostic.Error(code, Phrase.Of("diag.folder-not-file"), new SourceLocation(path), Phrase.Of("hint.give-file")));
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Result<T>.Failure(Diagnostic.Error(code, Phrase.Of("diag.cannot-read", e.Message), new SourceLocation(path)));
        }

        return read(bytes, path);
    }
}
