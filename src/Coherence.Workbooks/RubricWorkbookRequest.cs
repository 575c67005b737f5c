using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>What a rubric workbook is made for: rubric, country, period, language, team and any answers to carry over.</summary>
internal sealed record RubricWorkbookRequest(Rubric Rubric, CountryCode Country, string Period, string Language, DateTimeOffset GeneratedAt)
{
    public string? CountryName { get; init; }

    public Assessor? Assessor { get; init; }

    public string? Notes { get; init; }

    /// <summary>Gets the answers written in advance, by cell.</summary>
    public IReadOnlyDictionary<ResponseKey, Response> Answers { get; init; } = new Dictionary<ResponseKey, Response>();

    /// <summary>Gets the password that protects the sheets, or <see langword="null"/> for protection without password.</summary>
    public string? Password { get; init; }

    public string ToolVersion { get; init; } = "0.0.0";
}
