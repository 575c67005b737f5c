using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Serialization;

/// <summary>Reads and writes assessments as JSON (<c>kind: Assessment</c>), the format described by <c>rubrics/schema/assessment.schema.json</c>.</summary>
public static class AssessmentJson
{
    private static readonly Phrase TheAssessment = Phrase.Of("what.assessment");
    private static readonly Phrase AnAssessor = Phrase.Of("what.an-assessor");
    private static readonly Phrase AResponse = Phrase.Of("what.a-response");
    private static readonly Phrase WhatRubric = Phrase.Of("what.key", "rubric");
    private static readonly Phrase WhatStatus = Phrase.Of("what.key", "status");

    // How much JSON is held before it goes to the stream.
    private const int FlushBytes = 16 * 1024;

    internal static readonly Dictionary<string, AssessorRole> RoleNames = new(StringComparer.Ordinal)
    {
        ["government"] = AssessorRole.Government,
        ["civil-society"] = AssessorRole.CivilSociety,
        ["independent"] = AssessorRole.Independent,
    };

    internal static readonly Dictionary<string, ResponseStatus> StatusNames = new(StringComparer.Ordinal)
    {
        ["answered"] = ResponseStatus.Answered,
        ["not-applicable"] = ResponseStatus.NotApplicable,
        ["unknown"] = ResponseStatus.Unknown,
    };

    internal static readonly Dictionary<string, Confidence> ConfidenceNames = new(StringComparer.Ordinal)
    {
        ["low"] = Confidence.Low,
        ["medium"] = Confidence.Medium,
        ["high"] = Confidence.High,
    };

    /// <summary>Gets the name of an assessor role as written in files (<c>civil-society</c>).</summary>
    /// <param name="role">The role.</param>
    /// <returns>The name.</returns>
    public static string RoleName(AssessorRole role) => RoleNames.First(p => p.Value == role).Key;

    /// <summary>Reads an assessor role from its file name (<c>government</c>, <c>civil-society</c>, <c>independent</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="role">The role, when known.</param>
    /// <returns><see langword="true"/> when the name is a role.</returns>
    public static bool TryParseRole(string name, out AssessorRole role) => RoleNames.TryGetValue(name, out role);

