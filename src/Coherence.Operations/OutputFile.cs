using System;
using System.Collections.Generic;
using System.IO;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Workbooks;

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

    /// <summary>Checks the outputs a command was asked for (<see langword="null"/> for one not asked), adding an error for each that may not be written.</summary>
    /// <param name="paths">The output paths, or <see langword="null"/> for outputs not asked for.</param>
    /// <param name="force">Whether existing files may be replaced.</param>
    /// <param name="diagnostics">Receives the errors.</param>
    internal static void CheckWritable(IEnumerable<string?> paths, bool force, List<Diagnostic> diagnostics)
    {
        foreach (var path in paths)
        {
            if (path is not null && CheckWritable(path, force) is { } refused)
            {
                diagnostics.Add(refused);
            }
        }
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
            RemoveOrphans(full);
            LiveTempFiles.Add(temp);
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

            LiveTempFiles.Remove(temp);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            return Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", Reason(e, temp, full)), new SourceLocation(path));
        }
        catch (WorkbookLimitException e)
        {
            // A workbook past what its format holds (WBK110): refused, and nothing left behind.
            TryDelete(temp);
            return Diagnostic.Error(e.Code, e.Reason, new SourceLocation(path, Detail: e.Where), e.Hint);
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

    /// <summary>Says why a file could not be written in the words of the file the user asked for, not of its temporary file.</summary>
    /// <param name="e">The failure.</param>
    /// <param name="temp">The temporary file's full path.</param>
    /// <param name="target">The target's full path.</param>
    /// <returns>The reason, naming the target: a phrase, or the system's words.</returns>
    internal static object Reason(Exception e, string temp, string target)
    {
        if (e is UnauthorizedAccessException)
        {
            return Phrase.Of("out.denied");
        }

        return e.Message.Replace(temp, target).Replace(Path.GetFileName(temp), Path.GetFileName(target));
    }

    /// <summary>Deletes the temporary files a killed run left beside a target: same name pattern, older than this run, and held open by no one.</summary>
    /// <param name="fullPath">The target's full path.</param>
    /// <remarks>
    /// A run that is killed (<c>kill -9</c>, a power cut) cannot clean up after itself; the next run that writes the same
    /// output does. A temporary file still being written by a concurrent run is locked, or newer than this run, and is left alone.
    /// </remarks>
    internal static void RemoveOrphans(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        DateTime started;
        try
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            started = process.StartTime.ToUniversalTime();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
        {
            return;
        }

        string[] candidates;
        try
        {
            candidates = Directory.GetFiles(folder, "." + Path.GetFileName(fullPath) + ".*.tmp");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var suffix = Path.GetFileName(candidate).Substring(Path.GetFileName(fullPath).Length + 2);
            if (suffix.Length != 12 || !IsHex(suffix.Substring(0, 8)))
            {
                // Only our own pattern: ".<name>.<8 hex digits>.tmp".
                continue;
            }

            try
            {
                if (File.GetLastWriteTimeUtc(candidate) >= started)
                {
                    continue;
                }

                // A writer holds its temporary file open without sharing; opening it so fails while it lives.
                using (new FileStream(candidate, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                }

                File.Delete(candidate);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use or not ours to delete: left alone.
            }
        }
    }

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deletes a file, if it can.</summary>
    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            LiveTempFiles.Remove(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary file is hidden and named as such.
        }
    }
}
