using System;
using System.Globalization;

namespace Coherence.Workbooks;

/// <summary>How much of a workbook package is read at most, so that a small file that inflates without end is refused early (the defence of Apache POI's <c>ZipSecureFile</c>).</summary>
/// <remarks>
/// Each limit can be raised with an environment variable (listed in <c>docs/limits.md</c>); a filled rubric workbook stays
/// far below every default.
/// </remarks>
internal sealed record WorkbookLimits(long MaxEntryBytes, double MaxRatio, int MaxRows, int MaxCellsPerRow)
{
    /// <summary>The variable that raises the decompressed size of one package entry, in MiB.</summary>
    public const string EntryVariable = "COHERENCE_MAX_ENTRY_MB";

    /// <summary>The variable that raises the compression ratio of one package entry.</summary>
    public const string RatioVariable = "COHERENCE_MAX_COMPRESSION_RATIO";

    /// <summary>The variable that raises the rows read per sheet.</summary>
    public const string RowsVariable = "COHERENCE_MAX_ROWS";

    /// <summary>The variable that raises the cells read per row.</summary>
    public const string CellsVariable = "COHERENCE_MAX_CELLS_PER_ROW";

    /// <summary>Entries smaller than this are not held to the ratio: tiny XML parts compress very well.</summary>
    public const long RatioGraceBytes = 1024 * 1024;

    /// <summary>Gets the defaults: 64 MiB per entry, a ratio of 100, 10,000 rows per sheet, 500 cells per row.</summary>
    public static WorkbookLimits Default { get; } = new(64L * 1024 * 1024, 100, 10_000, 500);

    /// <summary>Gets the limits of this run: the defaults, raised or lowered by the environment variables.</summary>
    /// <returns>The limits.</returns>
    public static WorkbookLimits FromEnvironment() => new(
        (long)(Number(EntryVariable, 64) * 1024 * 1024),
        Number(RatioVariable, Default.MaxRatio),
        (int)Math.Min(int.MaxValue, Number(RowsVariable, Default.MaxRows)),
        (int)Math.Min(int.MaxValue, Number(CellsVariable, Default.MaxCellsPerRow)));

    private static double Number(string variable, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(variable), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && !double.IsInfinity(value)
            ? value
            : fallback;
}
