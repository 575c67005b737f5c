using System.Globalization;
using System.Text;

namespace Coherence.Workbooks;

/// <summary>A1-style cell references: column letters and row numbers, both one-based.</summary>
internal static class CellReference
{
    /// <summary>Gets the letters of a one-based column index (1 is A, 27 is AA).</summary>
    public static string Column(int index)
    {
        var letters = new StringBuilder();
        while (index > 0)
        {
            var rest = (index - 1) % 26;
            letters.Insert(0, (char)('A' + rest));
            index = (index - 1) / 26;
        }

        return letters.ToString();
    }

    /// <summary>Gets a reference such as <c>E14</c>.</summary>
    public static string Of(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets an absolute reference such as <c>$E$14</c>.</summary>
    public static string Absolute(int column, uint row) => "$" + Column(column) + "$" + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads a reference such as <c>E14</c> or <c>$E$14</c>.</summary>
    public static bool TryParse(string? reference, out int column, out uint row)
    {
        column = 0;
        row = 0;
        if (string.IsNullOrEmpty(reference))
        {
            return false;
        }

        var i = 0;
        var text = reference!;
        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        while (i < text.Length && char.IsLetter(text[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            i++;
        }

        if (i < text.Length && text[i] == '$')
        {
            i++;
        }

        long number = 0;
        var digits = 0;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            number = (number * 10) + (text[i] - '0');
            digits++;
            i++;
            if (number > uint.MaxValue)
            {
                return false;
            }
        }

        row = (uint)number;
        return column > 0 && i == text.Length && (digits == 0 || row > 0);
    }

    /// <summary>Quotes a sheet name for use in a formula or defined name (<c>'Sheet name'</c>).</summary>
    public static string Sheet(string name) => "'" + name.Replace("'", "''") + "'";
}
