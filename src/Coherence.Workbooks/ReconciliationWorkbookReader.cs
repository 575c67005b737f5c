using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using DocumentFormat.OpenXml.Packaging;

namespace Coherence.Workbooks;

/// <summary>Reads a filled reconciliation workbook back: the teams' assessments it carries, its rules, and the agreed levels entered.</summary>
/// <remarks>
/// The disagreements sheet is found through a defined name and its columns through the hidden key row, so that sheets
/// renamed or moved, and rows sorted or filtered, read the same. Problems are located at <c>sheet!cell</c>.
/// </remarks>
public static class ReconciliationWorkbookReader
{
    /// <summary>Reads a reconciliation workbook file.</summary>
    /// <param name="path">The file, as the user gave it.</param>
    /// <param name="findRubric">Finds the rubric the workbook names, or returns <see langword="null"/>.</param>
    /// <returns>What the workbook holds, or the diagnostics that prevent reading it.</returns>
    public static Result<ReconciliationWorkbook> ReadFile(string path, Func<RubricReference, Rubric?> findRubric)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(path, "REC030", "cannot be read: " + e.Message, null);
        }

        return Read(bytes, path, findRubric);
    }

    /// <summary>Reads a reconciliation workbook held in memory.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="file">The file name, for diagnostics.</param>
    /// <param name="findRubric">Finds the rubric the workbook names, or returns <see langword="null"/>.</param>
    /// <returns>What the workbook holds, or the diagnostics that prevent reading it.</returns>
    public static Result<ReconciliationWorkbook> Read(byte[] bytes, string file, Func<RubricReference, Rubric?> findRubric)
    {
        if (bytes is null || bytes.Length < 2 || bytes[0] != 0x50 || bytes[1] != 0x4B)
        {
            return Fail(file, "REC030", "is not an .xlsx workbook", "pass the reconciliation workbook written by coherence reconcile --workbook");
        }

        try
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, writable: false));
            return Interpret(content, file, findRubric);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return Fail(file, "REC030", "is damaged or truncated: it cannot be opened as a workbook", "open it in Excel or LibreOffice Calc and save it again as .xlsx");
        }
    }

    private static Result<ReconciliationWorkbook> Fail(string file, string code, string message, string? hint) =>
        Result<ReconciliationWorkbook>.Failure(Diagnostic.Error(code, message, new SourceLocation(file), hint));

    private static Result<ReconciliationWorkbook> Interpret(SpreadsheetContent content, string file, Func<RubricReference, Rubric?> findRubric)
    {
        var diagnostics = new List<Diagnostic>();
        var metadata = content.Sheet(ReconciliationLayout.MetadataSheet);
        var pairs = metadata?.Pairs();
        if (pairs is null || !pairs.TryGetValue("format", out var format) || format != ReconciliationLayout.Format)
        {
            return Fail(file, "REC031", "is not a reconciliation workbook (its hidden metadata is missing)", content.Sheets.Any(s => s.Name == WorkbookLayout.MetadataSheet) ? "this is an assessment workbook: compare it with others with coherence agree" : "write one with coherence reconcile <assessments> --workbook <file>");
        }

        string Get(string key) => pairs.TryGetValue(key, out var value) ? value : string.Empty;
        var reference = new RubricReference(Get("rubric.id"), Get("rubric.version"), Get("rubric.contentHash") is { Length: > 0 } h ? h : null);
        var rubric = findRubric(reference);
        if (rubric is null)
        {
            return Fail(file, "ASM030", $"rubric '{reference.Id}' is not bundled with this tool", "pass the rubric file with --rubric");
        }

        // The teams' assessments, as embedded: checked against their hashes, then given back their original files as source.
        var sources = new List<Assessment>();
        var count = int.TryParse(Get("sources"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var embedded = content.Sheet(ReconciliationLayout.SourcesSheet);
        for (var i = 1; i <= count; i++)
        {
            var prefix = "source." + i.ToString(CultureInfo.InvariantCulture) + ".";
            var text = new StringBuilder();
            for (var row = 1u; embedded?.Text(i, row) is { } chunk; row++)
            {
                text.Append(chunk);
            }

            var bytes = new UTF8Encoding(false).GetBytes(text.ToString());
            if (bytes.Length == 0 || AssessmentJson.Sha256(bytes) != Get(prefix + "embeddedSha256"))
            {
                diagnostics.Add(Diagnostic.Error("REC032", $"the assessment of team '{Get(prefix + "id")}' carried in the workbook was changed or lost", new SourceLocation(file, Detail: ReconciliationLayout.SourcesSheet), "write the reconciliation workbook again from the teams' assessments"));
                continue;
            }

            var read = AssessmentJson.Read(bytes, Get(prefix + "path") is { Length: > 0 } p ? p : file);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Value is { } assessment)
            {
                sources.Add(assessment with { Source = Get(prefix + "sha256") is { Length: > 0 } sha ? new AssessmentSource(Get(prefix + "path"), sha) : null });
            }
        }

        var rules = new List<ReconciliationRule>();
        foreach (var word in Get("rules").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (ReconciliationRules.TryParse(word, out var rule))
            {
                rules.Add(rule);
            }
        }

        var decisions = ReadDecisions(content, file, rubric, Get("language"), diagnostics);
        if (diagnostics.Any(d => d.IsError))
        {
            return Result<ReconciliationWorkbook>.Failure(diagnostics);
        }

        return new Result<ReconciliationWorkbook>(new ReconciliationWorkbook(rubric, sources, rules, decisions), diagnostics);
    }

    private static Dictionary<ResponseKey, ReconciliationDecision> ReadDecisions(SpreadsheetContent content, string file, Rubric rubric, string language, List<Diagnostic> diagnostics)
    {
        var decisions = new Dictionary<ResponseKey, ReconciliationDecision>();
        if (!content.TryResolve(ReconciliationLayout.KeyRowName, out var sheetName, out _, out var keyRow) || content.Sheet(sheetName) is not { } sheet)
        {
            diagnostics.Add(Diagnostic.Error("REC033", "the sheet of disagreements is missing", new SourceLocation(file), "keep the sheet the workbook was written with; rename it if you like, but do not delete it"));
            return decisions;
        }

        var columns = sheet.Row(keyRow).ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        if (!columns.TryGetValue(ReconciliationLayout.CellKey, out var keyColumn) || !columns.TryGetValue(ReconciliationLayout.AgreedKey, out var agreedColumn))
        {
            diagnostics.Add(Diagnostic.Error("REC033", "the sheet of disagreements lost its hidden key row", new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(1, keyRow)), "write the reconciliation workbook again"));
            return decisions;
        }

        columns.TryGetValue(ReconciliationLayout.NoteKey, out var noteColumn);
        var vocabulary = new LevelVocabulary(rubric, language is "es" or "en" ? language : "es");
        foreach (var row in sheet.Rows.Where(r => r > keyRow + 1))
        {
            var keyText = sheet.Text(keyColumn, row);
            if (keyText is null)
            {
                continue;
            }

            var parts = keyText.Split('|');
            var key = parts.Length == 3 ? new ResponseKey(parts[0], parts[1], parts[2]) : default;
            var indicator = parts.Length == 3 ? rubric.FindIndicator(parts[0]) : null;
            var scale = indicator is null ? null : rubric.ScaleOf(indicator, key.FacetId);
            var where = new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(keyColumn, row));
            if (scale is null || !rubric.HasGroup(key.GroupId))
            {
                diagnostics.Add(Diagnostic.Error("REC034", $"row {row.ToString(CultureInfo.InvariantCulture)} names '{keyText}', which is not a cell of rubric '{rubric.Id}'", where, "keep the rows the workbook was written with"));
                continue;
            }

            var agreedText = sheet.Text(agreedColumn, row)?.Trim();
            var note = noteColumn > 0 ? sheet.Text(noteColumn, row)?.Trim() : null;
            var agreedCell = new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(agreedColumn, row));
            if (string.IsNullOrEmpty(agreedText))
            {
                if (!string.IsNullOrEmpty(note))
                {
                    diagnostics.Add(Diagnostic.Warning("REC036", $"{key.IndicatorId} · {key.GroupId} · {key.FacetId} has a note but no agreed level; the proposal stands", new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(noteColumn, row)), "choose the agreed level in column " + CellReference.Column(agreedColumn)));
                }

                continue;
            }

            var reading = vocabulary.Read(scale, agreedText!);
            if (reading.Problem is { } problem)
            {
                diagnostics.Add(Diagnostic.Error("REC035", problem, agreedCell, "choose a level from the list"));
                continue;
            }

            if (decisions.ContainsKey(key))
            {
                diagnostics.Add(Diagnostic.Error("REC037", $"{key.IndicatorId} · {key.GroupId} · {key.FacetId} is decided twice", agreedCell, "keep one row per cell"));
                continue;
            }

            decisions.Add(key, new ReconciliationDecision(key, reading.Status, reading.Level, reading.Value) { Note = string.IsNullOrEmpty(note) ? null : note, Location = agreedCell });
        }

        return decisions;
    }
}
