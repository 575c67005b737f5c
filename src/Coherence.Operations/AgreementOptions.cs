using System;
using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>Which assessments to compare for agreement, how, and where to write the results.</summary>
/// <param name="Inputs">Assessment files and folders: the assessments two or more teams made of the same country and period.</param>
public sealed record AgreementOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets a rubric id or path that overrides the rubric each assessment names, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the number of bootstrap resamples behind alpha's confidence interval; 0 computes none.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Gets the seed of the bootstrap, so that the same inputs give the same intervals.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the path of the agreement JSON to write, or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets the path of the tidy agreement CSV to write, or <see langword="null"/>.</summary>
    public string? CsvPath { get; init; }

    /// <summary>Gets a value indicating whether existing outputs may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the clock that dates the results.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
