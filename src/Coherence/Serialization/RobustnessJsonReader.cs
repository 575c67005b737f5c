using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Robustness;

namespace Coherence.Serialization;

/// <summary>Reads back the rank intervals of a robustness result that <see cref="RobustnessJsonWriter"/> wrote.</summary>
internal static class RobustnessJsonReader
{
    /// <summary>Reads a robustness result file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">Receives a located error when the file is missing, unreadable or not a robustness result.</param>
    /// <returns>The result's rank intervals, or <see langword="null"/> after an error.</returns>
    public static RobustnessSummary? Read(string path, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error("REP012", Phrase.Of("diag.REP012"), new SourceLocation(path), Phrase.Of("hint.REP012")));
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
            return Read(path, document.RootElement, diagnostics);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : 0;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
            diagnostics.Add(Diagnostic.Error("REP013", Phrase.Of("diag.REP013.json"), new SourceLocation(path, line, column), Phrase.Of("hint.REP013")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error("REP012", Phrase.Of("diag.REP012.read", e.Message), new SourceLocation(path), Phrase.Of("hint.REP012")));
        }

        return null;
    }

    private static RobustnessSummary? Read(string path, JsonElement root, List<Diagnostic> diagnostics)
    {
        void Bad(string where) =>
            diagnostics.Add(Diagnostic.Error("REP013", Phrase.Of("diag.REP013", where), new SourceLocation(path, Detail: where), Phrase.Of("hint.REP013")));

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind) || kind.ValueKind != JsonValueKind.String || kind.GetString() != "RobustnessResult")
        {
            Bad("kind");
            return null;
        }

        if (!root.TryGetProperty("rubric", out var rubric) || rubric.ValueKind != JsonValueKind.Object
            || Text(rubric, "id") is not { } rubricId || Text(rubric, "version") is not { } rubricVersion)
        {
            Bad("rubric");
            return null;
        }

        if (!root.TryGetProperty("draws", out var drawsValue) || !drawsValue.TryGetInt32(out var draws)
            || !ulong.TryParse(Text(root, "seed"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed))
        {
            Bad("draws");
            return null;
        }

        if (!root.TryGetProperty("ranks", out var ranks) || ranks.ValueKind != JsonValueKind.Array)
        {
            Bad("ranks");
            return null;
        }

        var rows = new List<RankInterval>();
        var index = 0;
        foreach (var row in ranks.EnumerateArray())
        {
            var where = "ranks[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (row.ValueKind != JsonValueKind.Object || !CountryCode.TryParse(Text(row, "country"), out var country) || Text(row, "period") is not { } period
                || !row.TryGetProperty("units", out var unitsValue) || !unitsValue.TryGetInt32(out var units))
            {
                Bad(where);
                return null;
            }

            var shares = new List<double>();
            if (row.TryGetProperty("rankShares", out var shareValues) && shareValues.ValueKind == JsonValueKind.Array)
            {
                foreach (var share in shareValues.EnumerateArray())
                {
                    shares.Add(share.ValueKind == JsonValueKind.Number ? share.GetDouble() : 0);
                }
            }

            var group = Text(row, "group");
            rows.Add(new RankInterval(
                country,
                CountryNameJson.Read(row, "countryName"),
                period,
                group is null or "*" ? null : group,
                units,
                Number(row, "nominalScore"),
                Whole(row, "nominalRank"),
                Number(row, "medianRank"),
                Whole(row, "rankLow"),
                Whole(row, "rankHigh"),
                shares,
                Number(row, "unrankedShare") ?? 0));
        }

        return new RobustnessSummary(path, rubricId, rubricVersion, draws, seed, rows);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static int? Whole(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number : null;
}
