using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Workbooks;

/// <summary>An answer sheet the print form reads: its tab name, its title, and the row of each indicator it asks.</summary>
/// <param name="Name">The sheet's tab name.</param>
/// <param name="Title">What the form calls it (the group's full name).</param>
/// <param name="GroupId">The group id, or <see cref="Response.WholeCountry"/>.</param>
/// <param name="Rows">The row of each indicator on the sheet.</param>
internal sealed record AnswerSheet(string Name, string Title, string GroupId, IReadOnlyDictionary<string, uint> Rows);
