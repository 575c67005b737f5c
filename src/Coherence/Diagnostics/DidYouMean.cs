using System;
using System.Collections.Generic;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>Finds the closest known name to a misspelt one, for "did you mean ...?" hints.</summary>
internal static class DidYouMean
{
    private const int MaxNameLength = 256;

    /// <summary>Finds the candidate closest to a name, if it is close enough to be a likely typo.</summary>
    /// <param name="name">What the user wrote.</param>
    /// <param name="candidates">The names that would have been valid.</param>
    /// <returns>The closest candidate, or <see langword="null"/> when none is close.</returns>
    /// <remarks>Comparison ignores case; a candidate qualifies when its edit distance is at most a third of its length (at least 1), or when one contains the other.</remarks>
    public static string? Find(string name, IEnumerable<string> candidates)
    {
        if (name.Length > MaxNameLength)
        {
            // A megabyte of text is no typo of a short id; comparing it with every name only costs time and memory.
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        var lowered = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            var distance = Distance(lowered, candidate.ToLowerInvariant());
            var allowed = Math.Max(1, candidate.Length / 3);
            var related = lowered.Length >= 3 && (candidate.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf(candidate, StringComparison.OrdinalIgnoreCase) >= 0);
            if ((distance <= allowed || related) && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Formats a hint for the closest candidate, or lists the valid names when none is close.</summary>
    /// <param name="name">What the user wrote.</param>
    /// <param name="candidates">The valid names.</param>
    /// <param name="listLimit">How many valid names to list at most.</param>
    /// <returns>A hint such as <c>did you mean 'partial'?</c> or <c>expected one of: a, b, c</c>.</returns>
    public static Phrase Hint(string name, IReadOnlyCollection<string> candidates, int listLimit = 8)
    {
        var best = Find(name, candidates);
        if (best is not null)
        {
            return Phrase.Of("hint.did-you-mean", best);
        }

        var shown = new List<string>();
        foreach (var candidate in candidates)
        {
            if (shown.Count == listLimit)
            {
                shown.Add("...");
                break;
            }

            shown.Add(candidate);
        }

        return Phrase.Of("hint.expected-one-of", shown);
    }

    /// <summary>Computes the edit distance between two strings, counting a swap of neighbouring characters as one edit.</summary>
    /// <param name="a">The first string.</param>
    /// <param name="b">The second string.</param>
    /// <returns>The number of single-character insertions, deletions, substitutions and transpositions between them.</returns>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
