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

    /// <summary>Reads a whole file into a buffer from the shared pool, for readers that are done with it before returning.</summary>
    /// <param name="path">The file.</param>
    /// <param name="length">How many bytes of the buffer are the file's.</param>
    /// <returns>The buffer, to give back to <see cref="System.Buffers.ArrayPool{T}.Shared"/>, or <see langword="null"/> when the file cannot be read so (then <see cref="Read"/> says why).</returns>
    internal static byte[]? TryReadPooled(string path, out int length)
    {
        length = 0;
        byte[]? buffer = null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            if (stream.Length > int.MaxValue / 2)
            {
                return null;
            }

            var size = (int)stream.Length;
            buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, size));
            while (length < size)
            {
                var n = stream.Read(buffer, length, size - length);
                if (n == 0)
                {
                    break;
                }

                length += n;
            }

            // A file that grew while it was read is left to the plain reader.
            if (stream.ReadByte() != -1)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                return null;
            }

            return buffer;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            if (buffer is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }

            return null;
        }
    }
}