    /// <summary>The largest assessment file read, in bytes (64 MiB): a complete assessment of the bundled rubric, with long evidence, takes well under 1 MiB.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    /// <summary>Reads an assessment file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The assessment (its <see cref="Assessment.Source"/> set), or the diagnostics that prevent it.</returns>
    public static Result<Assessment> ReadFile(string path)
    {
        if (TooLarge(path) is { } refused)
        {
            return Result<Assessment>.Failure(refused);
        }

        // Most files are well formed: those are read from a pooled buffer, straight from their tokens.
        var buffer = InputFile.TryReadPooled(path, out var length);
        if (buffer is not null)
        {
            try
            {
                if (AssessmentJsonFastPath.TryRead(buffer, length, path) is { } quick)
                {
                    return new Result<Assessment>(quick, Array.Empty<Diagnostic>());
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        return InputFile.Read<Assessment>(path, "ASM000", ReadFully);
    }

    /// <summary>Reads an assessment from JSON bytes.</summary>
    /// <param name="utf8">The document, UTF-8 encoded.</param>
    /// <param name="file">The file name for diagnostics and provenance, or <see langword="null"/>.</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    public static Result<Assessment> Read(byte[] utf8, string? file)
    {
        // Most files are well formed: those are read straight from their tokens; the rest get the full reader's diagnostics.
        if (AssessmentJsonFastPath.TryRead(utf8, file) is { } quick)
        {
            return new Result<Assessment>(quick, Array.Empty<Diagnostic>());
        }

        return ReadFully(utf8, file);
    }

    private static Diagnostic? TooLarge(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                var size = (info.Length / (1024.0 * 1024.0)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                return Diagnostic.Error("ASM009", Phrase.Of("diag.ASM009", size), new SourceLocation(path), Phrase.Of("hint.ASM009"));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Reading the file reports the problem.
        }

        return null;
    }

    /// <summary>Reads an assessment through a document tree, with a diagnostic for every problem.</summary>
    internal static Result<Assessment> ReadFully(byte[] utf8, string? file)
    {
        var walker = new DocumentWalker(file, "ASM");
        DocumentNode? root;
        try
        {
            root = DocumentText.Parse(utf8, file ?? "assessment.json");
        }
        catch (DocumentParseException e)
        {
            return Result<Assessment>.Failure(Diagnostic.Error("ASM001", Phrase.Of("diag.ASM001", e.Reason), new SourceLocation(file, e.Line, e.Column)));
        }

        var map = walker.Map(root, TheAssessment, "$schema", "apiVersion", "kind", "country", "countryName", "period", "language", "rubric", "assessors", "notes", "responses", "reconciliation");
        if (map is null)
        {
            return Result<Assessment>.Failure(walker.Diagnostics.Count > 0 ? walker.Diagnostics : (IReadOnlyList<Diagnostic>)new[] { Diagnostic.Error("ASM003", Phrase.Of("diag.empty-file"), new SourceLocation(file)) });
        }

        var kind = walker.String(map, "kind", TheAssessment, true);
        if (kind is not null && kind != "Assessment")
        {
            walker.Error("010", Phrase.Of("doc.bad-kind", kind, "Assessment"), map.Get("kind")!, kind == "Rubric" ? Phrase.Of("hint.is-rubric") : null);
        }

        var apiVersion = walker.String(map, "apiVersion", TheAssessment, true);
        if (apiVersion is not null && apiVersion != RubricReader.ApiVersion)
        {
            walker.Error("010", Phrase.Of("doc.bad-api-version", apiVersion), map.Get("apiVersion")!, Phrase.Of("hint.expected-api-version", RubricReader.ApiVersion));
        }

        var countryText = walker.String(map, "country", TheAssessment, true);
        CountryCode country = default;
        if (countryText is not null && !CountryCode.TryParse(countryText, out country))
        {
            walker.Error("004", Phrase.Of("diag.not-alpha3", countryText), map.Get("country")!, Phrase.Of("hint.alpha3"));
        }

        var period = walker.String(map, "period", TheAssessment, true);
        var rubric = ReadRubric(walker, walker.Map(walker.Required(map, "rubric", TheAssessment), DocumentWalker.KeyOf("rubric", TheAssessment), "id", "version", "contentHash"));
        var assessors = new List<Assessor>();
        foreach (var item in walker.List(map, "assessors", TheAssessment))
        {
            var a = walker.Map(item, AnAssessor, "name", "organization", "role");
            if (a is null)
            {
                continue;
            }

            var name = walker.String(a, "name", AnAssessor, true);
            var organization = walker.String(a, "organization", AnAssessor, false);
            var role = walker.Enum(a, "role", AnAssessor, RoleNames) ?? AssessorRole.Independent;
            if (name is not null)
            {
                assessors.Add(new Assessor(name, organization, role));
            }
        }

        var responses = new List<Response>();
        var locations = new List<SourceLocation>();
        var nodes = new List<DocumentNode>();
        foreach (var item in walker.List(map, "responses", TheAssessment))
        {
            if (ReadResponse(walker, item) is { } response)
            {
                responses.Add(response);
                locations.Add(walker.At(item));
                nodes.Add(item);
            }
        }

        var countryName = CountryNameJson.Read(walker, map);
        var reconciliation = ReconciliationJson.Read(walker, map);
        ReconciliationJson.Check(walker, reconciliation, responses, nodes);

        if (walker.HasErrors || countryText is null || period is null || rubric is null)
        {
            return new Result<Assessment>(null, walker.Diagnostics);
        }

        var assessment = new Assessment(country, period, rubric, responses)
        {
            CountryName = countryName,
            Language = walker.String(map, "language", TheAssessment, false),
            Notes = walker.String(map, "notes", TheAssessment, false),
            Assessors = assessors,
            Reconciliation = reconciliation,
            Source = file is null ? null : new AssessmentSource(file, Sha256(utf8)) { ResponseLocations = locations },
        };
        return new Result<Assessment>(assessment, walker.Diagnostics);
    }

    /// <summary>Writes an assessment as indented JSON, UTF-8 without byte-order mark.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON bytes.</returns>
    /// <remarks>Evidence and notes are written verbatim; the source file is provenance and is not written.</remarks>
    public static byte[] ToUtf8(Assessment assessment)
    {
        using var stream = new MemoryStream();
        Write(stream, assessment);
        return stream.ToArray();
    }

    /// <summary>Writes an assessment as indented UTF-8 JSON to a stream, a few kilobytes at a time.</summary>
    /// <param name="stream">The stream, left open.</param>
    /// <param name="assessment">The assessment.</param>
    internal static void Write(Stream stream, Assessment assessment)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://coherence-toolkit.github.io/schema/assessment.schema.json");
            json.WriteString("apiVersion", RubricReader.ApiVersion);
            json.WriteString("kind", "Assessment");
            json.WriteString("country", assessment.Country.Value);
            CountryNameJson.Write(json, "countryName", assessment.CountryName);
            json.WriteString("period", assessment.Period);
            WriteOptional(json, "language", assessment.Language);
            json.WriteStartObject("rubric");
            json.WriteString("id", assessment.Rubric.Id);
            json.WriteString("version", assessment.Rubric.Version);
            WriteOptional(json, "contentHash", assessment.Rubric.ContentHash);
            json.WriteEndObject();
            json.WriteStartArray("assessors");
            foreach (var assessor in assessment.Assessors)
            {
                json.WriteStartObject();
                json.WriteString("name", assessor.Name);
                WriteOptional(json, "organization", assessor.Organization);
                json.WriteString("role", RoleName(assessor.Role));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteOptional(json, "notes", assessment.Notes);
            if (assessment.Reconciliation is { } reconciliation)
            {
                ReconciliationJson.Write(json, reconciliation);
            }

            json.WriteStartArray("responses");
            foreach (var response in assessment.Responses)
            {
                WriteResponse(json, response);
                if (json.BytesPending > FlushBytes)
                {
                    // The writer would otherwise hold the whole document, in a buffer doubled as it grows.
                    json.Flush();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    /// <summary>Writes an assessment as indented JSON text.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public static string Write(Assessment assessment) => Encoding.UTF8.GetString(ToUtf8(assessment));

    /// <summary>Computes the SHA-256 of bytes as lower-case hex, as recorded for provenance.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>64 hex digits.</returns>
    public static string Sha256(byte[] bytes) => Sha256(bytes, bytes.Length);

    /// <summary>Computes the SHA-256 of the first bytes of a buffer as lower-case hex.</summary>
    internal static string Sha256(byte[] buffer, int length)
    {
        using var sha = SHA256.Create();
        return Hex.Of(sha.ComputeHash(buffer, 0, length));
    }

    private static RubricReference? ReadRubric(DocumentWalker walker, MappingNode? map)
    {
        if (map is null)
        {
            return null;
        }

        var id = walker.String(map, "id", WhatRubric, true);
        var version = walker.String(map, "version", WhatRubric, true);
        var hash = walker.String(map, "contentHash", WhatRubric, false);
        return id is null || version is null ? null : new RubricReference(id, version, hash);
    }

    private static Response? ReadResponse(DocumentWalker walker, DocumentNode node)
    {
        var map = walker.Map(node, AResponse, "indicator", "group", "facet", "status", "level", "value", "evidence", "sources", "confidence", "notes", "provenance");
        if (map is null)
        {
            return null;
        }

        var indicator = walker.String(map, "indicator", AResponse, true);
        var group = walker.String(map, "group", AResponse, true);
        var facet = walker.String(map, "facet", AResponse, true);
        var level = walker.String(map, "level", AResponse, false);
        var value = walker.Number(map, "value", AResponse);
        var status = walker.Enum(map, "status", AResponse, StatusNames) ?? ResponseStatus.Answered;
        if (status == ResponseStatus.Answered && level is null && value is null && !walker.HasErrors)
        {
            walker.Error("003", Phrase.Of("diag.ASM003.response"), map);
        }

        if (status != ResponseStatus.Answered && (level is not null || value is not null))
        {
            walker.Error("004", Phrase.Of("diag.ASM004.status", walker.String(map.Get("status")!, WhatStatus)), map.Get("status")!, Phrase.Of("hint.ASM004.status"));
        }

        if (indicator is null || group is null || facet is null)
        {
            return null;
        }

        return new Response(indicator, group, facet, status, level, value)
        {
            Evidence = walker.String(map, "evidence", AResponse, false),
            Sources = walker.StringList(map, "sources", AResponse),
            Confidence = walker.Enum(map, "confidence", AResponse, ConfidenceNames) ?? Confidence.Unspecified,
            Notes = walker.String(map, "notes", AResponse, false),
            Provenance = ReconciliationJson.ReadProvenance(walker, map),
        };
    }

    private static void WriteResponse(Utf8JsonWriter json, Response response)
    {
        // Names encoded once: an import writes hundreds of responses per workbook.
        json.WriteStartObject();
        json.WriteString(Names.Indicator, response.IndicatorId);
        json.WriteString(Names.Group, response.GroupId);
        json.WriteString(Names.Facet, response.FacetId);
        if (response.Status != ResponseStatus.Answered)
        {
            json.WriteString(Names.Status, StatusName(response.Status));
        }

        if (response.Level is { } level)
        {
            json.WriteString(Names.Level, level);
        }

        if (response.Value is { } value)
        {
            json.WriteNumber(Names.Value, value);
        }

        if (response.Evidence is { } evidence)
        {
            json.WriteString(Names.Evidence, evidence);
        }

        if (response.Sources.Count > 0)
        {
            json.WriteStartArray(Names.Sources);
            foreach (var source in response.Sources)
            {
                json.WriteStringValue(source);
            }

            json.WriteEndArray();
        }

        if (response.Confidence != Confidence.Unspecified)
        {
            json.WriteString(Names.Confidence, ConfidenceName(response.Confidence));
        }

        if (response.Notes is { } notes)
        {
            json.WriteString(Names.Notes, notes);
        }

        if (response.Provenance is { } provenance)
        {
            ReconciliationJson.WriteProvenance(json, provenance);
        }

        json.WriteEndObject();
    }

    private static JsonEncodedText StatusName(ResponseStatus status) => status switch
    {
        ResponseStatus.NotApplicable => Names.NotApplicable,
        ResponseStatus.Unknown => Names.Unknown,
        _ => Names.Answered,
    };

    private static JsonEncodedText ConfidenceName(Confidence confidence) => confidence switch
    {
        Confidence.Low => Names.Low,
        Confidence.Medium => Names.Medium,
        _ => Names.High,
    };

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The names a response is written with, encoded once.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Indicator = JsonEncodedText.Encode("indicator");
        public static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
        public static readonly JsonEncodedText Facet = JsonEncodedText.Encode("facet");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Evidence = JsonEncodedText.Encode("evidence");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
        public static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
        public static readonly JsonEncodedText Notes = JsonEncodedText.Encode("notes");
        public static readonly JsonEncodedText Answered = JsonEncodedText.Encode("answered");
        public static readonly JsonEncodedText NotApplicable = JsonEncodedText.Encode("not-applicable");
        public static readonly JsonEncodedText Unknown = JsonEncodedText.Encode("unknown");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText Medium = JsonEncodedText.Encode("medium");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
    }
}
