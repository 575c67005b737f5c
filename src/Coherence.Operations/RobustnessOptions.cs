using System;
using System.Collections.Generic;

namespace Coherence.Operations;

/// <summary>What a robustness analysis draws from, how many draws, and where to write.</summary>
/// <param name="Inputs">Assessment files and folders, all of one rubric.</param>
public sealed record RobustnessOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets the path of the specification (YAML or JSON) saying which choices vary, or <see langword="null"/> for the default one.</summary>
    /// <remarks>The default varies the top-level weights (Dirichlet, concentration 50), arithmetic or geometric means at the root, the gap threshold by ±5 and <c>high</c> by ±10, the minimum coverage by ±0.2, leaves out one top-level dimension at a time, and draws among the rubric as written and each of its variants that changes the method (see <c>docs/robustness.md</c>).</remarks>
    public string? SpecPath { get; init; }

    /// <summary>Gets the number of draws wanted; the design evaluates the nearest lower multiple of (inputs + 2).</summary>
    public int Draws { get; init; } = 1000;

    /// <summary>Gets the seed: the same seed, inputs and specification give the same draws.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets a rubric id or path that overrides the rubric each assessment names, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the path of the result JSON to write, or <see langword="null"/>.</summary>
    public string? JsonPath { get; init; }

    /// <summary>Gets the path of the tidy CSV to write, or <see langword="null"/>.</summary>
    public string? CsvPath { get; init; }

    /// <summary>Gets the path of the JSON Lines file of every draw's parameters, or <see langword="null"/>.</summary>
    public string? DrawsPath { get; init; }

    /// <summary>Gets the path of the results workbook to write, with a robustness sheet, or <see langword="null"/>.</summary>
    /// <remarks>The workbook <c>coherence score --xlsx</c> writes for the same assessments, with one more sheet: ranks, readings, class probabilities and sensitivity indices.</remarks>
    public string? XlsxPath { get; init; }

    /// <summary>Gets the paper the workbook's sheets print on.</summary>
    public Coherence.Workbooks.Paper XlsxPaper { get; init; } = Coherence.Workbooks.Paper.Letter;

    /// <summary>Gets the language of the workbook (<c>es</c>, <c>en</c>), or <see langword="null"/> for English.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a value indicating whether existing outputs may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the clock that dates the result.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
