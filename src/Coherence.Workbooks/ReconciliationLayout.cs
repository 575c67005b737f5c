using System.Globalization;

namespace Coherence.Workbooks;

/// <summary>The stable names a reconciliation workbook is found by: hidden sheets, metadata keys, column keys and defined names.</summary>
internal static class ReconciliationLayout
{
    /// <summary>The very hidden sheet with the metadata and the drop-down lists.</summary>
    public const string MetadataSheet = "_coherence_reconciliation";

    /// <summary>The very hidden sheet with the teams' assessments, as JSON, one column each, so that the workbook is read back without them.</summary>
    public const string SourcesSheet = "_sources";

    /// <summary>The value of the <c>format</c> metadata key.</summary>
    public const string Format = "coherence-reconciliation";

    /// <summary>The version of this layout.</summary>
    public const string FormatVersion = "1";

    /// <summary>The defined name of the disagreements sheet's key row.</summary>
    public const string KeyRowName = "Coherence_Disagreements";

    /// <summary>The row of the disagreements sheet that holds the column keys (hidden).</summary>
    public const uint KeyRow = 3;

    /// <summary>The row with the headers people read.</summary>
    public const uint HeaderRow = 4;

    /// <summary>The first row of disagreements.</summary>
    public const uint FirstDataRow = 5;

    public const string CellKey = "cell";
    public const string AgreedKey = "agreed";
    public const string NoteKey = "note";

    /// <summary>Gets the defined name of a scale's drop-down list.</summary>
    public static string LevelList(int index) => "Coherence_Reconciliation_Levels_" + index.ToString(CultureInfo.InvariantCulture);
}
