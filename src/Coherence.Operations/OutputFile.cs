using System;
using System.IO;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Operations;

/// <summary>Writes output files safely: never over an existing file without <c>force</c>, and atomically (a temporary file, then a rename).</summary>
public static class OutputFile
{
    /// <summary>Checks that a file may be written: it does not exist, or <paramref name="force"/> allows overwriting it.</summary>
    /// <param name="path">The output path.</param>
    /// <param name="force">Whether an existing file may be replaced.</param>
    /// <returns>An error when it may not be written, else <see langword="null"/>.</returns>
    public static Diagnostic? CheckWritable(string path, bool force)
    {
        if (Directory.Exists(path))
        {
            return Diagnostic.Error("OUT001", Phrase.Of("diag.OUT001"), new SourceLocation(path), Phrase.Of("hint.OUT001"));
        }

        if (File.Exists(path) && !force)
        {
            return Diagnostic.Error("OUT002", Phrase.Of("diag.OUT002"), new SourceLocation(path), Phrase.Of("hint.OUT002"));
        }

        return null;
    }

    /// <summary>Writes a file atomically: the content goes to a temporary file beside it, which then replaces the target.</summary>
    /// <param name="path">The output path.</param>
    /// <param name="force">Whether an existing file may be replaced.</param>
    /// <param name="write">Writes the content to a stream.</param>
    /// <returns>An error when the file could not or may not be written, else <see langword="null"/>.</returns>
    /// <remarks>When <paramref name="write"/> fails, the temporary file is deleted and any previous file is left intact.</remarks>
    public static Diagnostic? Write(string path, bool force, Action<Stream> write)
    {
        if (CheckWritable(path, force) is { } refused)
        {
            return refused;
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = TempFor(full);
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(true);
            }

            if (File.Exists(full))
            {
                if (!force)
                {
                    // Someone created it meanwhile: still never overwrite without force.
                    File.Delete(temp);
                    return CheckWritable(path, force);
                }

                File.Replace(temp, full, null);
            }
            else
            {
                File.Move(temp, full);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", e.Message), new SourceLocation(path));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes bytes to a file atomically.</summary>
    /// <param name="path">The output path.</param>
    /// <param name="force">Whether an existing file may be replaced.</param>
    /// <param name="bytes">The content.</param>
    /// <returns>An error when the file could not or may not be written, else <see langword="null"/>.</returns>
    public static Diagnostic? Write(string path, bool force, byte[] bytes) => Write(path, force, s => s.Write(bytes, 0, bytes.Length));

    /// <summary>Gets a new temporary file name beside a target: hidden, and named as temporary.</summary>
    internal static string TempFor(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath) ?? ".", "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");

    /// <summary>Deletes a file, if it can.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary file is hidden and named as such.
        }
    }
}
