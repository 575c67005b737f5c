using System;
using System.Buffers;
using System.Text.Json;

namespace Coherence.Serialization;

/// <summary>Reads only the country and period of an assessment file, skipping its responses, so that scoring can gather the files of one country and period before reading them whole.</summary>
internal static class AssessmentJsonKey
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads the country and period of a JSON assessment file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The country code as written and the period, or <see langword="null"/> when the file does not plainly give both (the full reader then says why).</returns>
    public static (string Country, string Period)? TryRead(string path)
    {
        var buffer = InputFile.TryReadPooled(path, out var length);
        if (buffer is null)
        {
            return null;
        }

        try
        {
            var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, length - start), Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            string? country = null;
            string? period = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCountry = reader.ValueTextEquals("country"u8);
                var isPeriod = reader.ValueTextEquals("period"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if ((isCountry || isPeriod) && reader.TokenType == JsonTokenType.String)
                {
                    if (isCountry)
                    {
                        country = reader.GetString();
                    }
                    else
                    {
                        period = reader.GetString();
                    }

                    if (country is not null && period is not null)
                    {
                        return (country.Trim().ToUpperInvariant(), period);
                    }
                }
                else
                {
                    reader.Skip();
                }
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
