using System.Text;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>The names of the files Coherence writes per country and period, the same for every command.</summary>
public static class OutputNames
{
    /// <summary>Gets a file name for a country and period: <c>GTM-2026.json</c>.</summary>
    /// <param name="country">The country.</param>
    /// <param name="period">The period; characters a file name cannot hold become '-'.</param>
    /// <param name="extension">The extension, with its dot.</param>
    /// <returns>The file name.</returns>
    public static string For(CountryCode country, string period, string extension) => country.Value + "-" + Safe(period) + extension;

    /// <summary>Gets a file name for an assessment: <c>GTM-2026.json</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The file name.</returns>
    public static string For(Assessment assessment) => For(assessment.Country, assessment.Period, ".json");

    /// <summary>Makes a period safe in a file name on every system: ASCII letters, digits, '-', '_' and '.' stay, the rest becomes '-'.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The safe text.</returns>
    public static string Safe(string period)
    {
        var text = new StringBuilder(period.Length);
        foreach (var c in period)
        {
            text.Append((c < 128 && char.IsLetterOrDigit(c)) || c == '-' || c == '_' || c == '.' ? c : '-');
        }

        return text.ToString();
    }
}
