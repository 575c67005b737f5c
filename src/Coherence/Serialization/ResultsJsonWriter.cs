using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Serialization;

/// <summary>Writes the results JSON (<c>docs/results-json.md</c>) one assessment at a time, straight to a stream.</summary>
/// <remarks>
/// Call <see cref="Write"/> for each assessment, then <see cref="Complete"/> once with the rubrics used: the document is
/// valid only after that. Only the assessment being written is held; buffered bytes go to the stream every
/// <see cref="FlushThreshold"/> bytes.
/// </remarks>
public sealed class ResultsJsonWriter : IDisposable
{
    /// <summary>How many bytes the writer buffers before handing them to the stream.</summary>
    public const int FlushThreshold = 1 << 16;

    private static readonly JsonEncodedText Group = JsonEncodedText.Encode("group");
    private static readonly JsonEncodedText NodeId = JsonEncodedText.Encode("nodeId");
    private static readonly JsonEncodedText NodeKindName = JsonEncodedText.Encode("nodeKind");
    private static readonly JsonEncodedText Depth = JsonEncodedText.Encode("depth");
    private static readonly JsonEncodedText DimensionId = JsonEncodedText.Encode("dimensionId");
    private static readonly JsonEncodedText Law = JsonEncodedText.Encode("law");
    private static readonly JsonEncodedText Practice = JsonEncodedText.Encode("practice");
    private static readonly JsonEncodedText NetGap = JsonEncodedText.Encode("netGap");
    private static readonly JsonEncodedText AbsoluteGap = JsonEncodedText.Encode("absoluteGap");
    private static readonly JsonEncodedText CoherenceName = JsonEncodedText.Encode("coherence");
    private static readonly JsonEncodedText Coverage = JsonEncodedText.Encode("coverage");
    private static readonly JsonEncodedText LawCoverage = JsonEncodedText.Encode("lawCoverage");
    private static readonly JsonEncodedText PracticeCoverage = JsonEncodedText.Encode("practiceCoverage");
    private static readonly JsonEncodedText Answered = JsonEncodedText.Encode("answered");
    private static readonly JsonEncodedText Applicable = JsonEncodedText.Encode("applicable");
    private static readonly JsonEncodedText Class = JsonEncodedText.Encode("class");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText MinimumCoverage = JsonEncodedText.Encode("minimumCoverage");
    private static readonly JsonEncodedText LawAllCells = JsonEncodedText.Encode("lawAllCells");
    private static readonly JsonEncodedText PracticeAllCells = JsonEncodedText.Encode("practiceAllCells");
    private static readonly JsonEncodedText LawAnswered = JsonEncodedText.Encode("lawAnswered");
    private static readonly JsonEncodedText LawApplicable = JsonEncodedText.Encode("lawApplicable");
    private static readonly JsonEncodedText PracticeAnswered = JsonEncodedText.Encode("practiceAnswered");
    private static readonly JsonEncodedText PracticeApplicable = JsonEncodedText.Encode("practiceApplicable");

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private readonly Utf8JsonWriter json;
    private int assessments;
    private long rowCount;
    private bool completed;

    /// <summary>Initializes a new instance of the <see cref="ResultsJsonWriter"/> class and writes the document's head.</summary>
    /// <param name="stream">Where to write; it is closed with the writer unless <paramref name="leaveOpen"/>.</param>
    /// <param name="generatedAt">When the scores were computed.</param>
    /// <param name="toolVersion">The version of the tool that computed them.</param>
    /// <param name="leaveOpen">Whether to leave the stream open when the writer is disposed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="toolVersion"/> is <see langword="null"/>.</exception>
    public ResultsJsonWriter(Stream stream, DateTimeOffset generatedAt, string toolVersion, bool leaveOpen = false)
    {
        this.stream = stream ?? throw new ArgumentNullException(nameof(stream));
        if (toolVersion is null)
        {
            throw new ArgumentNullException(nameof(toolVersion));
        }

        this.leaveOpen = leaveOpen;
        json = new Utf8JsonWriter(stream, ResultDocument.Options);
        ResultDocument.WriteHead(json, ResultsJson.ApiVersion, "Results", toolVersion, generatedAt);
        json.WriteStartArray("assessments");
    }

    /// <summary>Gets how many assessments have been written.</summary>
    public int Assessments => assessments;

    /// <summary>Gets how many rows have been written.</summary>
    public long Rows => rowCount;

