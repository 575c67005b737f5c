using System;
using System.Collections.Generic;

namespace Coherence.Workbooks;

/// <summary>Works out the height a row needs for its wrapped texts, since neither Excel nor LibreOffice fits rows when a workbook opens.</summary>
internal static class RowHeights
{
    /// <summary>The tallest row a spreadsheet allows, in points.</summary>
    public const double Tallest = 409;

    /// <summary>The height of a row of one line, in points.</summary>
    public const double OneLine = 15;

    /// <summary>Gets the height, in points, of a row whose cells hold these texts in columns of these widths (in characters).</summary>
    /// <remarks>
    /// A line holds about 1.05 characters per character of width (body text at 11 points, words kept whole); each line
    /// takes 14.5 points. Estimating a little high leaves some white space; estimating low would cut text off.
    /// </remarks>
    public static double For(IEnumerable<(string? Text, double Width)> cells) => For(cells, 1.05);

    /// <summary>Gets the height, in points, of a row whose cells hold these texts, with a given number of characters per character of width.</summary>
    /// <remarks>Wide merged cells hold more characters per character of width than narrow ones, whose lines end early at a long word.</remarks>
    public static double For(IEnumerable<(string? Text, double Width)> cells, double density)
    {
        var lines = 1;
        foreach (var (text, width) in cells)
        {
            lines = Math.Max(lines, Lines(text, width, density));
        }

        return Math.Min(Tallest, (lines * 14.5) + 4);
    }

    /// <summary>Gets how many lines a text takes in a column of a width (in characters).</summary>
    public static int Lines(string? text, double width) => Lines(text, width, 1.05);

    /// <summary>Gets how many lines a text takes in a column of a width (in characters), with a given number of characters per character of width.</summary>
    public static int Lines(string? text, double width, double density)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var perLine = Math.Max(6, (int)(width * density));
        var count = 0;
        foreach (var paragraph in text!.Split('\n'))
        {
            count += Math.Max(1, (paragraph.Length + perLine - 1) / perLine);
        }

        return count;
    }
}
