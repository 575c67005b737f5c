using DocumentFormat.OpenXml.Spreadsheet;

namespace Coherence.Workbooks;

/// <summary>A sheet as the workbook lists it.</summary>
/// <param name="Name">The sheet name.</param>
/// <param name="RelationshipId">The relationship id of its part.</param>
/// <param name="State">Visible, hidden or very hidden; <see langword="null"/> means visible.</param>
internal sealed record SheetInfo(string Name, string? RelationshipId, SheetStateValues? State);