    /// <summary>Writes one assessment: who and what it is, its rows, and the problems found in its responses.</summary>
    /// <param name="score">The assessment's score, for provenance, evidence and diagnostics.</param>
    /// <param name="rows">Its rows, as <see cref="ScoringEngine.Rows"/> gives them.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document is complete already.</exception>
    public void Write(AssessmentScore score, IReadOnlyList<ScoreRow> rows)
    {
        if (score is null)
        {
            throw new ArgumentNullException(nameof(score));
        }

        if (rows is null)
        {
            throw new ArgumentNullException(nameof(rows));
        }

        if (completed)
        {
            throw new InvalidOperationException("the results document is complete already");
        }

        var assessment = score.Assessment;
        json.WriteStartObject();
        json.WriteString("country", assessment.Country.Value);
        CountryNameJson.Write(json, "countryName", assessment.CountryName);

        json.WriteString("period", assessment.Period);
        if (rows.Count > 0 && rows[0].Variant is { } variant)
        {
            json.WriteString("variant", variant);
        }
        else
        {
            json.WriteNull("variant");
        }

        json.WriteStartObject("rubric");
        json.WriteString("id", assessment.Rubric.Id);
        json.WriteString("version", assessment.Rubric.Version);
        if (assessment.Rubric.ContentHash is not null)
        {
            json.WriteString("contentHash", assessment.Rubric.ContentHash);
        }

        json.WriteEndObject();
        if (assessment.Assessors.Count > 0 && assessment.Reconciliation is null)
        {
            json.WriteString("assessorRole", Names.Of(assessment.Assessors[0].Role));
        }
        else
        {
            json.WriteNull("assessorRole");
        }

        if (assessment.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("path", source.Path);
            json.WriteString("sha256", source.Sha256);
            json.WriteEndObject();
        }

        json.WriteStartArray("rows");
        var next = 0;
        foreach (var row in rows)
        {
            IndicatorScore? cell = null;
            if (row.Kind == NodeKind.Indicator && next < score.Indicators.Count)
            {
                // Indicator rows come in the order of the score's indicator cells.
                cell = score.Indicators[next++];
            }

            WriteRow(row, cell);
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in score.Diagnostics)
        {
            WriteDiagnostic(diagnostic);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        assessments++;
        rowCount += rows.Count;
    }

    /// <summary>Ends the document: the rubrics used and the counts, then the closing brackets; flushes everything to the stream.</summary>
    /// <param name="rubrics">The rubrics the assessments were scored with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubrics"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document is complete already.</exception>
    public void Complete(IEnumerable<Rubric> rubrics)
    {
        if (rubrics is null)
        {
            throw new ArgumentNullException(nameof(rubrics));
        }

        if (completed)
        {
            throw new InvalidOperationException("the results document is complete already");
        }

        json.WriteEndArray();
        json.WriteStartArray("rubrics");
        foreach (var rubric in rubrics.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", rubric.Id);
            json.WriteString("version", rubric.Version);
            json.WriteString("contentHash", rubric.ContentHash);
            json.WriteStartArray("facets");
            foreach (var facet in rubric.Facets)
            {
                json.WriteStringValue(facet.Id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("count");
        json.WriteNumber("assessments", assessments);
        json.WriteNumber("rows", rowCount);
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.Flush();
        completed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        json.Dispose();
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }

    private void WriteRow(ScoreRow row, IndicatorScore? cell)
    {
        var score = row.Score;
        json.WriteStartObject();
        json.WriteString(Group, row.Group);
        json.WriteString(NodeId, row.NodeId);
        json.WriteString(NodeKindName, Names.Of(row.Kind));
        json.WriteNumber(Depth, row.Depth);
        if (row.DimensionId is null)
        {
            json.WriteNull(DimensionId);
        }
        else
        {
            json.WriteString(DimensionId, row.DimensionId);
        }

        Number(Law, score.Law);
        Number(Practice, score.Practice);
        Number(NetGap, score.NetGap);
        Number(AbsoluteGap, score.AbsoluteGap);
        Number(CoherenceName, score.Coherence);
        json.WriteNumber(Coverage, score.Coverage);
        json.WriteNumber(LawCoverage, score.LawCoverage);
        json.WriteNumber(PracticeCoverage, score.PracticeCoverage);
        json.WriteNumber(Answered, score.Answered);
        json.WriteNumber(Applicable, score.Applicable);
        Number(LawAllCells, score.LawAllCells);
        Number(PracticeAllCells, score.PracticeAllCells);
        json.WriteNumber(LawAnswered, score.LawAnswered);
        json.WriteNumber(LawApplicable, score.LawApplicable);
        json.WriteNumber(PracticeAnswered, score.PracticeAnswered);
        json.WriteNumber(PracticeApplicable, score.PracticeApplicable);
        if (row.Class is { } gapClass)
        {
            json.WriteString(Class, Names.Of(gapClass));
        }
        else
        {
            json.WriteNull(Class);
        }

        json.WriteString(Status, Names.Of(score.Status));
        if (score.Reason is { } reason)
        {
            json.WriteString(Reason, reason.Name);
        }
        else
        {
            json.WriteNull(Reason);
        }

        Number(MinimumCoverage, score.Reason?.MinimumCoverage);
        if (cell is not null)
        {
            WriteResponse("lawResponse", cell.LawResponse);
            WriteResponse("practiceResponse", cell.PracticeResponse);
        }

        json.WriteEndObject();
    }

    private void WriteResponse(string name, Response? response)
    {
        if (response is null)
        {
            return;
        }

        json.WriteStartObject(name);
        if (response.Level is not null)
        {
            json.WriteString("level", response.Level);
        }

        if (response.Value is { } value)
        {
            json.WriteNumber("value", value);
        }

        if (response.Evidence is not null)
        {
            json.WriteString("evidence", response.Evidence);
        }

        if (response.Notes is not null)
        {
            json.WriteString("notes", response.Notes);
        }

        json.WriteEndObject();
    }

    private void WriteDiagnostic(Diagnostic diagnostic)
    {
        json.WriteStartObject();
        json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
        json.WriteString("code", diagnostic.Code);
        json.WriteString("message", Texts.English.RenderQuoting(diagnostic.Message));
        json.WriteString("location", diagnostic.Location.ToString());
        if (diagnostic.Hint is not null)
        {
            json.WriteString("hint", diagnostic.Hint.ToString());
        }

        json.WriteEndObject();
    }

    private void Number(JsonEncodedText name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
