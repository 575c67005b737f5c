using System.Globalization;
using System.Text;

namespace Coherence.Tables;

/// <summary>Folds what people type into a key that ignores letter case, accents, spaces, dashes and underscores.</summary>
internal static class TextKey
{
    public static string Of(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || c is '-' or '_' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            key.Append(char.ToLowerInvariant(c));
        }

        return key.ToString();
    }
}
