using System;
using System.Collections.Generic;

namespace Coherence.Tables;

/// <summary>How to read a wide table: which columns name the unit and the period, how other columns map to indicators, and which units to leave out.</summary>
/// <param name="UnitColumn">The header of the column holding the unit (country) code.</param>
/// <param name="PeriodColumn">The header of the column holding the period (<c>2016</c>, <c>2025-S2</c>).</param>
public sealed record TableImportSettings(string UnitColumn, string PeriodColumn)
{
    /// <summary>Gets the column map, or <see langword="null"/> to rely on the default column names only.</summary>
    public ColumnMap? Map { get; init; }

    /// <summary>Gets the unit codes whose rows are left out knowingly (compared without regard to letter case).</summary>
    public IReadOnlyList<string> SkipUnits { get; init; } = Array.Empty<string>();

    /// <summary>Gets a translation of unit codes into country codes, or <see langword="null"/>.</summary>
    public UnitCodeMap? UnitCodes { get; init; }

    /// <summary>Gets the spellings every table reads as a missing value, besides an empty cell: <c>NA</c> and <c>#N/A</c>.</summary>
    public static IReadOnlyList<string> DefaultMissingTokens { get; } = new[] { "NA", "#N/A" };

    /// <summary>Gets more spellings of a missing value (<c>n/a</c>, <c>-</c>, <c>..</c>), compared after trimming and ignoring letter case.</summary>
    /// <remarks>They add to <see cref="DefaultMissingTokens"/>; a missing cell gives no response, so the indicator counts as not answered.</remarks>
    public IReadOnlyList<string> MissingTokens { get; init; } = Array.Empty<string>();

    /// <summary>Gets whether rows whose unit cell is empty are left out (and counted) rather than refused (<c>TAB031</c>).</summary>
    /// <remarks>The same as listing the empty string in <see cref="SkipUnits"/>.</remarks>
    public bool SkipEmptyUnits { get; init; }

    /// <summary>Gets whether a map entry naming an indicator the rubric lacks is an error (<c>TAB021</c>) rather than a warning that leaves its column out.</summary>
    public bool Strict { get; init; }

    /// <summary>Gets the language of the progress messages (<c>es</c>, <c>en</c>), or <see langword="null"/> for English.</summary>
    public string? Language { get; init; }
}
