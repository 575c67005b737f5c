using System;
using System.Collections.Generic;
using System.Text;

namespace Coherence.Workbooks;

/// <summary>Makes sheet names that spreadsheet programs accept: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal sealed class SheetNames
{
    /// <summary>The most characters a sheet name may have.</summary>
    public const int Longest = 31;

    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    public SheetNames(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            taken.Add(name);
        }
    }

    /// <summary>Takes a name for a sheet: the wanted name when it fits, else its short form, else its first words and "…".</summary>
    /// <param name="wanted">The name people should read, such as a group's full name.</param>
    /// <param name="shortForm">A meaningful short form, used only when the wanted name is longer than 31 characters.</param>
    public string Take(string wanted, string? shortForm = null)
    {
        var name = Clean(wanted);
        if (name.Length > Longest && shortForm is not null && Clean(shortForm) is { Length: > 0 and <= Longest } brief)
        {
            name = brief;
        }

        if (name.Length > Longest)
        {
            // Whole words only: a tab cut mid-phrase reads as another name.
            var cut = name.LastIndexOf(' ', Longest - 1);
            name = (cut > 0 ? name.Substring(0, cut) : name.Substring(0, Longest - 1)).TrimEnd() + "…";
        }

        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            var suffix = " (" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (name.Length + suffix.Length > Longest ? name.Substring(0, Longest - suffix.Length) : name) + suffix;
        }

        taken.Add(candidate);
        return candidate;
    }

    private static string Clean(string wanted)
    {
        var clean = new StringBuilder();
        foreach (var c in wanted)
        {
            clean.Append("[]:*?/\\".IndexOf(c) >= 0 || char.IsControl(c) ? ' ' : c);
        }

        var name = string.Join(" ", clean.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
        return name.Length == 0 ? "Sheet" : name;
    }
}
