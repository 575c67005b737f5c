using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reads a well-formed assessment straight from its JSON tokens, without building a document tree.</summary>
/// <remarks>
/// Scoring reads thousands of assessments, and almost all are well formed: this reader takes exactly what the full reader
/// accepts without a diagnostic, and gives up (returns <see langword="null"/>) at the first thing that is not plainly valid:
/// an unknown or repeated key, a value of another kind, a null, an unknown name, a missing field. The full reader then reads
/// the file again and says what is wrong, where. Both give the same assessment for every file this one takes.
/// </remarks>
internal static class AssessmentJsonFastPath
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The keys of each mapping, in the order the readers below switch on them.
    private static readonly byte[][] AssessmentKeys = Utf8("$schema", "apiVersion", "kind", "country", "countryName", "period", "language", "rubric", "assessors", "notes", "responses");

    private static readonly byte[][] RubricKeys = Utf8("id", "version", "contentHash");

    private static readonly byte[][] AssessorKeys = Utf8("name", "organization", "role");

    private static readonly byte[][] ResponseKeys = Utf8("indicator", "group", "facet", "level", "evidence", "notes", "confidence", "status", "value", "sources");

    // The names of closed lists come from the full reader's own tables, so that both take exactly the same names.
    private static readonly KeyValuePair<byte[], AssessorRole>[] Roles = Utf8(AssessmentJson.RoleNames);

    private static readonly KeyValuePair<byte[], ResponseStatus>[] Statuses = Utf8(AssessmentJson.StatusNames);

    private static readonly KeyValuePair<byte[], Confidence>[] Confidences = Utf8(AssessmentJson.ConfidenceNames);

    /// <summary>Reads an assessment, or gives up.</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="file">The file name, for provenance, or <see langword="null"/>.</param>
    /// <returns>The assessment, or <see langword="null"/> when the full reader must look.</returns>
    public static Assessment? TryRead(byte[] utf8, string? file) => TryRead(utf8, utf8.Length, file);

    /// <summary>Reads an assessment from the start of a buffer, or gives up.</summary>
    /// <param name="buffer">A buffer whose first <paramref name="length"/> bytes are the file's.</param>
    /// <param name="length">How many bytes of the buffer are the file's.</param>
    /// <param name="file">The file name, for provenance, or <see langword="null"/>.</param>
    /// <returns>The assessment, or <see langword="null"/> when the full reader must look.</returns>
    public static Assessment? TryRead(byte[] buffer, int length, string? file)
    {
        var start = 0;
        if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
        {
            start = 3;
        }

        var body = new ReadOnlySpan<byte>(buffer, start, length - start);
        try
        {
            var reader = new Utf8JsonReader(body, Options);
            var read = new Reading();
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !ReadAssessment(ref reader, read) || reader.Read())
            {
                return null;
            }

            return Build(read, buffer, length, file, body);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or DecoderFallbackException)
        {
            // Invalid UTF-8 in a string throws InvalidOperationException: the full reader says where.
            return null;
        }
    }

    private static Assessment? Build(Reading read, byte[] buffer, int length, string? file, ReadOnlySpan<byte> body)
    {
        if (read.Kind != "Assessment" || read.ApiVersion != RubricReader.ApiVersion || read.Period is null || read.RubricId is null || read.RubricVersion is null)
        {
            return null;
        }

        if (!CountryCode.TryParse(read.Country, out var country))
        {
            return null;
        }

        var assessment = new Assessment(country, read.Period, new RubricReference(read.RubricId, read.RubricVersion, read.ContentHash), read.Responses)
        {
            CountryName = read.CountryName,
            Language = read.Language,
            Notes = read.Notes,
            Assessors = read.Assessors,
        };
        if (file is null)
        {
            return assessment;
        }

        // Where each response starts, as the full reader records it: lines from 1, columns in characters from 1.
        var locations = new SourceLocation[read.Starts.Count];
        int line = 1, column = 1, offset = 0;
        for (var i = 0; i < locations.Length; i++)
        {
            var target = (int)Math.Min(read.Starts[i], body.Length);
            TextPosition.Advance(body.Slice(offset, target - offset), ref line, ref column);
            offset = target;
            locations[i] = new SourceLocation(file, line, column);
        }

        return assessment with { Source = new AssessmentSource(file, AssessmentJson.Sha256(buffer, length)) { ResponseLocations = locations } };
    }

    private static bool ReadAssessment(ref Utf8JsonReader reader, Reading read)
    {
        var seen = 0;
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return true;
            }

            var ok = Key(ref reader, AssessmentKeys, ref seen) switch
            {
                0 => Text(ref reader, out _),
                1 => Text(ref reader, out read.ApiVersion),
                2 => Text(ref reader, out read.Kind),
                3 => Text(ref reader, out read.Country),
                4 => ReadCountryName(ref reader, read),
                5 => Text(ref reader, out read.Period),
                6 => Text(ref reader, out read.Language),
                7 => ReadRubric(ref reader, read),
                8 => ReadAssessors(ref reader, read),
                9 => Text(ref reader, out read.Notes),
                10 => ReadResponses(ref reader, read),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return false;
    }

    private static bool ReadRubric(ref Utf8JsonReader reader, Reading read)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var ok = Key(ref reader, RubricKeys, ref seen) switch
            {
                0 => Text(ref reader, out read.RubricId),
                1 => Text(ref reader, out read.RubricVersion),
                2 => Text(ref reader, out read.ContentHash),
                _ => false,
            };
            if (!ok)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndObject;
    }

    private static bool ReadAssessors(ref Utf8JsonReader reader, Reading read)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? name = null, organization = null;
            var role = AssessorRole.Independent;
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var ok = Key(ref reader, AssessorKeys, ref seen) switch
                {
                    0 => Text(ref reader, out name),
                    1 => Text(ref reader, out organization),
                    2 => OneOf(ref reader, Roles, out role),
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || name is null)
            {
                return false;
            }

            read.Assessors.Add(new Assessor(name, organization, role));
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool ReadResponses(ref Utf8JsonReader reader, Reading read)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            read.Starts.Add(reader.TokenStartIndex);
            string? indicator = null, group = null, facet = null, level = null, evidence = null, notes = null;
            double? value = null;
            var status = ResponseStatus.Answered;
            var confidence = Confidence.Unspecified;
            IReadOnlyList<string> sources = Array.Empty<string>();
            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var ok = Key(ref reader, ResponseKeys, ref seen) switch
                {
                    0 => Id(ref reader, read, out indicator),
                    1 => Id(ref reader, read, out group),
                    2 => Id(ref reader, read, out facet),
                    3 => Id(ref reader, read, out level),
                    4 => Text(ref reader, out evidence),
                    5 => Text(ref reader, out notes),
                    6 => OneOf(ref reader, Confidences, out confidence),
                    7 => OneOf(ref reader, Statuses, out status),
                    8 => Number(ref reader, out value),
                    9 => Texts(ref reader, out sources),
                    _ => false,
                };
                if (!ok)
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || indicator is null || group is null || facet is null)
            {
                return false;
            }

            // The rules the full reader checks: an answer has a level or a value; other statuses have neither.
            var answered = status == ResponseStatus.Answered;
            if (answered == (level is null && value is null))
            {
                return false;
            }

            read.Responses.Add(new Response(indicator, group, facet, status, level, value)
            {
                Evidence = evidence,
                Sources = sources,
                Confidence = confidence,
                Notes = notes,
            });
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    // Which of a mapping's keys the property is (its index), each at most once: -1 for a key unknown or repeated.
    private static int Key(ref Utf8JsonReader reader, byte[][] keys, ref int seen)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            if (reader.ValueTextEquals(keys[i]))
            {
                var bit = 1 << i;
                if ((seen & bit) != 0)
                {
                    return -1;
                }

                seen |= bit;
                return i;
            }
        }

        return -1;
    }

    // One name of a closed list (a role, a status, a confidence), as the full reader's table has it; any other name or kind is left to the full reader.
    private static bool OneOf<T>(ref Utf8JsonReader reader, KeyValuePair<byte[], T>[] names, out T value)
    {
        value = default!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (reader.ValueTextEquals(name.Key))
            {
                value = name.Value;
                return true;
            }
        }

        return false;
    }

    private static bool Number(ref Utf8JsonReader reader, out double? value)
    {
        value = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
        {
            return false;
        }

        // Parsed as the full reader parses it, so that both give the same number on every platform.
        if (!double.TryParse(Encoding.UTF8.GetString(reader.ValueSpan.ToArray()), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || double.IsInfinity(number))
        {
            return false;
        }

        value = number;
        return true;
    }

    private static bool Texts(ref Utf8JsonReader reader, out IReadOnlyList<string> values)
    {
        values = Array.Empty<string>();
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        var list = new List<string>();
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            list.Add(reader.GetString()!);
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            return false;
        }

        values = list;
        return true;
    }

    private static byte[][] Utf8(params string[] keys) => keys.Select(Encoding.UTF8.GetBytes).ToArray();

    private static KeyValuePair<byte[], T>[] Utf8<T>(IReadOnlyDictionary<string, T> names) =>
        names.Select(p => new KeyValuePair<byte[], T>(Encoding.UTF8.GetBytes(p.Key), p.Value)).ToArray();

    // A text value; null and every other kind are left to the full reader.
    // A plain name or a map of language tags to names; anything else (a blank name, an empty map, a tag that is not one,
    // a tag twice) goes to the full reader, which says where and what is wrong.
    private static bool ReadCountryName(ref Utf8JsonReader reader, Reading read)
    {
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            var plain = reader.GetString();
            if (string.IsNullOrWhiteSpace(plain))
            {
                return false;
            }

            read.CountryName = CountryName.Plain(plain!);
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        var pairs = new List<KeyValuePair<string, string>>(2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var tag = reader.GetString()!;
            if (!CountryNameJson.IsLanguageTag(tag) || pairs.Exists(p => string.Equals(p.Key, tag, StringComparison.OrdinalIgnoreCase))
                || !reader.Read() || reader.TokenType != JsonTokenType.String || reader.GetString() is not { } name || string.IsNullOrWhiteSpace(name))
            {
                return false;
            }

            pairs.Add(new KeyValuePair<string, string>(tag, name));
        }

        if (reader.TokenType != JsonTokenType.EndObject || pairs.Count == 0)
        {
            return false;
        }

        read.CountryName = CountryName.PerLanguage(pairs);
        return true;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString();
        return true;
    }

    // Ids repeat in every response: each distinct one is kept once per file.
    private static bool Id(ref Utf8JsonReader reader, Reading read, out string? value)
    {
        value = null;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (reader.ValueIsEscaped || reader.ValueSpan.Length > 64)
        {
            value = reader.GetString();
            return true;
        }

        value = read.Intern(reader.ValueSpan);
        return true;
    }

    private sealed class Reading
    {
        private readonly Dictionary<int, List<string>> ids = new();

#pragma warning disable SA1401, CA1051 // A bag of fields the reader fills in.
        public string? ApiVersion;
        public string? Kind;
        public string? Country;
        public CountryName? CountryName;
        public string? Period;
        public string? Language;
        public string? Notes;
        public string? RubricId;
        public string? RubricVersion;
        public string? ContentHash;
#pragma warning restore SA1401, CA1051

        public List<Assessor> Assessors { get; } = new();

        public List<Response> Responses { get; } = new(512);

        public List<long> Starts { get; } = new(512);

        public string Intern(ReadOnlySpan<byte> utf8)
        {
            var hash = 17;
            foreach (var b in utf8)
            {
                hash = (hash * 31) + b;
            }

            if (!ids.TryGetValue(hash, out var bucket))
            {
                bucket = new List<string>(1);
                ids.Add(hash, bucket);
            }

            foreach (var known in bucket)
            {
                if (Same(known, utf8))
                {
                    return known;
                }
            }

            // Strict, so that an id with invalid UTF-8 goes to the full reader, which says where.
            var text = StrictUtf8.GetString(utf8.ToArray());
            bucket.Add(text);
            return text;
        }

        private static bool Same(string text, ReadOnlySpan<byte> utf8)
        {
            // Ids are ASCII in practice; anything else is compared through a decoded copy.
            if (text.Length != utf8.Length)
            {
                return false;
            }

            for (var i = 0; i < utf8.Length; i++)
            {
                if (utf8[i] >= 0x80 || text[i] != (char)utf8[i])
                {
                    return utf8[i] >= 0x80 && string.Equals(text, Encoding.UTF8.GetString(utf8.ToArray()), StringComparison.Ordinal);
                }
            }

            return true;
        }
    }
}
