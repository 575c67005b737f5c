using System;
using Coherence.Workbooks.Styles;

namespace Coherence.Workbooks;

/// <summary>A column of a table of rows of one kind: key, header, width, and the value and style of its cell in each row.</summary>
/// <typeparam name="TRow">What one row shows.</typeparam>
/// <param name="Key">The stable key of the column.</param>
/// <param name="Header">The header people read.</param>
/// <param name="Width">The width in characters.</param>
/// <param name="Value">The cell's value in a row: a text, a number (<see cref="double"/>), or <see langword="null"/> for a blank cell.</param>
/// <param name="Style">The cell's style in a row.</param>
internal sealed record DataColumn<TRow>(string Key, string Header, double Width, Func<TRow, object?> Value, Func<TRow, CellStyle> Style);
