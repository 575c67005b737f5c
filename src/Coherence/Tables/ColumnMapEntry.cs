using Coherence.Diagnostics;

namespace Coherence.Tables;

/// <summary>One row of a column map: a table column and the cell it answers, or an instruction to ignore it.</summary>
/// <param name="Column">The column's header; may hold <c>*</c> wildcards when the entry ignores columns; empty for columns without a header.</param>
/// <param name="Ignore">Whether the column is deliberately left out.</param>
/// <param name="IndicatorId">The indicator, unless the column is ignored.</param>
/// <param name="FacetId">The facet, or <see langword="null"/> to use the indicator's only facet.</param>
/// <param name="GroupId">The migrant group, or <see langword="null"/> to use the indicator's only group.</param>
/// <param name="Location">Where the entry is in the map file.</param>
public sealed record ColumnMapEntry(string Column, bool Ignore, string? IndicatorId, string? FacetId, string? GroupId, SourceLocation Location)
{
    /// <summary>Gets whether <see cref="Column"/> is a pattern with <c>*</c> wildcards.</summary>
    public bool IsPattern => Column.IndexOf('*') >= 0;

    /// <summary>Whether a header matches this entry: equal text, or a match of the wildcard pattern.</summary>
    /// <param name="header">The header, trimmed.</param>
    /// <returns><see langword="true"/> when the entry is about that column.</returns>
    public bool Matches(string header) => IsPattern ? Wildcard(Column, 0, header, 0) : string.Equals(Column, header, System.StringComparison.Ordinal);

    private static bool Wildcard(string pattern, int p, string text, int t)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                for (var rest = t; rest <= text.Length; rest++)
                {
                    if (Wildcard(pattern, p + 1, text, rest))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (t >= text.Length || pattern[p] != text[t])
            {
                return false;
            }

            p++;
            t++;
        }

        return t == text.Length;
    }
}
