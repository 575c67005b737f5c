using System.Text;

namespace Coherence.Serialization;

/// <summary>Parses a document's bytes as JSON when it looks like JSON, as YAML otherwise.</summary>
internal static class DocumentText
{
    public static DocumentNode? Parse(byte[] utf8, string? file)
    {
        var start = 0;
        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            start = 3;
        }

        TextEncodingCheck.Check(utf8, start, utf8.Length);

        var isJson = file is not null && file.EndsWith(".json", System.StringComparison.OrdinalIgnoreCase);
        for (var i = start; !isJson && i < utf8.Length; i++)
        {
            var b = utf8[i];
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            isJson = b == (byte)'{';
            break;
        }

        if (isJson)
        {
            var body = start == 0 ? utf8 : Slice(utf8, start);
            return JsonDocumentParser.Parse(body);
        }

        return YamlDocumentParser.Parse(Encoding.UTF8.GetString(utf8, start, utf8.Length - start));
    }

    private static byte[] Slice(byte[] bytes, int start)
    {
        var copy = new byte[bytes.Length - start];
        System.Array.Copy(bytes, start, copy, 0, copy.Length);
        return copy;
    }
}
