using System.IO;
using System.Linq;

namespace Coherence.PowerShell;

/// <summary>The file name a workbook gets in an output folder: <c>GTM-2026.xlsx</c>, like the JSON files of <c>coherence import</c>.</summary>
internal static class WorkbookFiles
{
    /// <summary>Names the workbook of a country and period.</summary>
    /// <param name="country">The country code as given (upper-cased here).</param>
    /// <param name="period">The period; characters file systems refuse become '-'.</param>
    /// <returns>The file name.</returns>
    public static string NameOf(string country, string period)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(new[] { '/', '\\', ':', '*', '?', '"', '<', '>', '|' }).ToArray();
        var safe = new string(period.Trim().Select(c => invalid.Contains(c) || char.IsWhiteSpace(c) ? '-' : c).ToArray());
        return country.Trim().ToUpperInvariant() + "-" + safe + ".xlsx";
    }
}
