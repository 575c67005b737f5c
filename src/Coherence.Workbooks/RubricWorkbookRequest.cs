using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>What a rubric workbook is made for: rubric, country, period, language, team and any answers to carry over.</summary>
/// <param name="Rubric">The rubric whose indicators the workbook asks.</param>
/// <param name="Country">The country the workbook assesses.</param>
/// <param name="Period">The assessment period, such as <c>2026</c>.</param>
/// <param name="Language">The language of the workbook's texts: <c>es</c> or <c>en</c>.</param>
/// <param name="GeneratedAt">When the workbook is made; written to its metadata.</param>
public sealed record RubricWorkbookRequest(Rubric Rubric, CountryCode Country, string Period, string Language, DateTimeOffset GeneratedAt)
{
    /// <summary>Gets the country's name as the workbook shows it (plain or per language), or <see langword="null"/> for the name the tool knows.</summary>
    /// <remarks>The workbook shows it in its language and keeps every language in its metadata, so that its import gives it back.</remarks>
    public CountryName? CountryName { get; init; }

    /// <summary>Gets the assessor the workbook is sent to, or <see langword="null"/>.</summary>
    public Assessor? Assessor { get; init; }

    /// <summary>Gets notes written on the instructions sheet, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets the answers written in advance, by cell.</summary>
    public IReadOnlyDictionary<ResponseKey, Response> Answers { get; init; } = new Dictionary<ResponseKey, Response>();

    /// <summary>Gets the password that protects the sheets, or <see langword="null"/> for protection without password.</summary>
    public string? Password { get; init; }

    /// <summary>Gets the paper the sheets are laid out to print on; Letter unless said otherwise.</summary>
    public Paper Paper { get; init; } = Paper.Letter;

    /// <summary>Gets the version of the tool that makes the workbook, written to its metadata.</summary>
    public string ToolVersion { get; init; } = "0.0.0";

    /// <summary>Gets the rubric as indented JSON, when a caller making many workbooks of one rubric has it already; written to the hidden rubric sheet.</summary>
    /// <remarks>It must be <c>RubricJsonWriter.Write(Rubric, indented: true)</c>: a batch serializes its rubric once, not once per workbook.</remarks>
    internal string? RubricJson { get; init; }
}
