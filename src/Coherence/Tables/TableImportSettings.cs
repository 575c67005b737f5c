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
}
