using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Workbooks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Coherence.Tests.Spreadsheets;

/// <summary>What the workbook tests share: making workbooks, validating them and comparing responses.</summary>
internal static class Workbooks
{
    public static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static void Write(string path, Rubric rubric, IEnumerable<Response>? answers = null, string language = "es", string? password = null)
    {
        var request = new RubricWorkbookRequest(rubric, CountryCode.Parse("GTM"), "2026", language, Now)
        {
            Answers = (answers ?? Enumerable.Empty<Response>()).ToDictionary(r => r.Key),
            Password = password,
            ToolVersion = "test",
        };
        using var stream = File.Create(path);
        RubricWorkbookWriter.Write(request, stream);
    }

    public static Coherence.Diagnostics.Result<Assessment> Read(string path, Rubric rubric) =>
        new WorkbookAssessmentReader(_ => null).ReadFile(path, rubric);

    /// <summary>Asserts that Open XML SDK's validator finds no error, listing them when it does.</summary>
    public static void AssertValid(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(document).Take(20).ToList();
        Assert.True(errors.Count == 0, path + ":\n" + string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    /// <summary>A response as one comparable line: everything the import must give back.</summary>
    public static string Describe(Response r) => string.Join(
        "|",
        r.IndicatorId,
        r.GroupId,
        r.FacetId,
        r.Status,
        r.Level ?? string.Empty,
        r.Value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
        Escape(r.Evidence),
        string.Join("¶", r.Sources.Select(Escape)),
        r.Confidence,
        Escape(r.Notes));

    public static List<string> Describe(IEnumerable<Response> responses) => responses.Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();

    private static string Escape(string? text) => text is null ? "∅" : text.Replace("\n", "\\n").Replace("\r", "\\r");
}
