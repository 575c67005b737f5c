using System;
using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>What to score and where to write the results.</summary>
/// <remarks>
/// Files are scored in the order given, a folder's files in ordinal order of their paths; every output follows that order.
/// </remarks>
/// <param name="Inputs">Assessment files and folders.</param>
public sealed record ScoreOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets a rubric id or path that overrides the rubric each assessment names, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the path of the results JSON to write, or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets the path of the tidy results table to write as CSV, one row per country, period, group and node, or <see langword="null"/>.</summary>
    public string? CsvPath { get; init; }

    /// <summary>Gets the path of the tidy results to write as JSON Lines, one object per row, or <see langword="null"/>.</summary>
    public string? JsonLinesPath { get; init; }

    /// <summary>Gets the path of the results workbook to write, or <see langword="null"/>.</summary>
    public string? XlsxPath { get; init; }

    /// <summary>Gets the paper the results workbook is laid out to print on: Letter, the paper of the region, unless said otherwise.</summary>
    public Coherence.Workbooks.Paper XlsxPaper { get; init; } = Coherence.Workbooks.Paper.Letter;

    /// <summary>Gets the folder for HTML reports (a profile per country and period, a comparison per period), or <see langword="null"/>.</summary>
    public string? ReportsFolder { get; init; }

    /// <summary>Gets the language of the workbook and reports (<c>es</c>, <c>en</c>), or <see langword="null"/> for English.</summary>
    /// <remarks>The operation reads no culture of its own: the command line passes the language its user chose or reads.</remarks>
    public string? Language { get; init; }

    /// <summary>Gets how to score a country and period that several teams assessed; unspecified leaves it out, with a warning.</summary>
    public AssessorCombination Assessors { get; init; }

    /// <summary>Gets a value indicating whether existing outputs may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the clock that dates the results.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Gets the most indicator rows the results workbook may hold; tests lower it.</summary>
    internal int WorkbookRowLimit { get; init; } = Coherence.Workbooks.ResultsWorkbookWriter.MaxGapRows;
}
