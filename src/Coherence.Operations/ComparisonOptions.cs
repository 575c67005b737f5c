using System;
using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>What to compare, against which reference, and where to write the comparison.</summary>
/// <param name="Inputs">Assessment files and folders: two or more assessments of one rubric.</param>
public sealed record ComparisonOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets the reference assessment as <c>ISO3:period</c> (<c>XMA:2025</c>), or <see langword="null"/> for the first by country then period.</summary>
    public string? Reference { get; init; }

    /// <summary>Gets a rubric id or path that overrides the rubric each assessment names, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the path of the comparison JSON to write, or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets a value indicating whether existing outputs may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the clock that dates the comparison.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
