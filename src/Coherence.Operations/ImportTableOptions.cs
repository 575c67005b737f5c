using System;
using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>What table to import, against which rubric, and where to write the assessments.</summary>
/// <param name="TablePath">The CSV file: a row per unit and period, a column per indicator (and facet and group).</param>
/// <param name="Rubric">A bundled rubric's id or the path of a rubric file.</param>
/// <param name="UnitColumn">The header of the column holding the unit (country) code.</param>
/// <param name="PeriodColumn">The header of the column holding the period.</param>
/// <param name="OutputDirectory">The folder that receives one <c>&lt;ISO3&gt;-&lt;period&gt;.json</c> per row.</param>
public sealed record ImportTableOptions(string TablePath, string Rubric, string UnitColumn, string PeriodColumn, string OutputDirectory)
{
    /// <summary>Gets the path of a column map (CSV: <c>column,indicator,facet,group</c>), or <see langword="null"/>.</summary>
    public string? MapPath { get; init; }

    /// <summary>Gets the path of a unit code file (CSV: <c>unit,country</c>), or <see langword="null"/>.</summary>
    public string? UnitCodesPath { get; init; }

    /// <summary>Gets the unit codes whose rows are left out knowingly.</summary>
    public IReadOnlyList<string> SkipUnits { get; init; } = Array.Empty<string>();

    /// <summary>Gets a value indicating whether existing assessment files may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the sheets of an <c>.xlsx</c> table to read, by name or 1-based position; empty for the first. Several sheets are several editions.</summary>
    public IReadOnlyList<string> Sheets { get; init; } = Array.Empty<string>();

    /// <summary>Gets the 1-based row of the header in an <c>.xlsx</c> table (the column, when <see cref="Transposed"/>).</summary>
    public int HeaderRow { get; init; } = 1;

    /// <summary>Gets how many rows the header of an <c>.xlsx</c> table spans.</summary>
    public int HeaderRows { get; init; } = 1;

    /// <summary>Gets whether an <c>.xlsx</c> table has units in columns and indicators in rows.</summary>
    public bool Transposed { get; init; }

    /// <summary>Gets more spellings of a missing value, besides an empty cell, <c>NA</c> and <c>#N/A</c>.</summary>
    public IReadOnlyList<string> MissingTokens { get; init; } = Array.Empty<string>();

    /// <summary>Gets whether rows with an empty unit are left out and counted rather than refused.</summary>
    public bool SkipEmptyUnits { get; init; }

    /// <summary>Gets whether a map naming an indicator the rubric lacks is an error rather than a warning.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the language of the progress messages (<c>es</c>, <c>en</c>), or <see langword="null"/> for English.</summary>
    public string? Language { get; init; }
}
