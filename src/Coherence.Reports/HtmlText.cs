using System.Text;

namespace Coherence.Reports;

/// <summary>Escapes text for HTML content and attribute values.</summary>
internal static class HtmlText
{
    /// <summary>Escapes one value: the characters that could open a tag, close an attribute or start an entity.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The text, safe in element content and in quoted or unquoted attribute values.</returns>
    public static string Escape(string value)
    {
        StringBuilder? text = null;
        for (var i = 0; i < value.Length; i++)
        {
            var entity = value[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#x27;",
                '`' => "&#x60;",
                '=' => "&#x3D;",
                _ => null,
            };
            if (entity is null)
            {
                text?.Append(value[i]);
                continue;
            }

            text ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
            text.Append(entity);
        }

        return text?.ToString() ?? value;
    }
}
