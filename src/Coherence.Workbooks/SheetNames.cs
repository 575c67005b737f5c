using System;
using System.Collections.Generic;
using System.Text;

namespace Coherence.Workbooks;

/// <summary>Makes sheet names that spreadsheet programs accept: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal sealed class SheetNames
{
    private readonly HashSet<string> taken = new(StringComparer.OrdinalIgnoreCase);

    public SheetNames(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            taken.Add(name);
        }
    }

    public string Take(string wanted)
    {
        var clean = new StringBuilder();
        foreach (var c in wanted)
        {
            clean.Append("[]:*?/\\".IndexOf(c) >= 0 || char.IsControl(c) ? ' ' : c);
        }

        var name = string.Join(" ", clean.ToString().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
        if (name.Length == 0)
        {
            name = "Sheet";
        }

        if (name.Length > 31)
        {
            name = name.Substring(0, 31).TrimEnd();
        }

        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++)
        {
            var suffix = " (" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (name.Length + suffix.Length > 31 ? name.Substring(0, 31 - suffix.Length) : name) + suffix;
        }

        taken.Add(candidate);
        return candidate;
    }
}
