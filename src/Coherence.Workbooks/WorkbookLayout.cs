using System.Globalization;

namespace Coherence.Workbooks;

/// <summary>The stable names a rubric workbook is found by: hidden sheets, metadata keys, column keys and defined names.</summary>
/// <remarks>People may rename, move and add sheets, rows and columns; these names are what the import relies on instead of positions.</remarks>
internal static class WorkbookLayout
{
    /// <summary>The very hidden sheet with the metadata and the drop-down lists.</summary>
    public const string MetadataSheet = "_coherence";

    /// <summary>The very hidden sheet with the rubric itself, as JSON, so the workbook can be read without it.</summary>
    public const string RubricSheet = "_rubric";

    /// <summary>The value of the <c>format</c> metadata key.</summary>
    public const string Format = "coherence-workbook";

    /// <summary>The version of this layout.</summary>
    /// <remarks>Version 2 adds the sheet for the whole country, which readers of version 1 would not read.</remarks>
    public const string FormatVersion = "2";

    /// <summary>The metadata key naming the sheet that asks the country-scope indicators once.</summary>
    public const string CountrySheetKey = "country.sheet";

    /// <summary>The defined name that points at the key row of the sheet for the whole country.</summary>
    public const string WholeCountryName = "Coherence_Country";

    /// <summary>The row of a group sheet that holds the column keys (hidden).</summary>
    public const uint KeyRow = 3;

    /// <summary>The row of a group sheet with the headers people read.</summary>
    public const uint HeaderRow = 4;

    /// <summary>The first row of answers on a group sheet.</summary>
    public const uint FirstDataRow = 5;

    /// <summary>How many characters of the rubric JSON go in one cell (Excel holds at most 32,767).</summary>
    public const int RubricChunk = 30000;

    public const string IndicatorKey = "indicator";
    public const string DimensionKey = "dimension";
    public const string NameKey = "name";
    public const string Question = "question";
    public const string Level = "level";
    public const string Meaning = "meaning";
    public const string Levels = "levels";
    public const string Evidence = "evidence";
    public const string Sources = "sources";
    public const string Confidence = "confidence";
    public const string Notes = "notes";

    public const string AssessorName = "Coherence_AssessorName";
    public const string AssessorOrganization = "Coherence_AssessorOrganization";
    public const string AssessorRole = "Coherence_AssessorRole";
    public const string AssessmentNotes = "Coherence_Notes";
    public const string ConfidenceList = "Coherence_Confidence";
    public const string RoleList = "Coherence_Roles";

    /// <summary>Gets the key of a facet's column (<c>law.level</c>).</summary>
    public static string FacetKey(string facetId, string part) => facetId + "." + part;

    /// <summary>Gets the defined name that points at a group sheet's key row.</summary>
    public static string GroupName(int index) => "Coherence_Group_" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Gets the defined name of a scale's drop-down list.</summary>
    public static string LevelList(int index) => "Coherence_Levels_" + index.ToString(CultureInfo.InvariantCulture);
}
