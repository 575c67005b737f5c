using Coherence.Diagnostics;

namespace Coherence.Tables;

/// <summary>One row of a column map: a table column and the cell it answers, or an instruction to ignore it.</summary>
/// <param name="Column">The column's header; may hold <c>*</c> wildcards when the entry ignores columns; empty for columns without a header; or the column's position, <c>#3</c> (1-based), or letter, <c>$C</c>.</param>
/// <param name="Ignore">Whether the column is deliberately left out.</param>
/// <param name="IndicatorId">The indicator, unless the column is ignored.</param>
/// <param name="FacetId">The facet, or <see langword="null"/> to use the indicator's only facet.</param>
/// <param name="GroupId">The migrant group, or <see langword="null"/> to use the indicator's only group.</param>
/// <param name="Location">Where the entry is in the map file.</param>
public sealed record ColumnMapEntry(string Column, bool Ignore, string? IndicatorId, string? FacetId, string? GroupId, SourceLocation Location)
{
    /// <summary>Gets whether <see cref="Column"/> is a pattern with <c>*</c> wildcards.</summary>
    public bool IsPattern => Column.IndexOf('*') >= 0;

    /// <summary>Gets the 0-based column the entry names by position (<c>#3</c>) or letter (<c>$C</c>), or <see langword="null"/> when it names a header.</summary>
    /// <remarks>A position tells apart two columns with the same header, which no header can.</remarks>
    public int? Position => PositionOf(Column);

    /// <summary>Whether the column at an index, with a header, matches this entry: by position, equal text, or the wildcard pattern.</summary>
    /// <param name="header">The header, trimmed.</param>
    /// <param name="index">The 0-based column index.</param>
    /// <returns><see langword="true"/> when the entry is about that column.</returns>
    public bool Matches(string header, int index) => Position is { } position ? position == index : Matches(header);

    /// <summary>Whether a header matches this entry: equal text, or a match of the wildcard pattern.</summary>
    /// <param name="header">The header, trimmed.</param>
    /// <returns><see langword="true"/> when the entry is about that column.</returns>
    public bool Matches(string header) => IsPattern ? Wildcard(Column, 0, header, 0) : string.Equals(Column, header, System.StringComparison.Ordinal);

    private static int? PositionOf(string column)
    {
        if (column.Length < 2)
        {
            return null;
        }

        var rest = column.Substring(1);
        if (column[0] == '#' && int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number - 1;
        }

        if (column[0] == '$' && rest.Length <= 3)
        {
            var index = 0;
            foreach (var c in rest.ToUpperInvariant())
            {
                if (c < 'A' || c > 'Z')
                {
                    return null;
                }

                index = (index * 26) + (c - 'A' + 1);
            }

            return index - 1;
        }

        return null;
    }

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
