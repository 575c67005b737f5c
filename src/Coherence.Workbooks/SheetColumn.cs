using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>A column of a sheet, described by name: its key (for the hidden key row and for finding it), header, width and header style.</summary>
/// <param name="Key">The stable key, such as <c>law.level</c>.</param>
/// <param name="Header">The header people read.</param>
/// <param name="Width">The width in characters.</param>
/// <param name="HeaderStyle">The style of the header cell.</param>
internal sealed record SheetColumn(string Key, string Header, double Width, CellStyle HeaderStyle);
