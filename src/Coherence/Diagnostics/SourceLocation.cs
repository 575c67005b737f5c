using System.Globalization;
using System.Text;
using Coherence.Localization;

namespace Coherence.Diagnostics;

/// <summary>Where in a user's input a diagnostic points: a file and a line and column, a sheet cell, or a table row and column.</summary>
/// <param name="File">The file name as the user gave it, or <see langword="null"/> for in-memory input.</param>
/// <param name="Line">One-based line (or table row), or 0 when unknown.</param>
/// <param name="Column">One-based column, or 0 when unknown.</param>
/// <param name="Detail">A sheet cell (<c>Inmigrantes!E14</c>), a JSON path or a column name, when that says more than a line.</param>
public sealed record SourceLocation(string? File, int Line = 0, int Column = 0, string? Detail = null)
{
    /// <summary>A location that says nothing.</summary>
    public static SourceLocation None { get; } = new(File: null);

    /// <summary>Gets the place in words, said in the reader's language (a table's row, its header row), or <see langword="null"/>.</summary>
    /// <remarks>It comes before <see cref="Detail"/>: <c>file:7: row 7, Country (B7)</c>, <c>archivo:7: fila 7, Country (B7)</c>.</remarks>
    public Phrase? Place { get; init; }

    /// <summary>Formats as <c>file:line:col</c>, <c>file: detail</c> or the parts that are known, in English.</summary>
    /// <returns>The location as people read it in a compiler-style message.</returns>
    public override string ToString() => ToString(Texts.English);

    /// <summary>Formats as <c>file:line:col</c>, <c>file: place, detail</c> or the parts that are known, in a language.</summary>
    /// <param name="texts">The reader's language, in which <see cref="Place"/> is said.</param>
    /// <returns>The location as people read it in a compiler-style message.</returns>
    public string ToString(Texts texts)
    {
        if (texts is null)
        {
            throw new System.ArgumentNullException(nameof(texts));
        }

        var detail = Place is null ? Detail : string.IsNullOrEmpty(Detail) ? texts.Render(Place) : texts.Render(Place) + ", " + Detail;
        var text = new StringBuilder(File ?? string.Empty);
        if (Line > 0)
        {
            text.Append(':').Append(Line.ToString(CultureInfo.InvariantCulture));
            if (Column > 0)
            {
                text.Append(':').Append(Column.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (!string.IsNullOrEmpty(detail))
        {
            if (text.Length > 0)
            {
                text.Append(": ");
            }

            text.Append(detail);
        }

        return text.ToString();
    }
}
