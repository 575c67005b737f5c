using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>Which filled workbooks to import and where to write their assessment JSON.</summary>
/// <param name="Inputs">Workbooks and folders of workbooks.</param>
/// <param name="Output">A JSON file for one workbook, or a folder for several (files named <c>ISO3-period.json</c>).</param>
public sealed record ImportOptions(IReadOnlyList<string> Inputs, string Output)
{
    /// <summary>Gets a rubric id or path to read every workbook against, or <see langword="null"/> for the one each names.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets a value indicating whether existing JSON files may be replaced.</summary>
    public bool Force { get; init; }
}
