using System;
using System.Globalization;
using System.Collections.Generic;
using System.IO;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.Operations;

/// <summary>The output files of one operation, written to hidden temporary files beside their targets and put in place together at the end, or not at all.</summary>
/// <remarks>
/// Nothing replaces a target until <see cref="Commit"/>; disposing without committing deletes every temporary file, so that a
/// run that fails or is cancelled half-way leaves the targets as they were. A target that appeared meanwhile is still never
/// replaced without force.
/// </remarks>
internal sealed class PendingOutputs : IDisposable
{
    private readonly bool force;
    private readonly List<PendingFile> files = new();
    private readonly HashSet<string> targets = new(StringComparer.Ordinal);

    public PendingOutputs(bool force) => this.force = force;

    /// <summary>Gets how many files are pending.</summary>
    public int Count => files.Count;

    /// <summary>Gets whether a target is pending already.</summary>
    public bool Contains(string path) => targets.Contains(Path.GetFullPath(path));

    /// <summary>Opens the temporary file of a target for writing; the stream stays open until <see cref="Commit"/>.</summary>
    /// <returns>An error when the file cannot be created, else <see langword="null"/>.</returns>
    public Diagnostic? Open(string path, out Stream? stream)
    {
        stream = null;
        var file = new PendingFile(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file.Target) ?? ".");
            OutputFile.RemoveOrphans(file.Target);
            LiveTempFiles.Add(file.Temp);
            file.Stream = new FileStream(file.Temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", OutputFile.Reason(e, file.Temp, file.Target)), new SourceLocation(path));
        }

        files.Add(file);
        targets.Add(file.Target);
        stream = file.Stream;
        return null;
    }

    /// <summary>Writes a whole file to its temporary file at once.</summary>
    /// <returns>An error when the file cannot be written, else <see langword="null"/>.</returns>
    public Diagnostic? Write(string path, Action<Stream> write)
    {
        if (Open(path, out var stream) is { } failed)
        {
            return failed;
        }

        var file = files[files.Count - 1];
        try
        {
            write(stream!);
            Close(file);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", OutputFile.Reason(e, file.Temp, file.Target)), new SourceLocation(path));
        }
    }

    /// <summary>Closes every file, checks every target once more, then puts each file in place.</summary>
    /// <returns>The problems; when any target may not be replaced, none is, and every temporary file is deleted.</returns>
    public IReadOnlyList<Diagnostic> Commit()
    {
        var problems = new List<Diagnostic>();
        foreach (var file in files)
        {
            try
            {
                Close(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", OutputFile.Reason(e, file.Temp, file.Target)), new SourceLocation(file.Path)));
            }
        }

        foreach (var file in files)
        {
            // Someone may have created a target meanwhile: still never overwrite without force.
            if (OutputFile.CheckWritable(file.Target, force) is { } refused)
            {
                problems.Add(refused with { Location = new SourceLocation(file.Path) });
            }
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        foreach (var file in files)
        {
            try
            {
                if (File.Exists(file.Target))
                {
                    File.Replace(file.Temp, file.Target, null);
                }
                else
                {
                    File.Move(file.Temp, file.Target);
                }

                file.Placed = true;
                LiveTempFiles.Remove(file.Temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(Diagnostic.Error("OUT003", Phrase.Of("diag.OUT003", OutputFile.Reason(e, file.Temp, file.Target)), new SourceLocation(file.Path)));
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var file in files)
        {
            if (file.Placed)
            {
                continue;
            }

            try
            {
                file.Stream?.Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The file is deleted next; what could not be flushed does not matter.
            }

            OutputFile.TryDelete(file.Temp);
        }

        files.Clear();
        targets.Clear();
    }

    private static void Close(PendingFile file)
    {
        if (file.Stream is { } stream)
        {
            file.Stream = null;
            try
            {
                stream.Flush(true);
            }
            finally
            {
                stream.Dispose();
            }
        }
    }

    private sealed class PendingFile
    {
        public PendingFile(string path)
        {
            Path = path;
            Target = System.IO.Path.GetFullPath(path);
            Temp = OutputFile.TempFor(Target);
        }

        public string Path { get; }

        public string Target { get; }

        public string Temp { get; }

        public FileStream? Stream { get; set; }

        public bool Placed { get; set; }
    }
}
