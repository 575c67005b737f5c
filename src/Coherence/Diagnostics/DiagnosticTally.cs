using System.Collections.Generic;

namespace Coherence.Diagnostics;

/// <summary>Counts diagnostics by kind and says which of them to keep: the first few of each kind, the rest only counted.</summary>
/// <typeparam name="TKey">What makes two diagnostics of a kind (code and file, code and column, …).</typeparam>
internal sealed class DiagnosticTally<TKey>
    where TKey : notnull
{
    private readonly int limit;
    private readonly Dictionary<TKey, (int Count, Diagnostic First)> counts = new();
    private readonly List<TKey> order = new();

    /// <summary>Initializes a new instance of the <see cref="DiagnosticTally{TKey}"/> class.</summary>
    /// <param name="limit">How many of one kind to keep.</param>
    public DiagnosticTally(int limit) => this.limit = limit;

    /// <summary>Counts a diagnostic and says whether it is among the first of its kind.</summary>
    /// <param name="key">Its kind.</param>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns><see langword="true"/> when it is to be kept.</returns>
    public bool Keep(TKey key, Diagnostic diagnostic)
    {
        if (!counts.TryGetValue(key, out var entry))
        {
            entry = (0, diagnostic);
            order.Add(key);
        }

        counts[key] = (entry.Count + 1, entry.First);
        return entry.Count < limit;
    }

    /// <summary>Gets the kinds that went over the limit, in the order first seen: the first of each and how many were not kept.</summary>
    /// <returns>The kinds.</returns>
    public IEnumerable<(TKey Key, Diagnostic First, int More)> Over()
    {
        foreach (var key in order)
        {
            var (count, first) = counts[key];
            if (count > limit)
            {
                yield return (key, first, count - limit);
            }
        }
    }

    /// <summary>Forgets every count.</summary>
    public void Clear()
    {
        counts.Clear();
        order.Clear();
    }
}
