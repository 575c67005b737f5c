using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Localization;
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
            return Fail(path, "REC030", Phrase.Of("diag.REC030.read", e.Message), null);
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
            return Fail(file, "REC030", Phrase.Of("diag.REC030.not-xlsx"), Phrase.Of("hint.REC030.not-xlsx"));
        }

        try
        {
            using var content = SpreadsheetContent.Open(new MemoryStream(bytes, writable: false));
            return Interpret(content, file, findRubric);
        }
        catch (Exception e) when (e is WorkbookLimitException or OpenXmlPackageException or InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException)
        {
            return Fail(file, "REC030", Phrase.Of("diag.REC030.damaged"), Phrase.Of("hint.WBK004.damaged"));
        }
    }

    private static Result<ReconciliationWorkbook> Fail(string file, string code, Phrase message, Phrase? hint) =>
        Result<ReconciliationWorkbook>.Failure(Diagnostic.Error(code, message, new SourceLocation(file), hint));

    private static Result<ReconciliationWorkbook> Interpret(SpreadsheetContent content, string file, Func<RubricReference, Rubric?> findRubric)
    {
        var diagnostics = new List<Diagnostic>();
        var metadata = content.Sheet(ReconciliationLayout.MetadataSheet);
        var pairs = metadata?.Pairs();
        if (pairs is null || !pairs.TryGetValue("format", out var format) || format != ReconciliationLayout.Format)
        {
            return Fail(file, "REC031", Phrase.Of("diag.REC031"), content.Sheets.Any(s => s.Name == WorkbookLayout.MetadataSheet) ? Phrase.Of("hint.REC031.assessment") : Phrase.Of("hint.REC031"));
        }

        string Get(string key) => pairs.TryGetValue(key, out var value) ? value : string.Empty;
        var reference = new RubricReference(Get("rubric.id"), Get("rubric.version"), Get("rubric.contentHash") is { Length: > 0 } h ? h : null);
        var rubric = findRubric(reference);
        if (rubric is null)
        {
            return Fail(file, "ASM030", Phrase.Of("diag.ASM030", reference.Id), Phrase.Of("hint.WBK030"));
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
                diagnostics.Add(Diagnostic.Error("REC032", Phrase.Of("diag.REC032", Get(prefix + "id")), new SourceLocation(file, Detail: ReconciliationLayout.SourcesSheet), Phrase.Of("hint.REC032")));
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
            diagnostics.Add(Diagnostic.Error("REC033", Phrase.Of("diag.REC033.sheet"), new SourceLocation(file), Phrase.Of("hint.REC033.sheet")));
            return decisions;
        }

        var columns = sheet.Row(keyRow).ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        if (!columns.TryGetValue(ReconciliationLayout.CellKey, out var keyColumn) || !columns.TryGetValue(ReconciliationLayout.AgreedKey, out var agreedColumn))
        {
            diagnostics.Add(Diagnostic.Error("REC033", Phrase.Of("diag.REC033.keys"), new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(1, keyRow)), Phrase.Of("hint.REC033.keys")));
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
            if (scale is null || !(rubric.HasGroup(key.GroupId) || (key.GroupId == Response.WholeCountry && indicator!.Scope == IndicatorScope.Country)))
            {
                diagnostics.Add(Diagnostic.Error("REC034", Phrase.Of("diag.REC034", row, keyText, rubric.Id), where, Phrase.Of("hint.REC-keep-rows")));
                continue;
            }

            var agreedText = sheet.Text(agreedColumn, row)?.Trim();
            var note = noteColumn > 0 ? sheet.Text(noteColumn, row)?.Trim() : null;
            var agreedCell = new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(agreedColumn, row));
            if (string.IsNullOrEmpty(agreedText))
            {
                if (!string.IsNullOrEmpty(note))
                {
                    diagnostics.Add(Diagnostic.Warning("REC036", Phrase.Of("diag.REC036", key.IndicatorId, key.GroupId, key.FacetId), new SourceLocation(file, Detail: sheet.Name + "!" + CellReference.Of(noteColumn, row)), Phrase.Of("hint.REC036", CellReference.Column(agreedColumn))));
                }

                continue;
            }

            var reading = vocabulary.Read(scale, agreedText!);
            if (reading.Problem is { } problem)
            {
                diagnostics.Add(Diagnostic.Error("REC035", problem, agreedCell, Phrase.Of("hint.REC-choose-level")));
                continue;
            }

            if (decisions.ContainsKey(key))
            {
                diagnostics.Add(Diagnostic.Error("REC037", Phrase.Of("diag.REC037", key.IndicatorId, key.GroupId, key.FacetId), agreedCell, Phrase.Of("hint.REC037")));
                continue;
            }

            decisions.Add(key, new ReconciliationDecision(key, reading.Status, reading.Level, reading.Value) { Note = string.IsNullOrEmpty(note) ? null : note, Location = agreedCell });
        }

        return decisions;
    }
}
