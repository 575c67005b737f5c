using System;
using System.Collections.Generic;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>Which assessments to reconcile into a consensus, by which rules, and where to write the consensus and the reconciliation workbook.</summary>
/// <param name="Inputs">Assessment files and folders: the assessments two or more teams made of one country and period; empty when <see cref="DecisionsPath"/> is given.</param>
public sealed record ReconcileOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets assessments already read, reconciled instead of <see cref="Inputs"/>; <see langword="null"/> to read the inputs.</summary>
    public IReadOnlyList<Assessment>? Assessments { get; init; }

    /// <summary>Gets a rubric id or path that overrides the rubric the assessments name, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the rules that settle differences, tried in order; none leaves every difference to a decision.</summary>
    public IReadOnlyList<ReconciliationRule> Rules { get; init; } = Array.Empty<ReconciliationRule>();

    /// <summary>Gets the path of the consensus assessment (JSON) to write, or <see langword="null"/>.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Gets the path of the reconciliation workbook to write, or <see langword="null"/>.</summary>
    public string? WorkbookPath { get; init; }

    /// <summary>Gets the path of a filled reconciliation workbook whose decisions make the consensus, or <see langword="null"/>.</summary>
    public string? DecisionsPath { get; init; }

    /// <summary>Gets the language of the workbook (<c>es</c>, <c>en</c>), or <see langword="null"/> for the user's.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the password of the workbook's sheet protection, or <see langword="null"/> for protection without one.</summary>
    public string? Password { get; init; }

    /// <summary>Gets the number of bootstrap resamples behind the workbook's agreement statistics.</summary>
    public int Resamples { get; init; } = 1000;

    /// <summary>Gets the seed of the bootstrap.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets a value indicating whether existing outputs may be replaced; the teams' own files never are.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the clock that dates the consensus and the workbook.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
