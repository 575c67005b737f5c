using System.Text;

namespace Coherence.Serialization;

/// <summary>Formats bytes as lower-case hexadecimal, on every target framework.</summary>
internal static class Hex
{
    public static string Of(byte[] bytes)
    {
        var text = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes)
        {
            text.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return text.ToString();
    }
}
