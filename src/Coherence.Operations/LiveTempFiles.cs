using System;
using System.Collections.Concurrent;

namespace Coherence.Operations;

/// <summary>The temporary files this process is writing, deleted when it exits before putting them in place (Ctrl+C, SIGTERM).</summary>
/// <remarks>
/// Cancellation usually reaches the writers, which delete their own files; but a command line that exits on Ctrl+C
/// without waiting for them would leave hidden files behind. This is the one process-wide list, because exiting is.
/// </remarks>
internal static class LiveTempFiles
{
    private static readonly ConcurrentDictionary<string, byte> Files = new(StringComparer.Ordinal);
    private static readonly object Gate = new();
    private static bool exiting;

    static LiveTempFiles()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteAll();
    }

    /// <summary>Notes a temporary file that is about to be written.</summary>
    /// <exception cref="OperationCanceledException">The process is exiting: no new file may be started.</exception>
    public static void Add(string path)
    {
        lock (Gate)
        {
            if (exiting)
            {
                throw new OperationCanceledException();
            }

            Files.TryAdd(path, 0);
        }
    }

    /// <summary>Forgets a temporary file that was put in place or deleted.</summary>
    public static void Remove(string path) => Files.TryRemove(path, out _);

    /// <summary>Deletes every temporary file not yet put in place; no new one may be started afterwards.</summary>
    internal static void DeleteAll()
    {
        lock (Gate)
        {
            // Writers still running may not start another file after this.
            exiting = true;
        }

        foreach (var path in Files.Keys)
        {
            OutputFile.TryDelete(path);
        }
    }
}
