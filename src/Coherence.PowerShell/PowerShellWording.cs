using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Coherence.Diagnostics;
using Coherence.Localization;

namespace Coherence.PowerShell;

/// <summary>Says the shared operations' diagnostics in PowerShell's words: <c>-Rubric</c> for <c>--rubric</c>, <c>New-CoherenceWorkbook</c> for <c>coherence workbook new</c>.</summary>
/// <remarks>
/// The operations serve the command line and the module alike, so their hints name the command line's options. The option names are
/// the same in every language the tool speaks, so the translation works on the words whatever language the message is in.
/// </remarks>
internal static class PowerShellWording
{
    // Longest first: "coherence workbook new --from" before "--from".
    private static readonly (Regex Pattern, string Replacement)[] Words = new (string Pattern, string Replacement)[]
    {
        (@"'coherence workbook new --from' this file", "New-CoherenceWorkbook -From with this file"),
        (@"'?coherence workbook new'?", "New-CoherenceWorkbook"),
        (@"'coherence robustness (<[^>]+>) --json ([^']+)'", "Measure-CoherenceRobustness $1 -JsonFile $2"),
        (@"'?coherence robustness --json'?", "Measure-CoherenceRobustness -JsonFile"),
        (@"'?coherence robustness'?", "Measure-CoherenceRobustness"),
        (@"'?coherence score'?", "Measure-CoherenceGap"),
        (@"'?coherence report'?", "Export-CoherenceReport"),
        (@"'?coherence compare'?", "Compare-CoherenceAssessment"),
        (@"'?coherence agree'?", "Measure-CoherenceAgreement"),
        (@"'?coherence reconcile'?", "Merge-CoherenceAssessment"),
        (@"--assessors by-role", "-Assessors ByRole"),
        (@"--assessors median", "-Assessors Median"),
        (@"--assessors consensus", "-Assessors Consensus"),
        (@"'?coherence rubric validate'?", "Test-CoherenceRubric"),
        (@"--force \(-Force in PowerShell\)", "-Force"),
        (@"--rubric \(-Rubric in PowerShell\)", "-Rubric"),
        (@"(?<![\w-])-o <file>", "-OutFile <file>"),
        (@"--out-dir\b", "-OutDir"),
        (@"--rubric\b", "-Rubric"),
        (@"--language\b", "-Language"),
        (@"--period\b", "-Period"),
        (@"--country\b", "-Country"),
        (@"--role\b", "-Role"),
        (@"--from\b", "-From"),
        (@"--force\b", "-Force"),
        (@"--template\b", "-Template"),
        (@"--robustness\b", "-Robustness"),
        (@"--paper\b", "-Paper"),
        (@"--reference\b", "-Reference"),
        (@"--xlsx\b", "Export-CoherenceWorkbook -OutFile"),
        (@"--reports\b", "Export-CoherenceReport -OutDir"),
        (@"(?<![\w-])-r\b", "-Rubric"),
        (@"(?<![\w-])-f\b", "-Force"),
    }.Select(w => (new Regex(w.Pattern, RegexOptions.CultureInvariant), w.Replacement)).ToArray();

    /// <summary>Renders a diagnostic in the session's language and in PowerShell's words.</summary>
    /// <param name="diagnostic">A diagnostic of a shared operation.</param>
    /// <param name="texts">The session's language.</param>
    /// <returns>The diagnostic's line, naming cmdlets and parameters instead of commands and options.</returns>
    public static string Of(Diagnostic diagnostic, Texts texts) => Say(diagnostic.ToString(texts));

    /// <summary>Rewrites a text in PowerShell's words.</summary>
    /// <param name="text">A message or hint.</param>
    /// <returns>The text naming cmdlets and parameters.</returns>
    public static string Say(string text)
    {
        foreach (var (pattern, replacement) in Words)
        {
            text = pattern.Replace(text, replacement);
        }

        return text;
    }
}
