using System.Text;

namespace Coherence.Reports;

/// <summary>
/// Escapes text for Markdown templates, so that user text is shown as written and never becomes markup:
/// HTML-significant characters become entities (a Markdown renderer would otherwise pass <c>&lt;script&gt;</c> through),
/// Markdown-significant ones get a backslash, and line breaks become spaces so that text cannot start a block or break a table.
/// </summary>
internal static class MarkdownTextEncoder
{
    /// <summary>Escapes one value.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, safe to place anywhere in a Markdown line or table cell.</returns>
    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 16);
        var lineStart = true;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }

                text.Append(' ');
                continue;
            }

            switch (c)
            {
                case '&': text.Append("&amp;"); break;
                case '<': text.Append("&lt;"); break;
                case '>': text.Append("&gt;"); break;
                case '"': text.Append("&quot;"); break;
                case '\\':
                case '`':
                case '*':
                case '_':
                case '[':
                case ']':
                case '|':
                case '~':
                    text.Append('\\').Append(c);
                    break;
                case '#':
                case '-':
                case '+':
                    // At the start of a value, followed by a space, these begin a heading or a list item; "---" a rule.
                    if (lineStart && (c == '#' ? StartsHeading(value, i) : IsBlankAt(value, i + 1) || (c == '-' && value[i + 1] == '-')))
                    {
                        text.Append('\\');
                    }

                    text.Append(c);
                    break;
                case '=':
                    // A value of '=' at the start of a line could underline the line above as a heading.
                    if (lineStart)
                    {
                        text.Append('\\');
                    }

                    text.Append(c);
                    break;
                case '.':
                case ')':
                    // "2026. text" at the start of a line would begin an ordered list; "41.7" would not.
                    if (IsLeadingNumber(text) && IsBlankAt(value, i + 1))
                    {
                        text.Append('\\');
                    }

                    text.Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }

            if (c != ' ' && c != '\t')
            {
                lineStart = false;
            }
        }

        return text.ToString();
    }

    private static bool IsBlankAt(string value, int index) => index >= value.Length || value[index] == ' ' || value[index] == '\t' || value[index] == '\r' || value[index] == '\n';

    private static bool StartsHeading(string value, int index)
    {
        while (index < value.Length && value[index] == '#')
        {
            index++;
        }

        return IsBlankAt(value, index);
    }

    private static bool IsLeadingNumber(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
