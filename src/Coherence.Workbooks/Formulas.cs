using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Coherence.Workbooks;

/// <summary>Builds the formulas our sheets write, so that quoting, ranges and references are made in one place, never by string interpolation.</summary>
internal static class Formulas
{
    /// <summary>Gets a text literal, its quotes doubled (<c>"No aplica"</c>).</summary>
    public static string Text(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    /// <summary>Gets a number literal, written invariantly.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Gets a call of a worksheet function.</summary>
    public static string Call(string function, params string[] arguments) => function + "(" + string.Join(",", arguments) + ")";

    /// <summary>Gets a relative range on the same sheet (<c>F5:F20</c>).</summary>
    public static string Range(int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        CellReference.Of(firstColumn, firstRow) + ":" + CellReference.Of(lastColumn, lastRow);

    /// <summary>Gets a column's range between two rows on the same sheet.</summary>
    public static string Column(int column, uint firstRow, uint lastRow) => Range(column, firstRow, column, lastRow);

    /// <summary>Gets a reference on another sheet, the sheet's name quoted (<c>'Todo el país'!F5:F20</c>).</summary>
    public static string On(string sheet, string reference) => CellReference.Sheet(sheet) + "!" + reference;

    /// <summary>Gets the sum of terms (<c>A+B+C</c>), or 0 when there are none.</summary>
    public static string Plus(IEnumerable<string> terms)
    {
        var list = terms.ToList();
        return list.Count == 0 ? "0" : string.Join("+", list);
    }

    /// <summary>Gets a quotient, the dividend in parentheses.</summary>
    public static string Divide(string dividend, double divisor) => "(" + dividend + ")/" + Number(divisor);

    /// <summary>Gets a test that a cell holds nothing but spaces.</summary>
    public static string IsBlank(string cell) => Call("LEN", Call("TRIM", cell)) + "=0";

    /// <summary>Gets a cell's value as another cell shows it: an empty text for an empty cell, rather than the 0 a bare reference shows.</summary>
    public static string Shown(string cell) => Call("IF", cell + "=" + Text(string.Empty), Text(string.Empty), cell);
}
