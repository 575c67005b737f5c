using System;

namespace Coherence.Operations;

/// <summary>What rubric workbooks to make from a list: one per row of a CSV file (country, name, period, language, assessor, output).</summary>
/// <param name="Rubric">A bundled rubric's id or a rubric file.</param>
/// <param name="ListPath">The CSV list, one row per workbook.</param>
/// <param name="OutputFolder">The folder the workbooks are written to.</param>
public sealed record BatchWorkbookOptions(string Rubric, string ListPath, string OutputFolder)
{
    /// <summary>Gets the period of rows that name none, or <see langword="null"/> when every row must name one.</summary>
    public string? Period { get; init; }

    /// <summary>Gets the language of rows that name none, or <see langword="null"/> for the rubric's first language.</summary>
    public string? Language { get; init; }

    /// <summary>Gets a password for the sheet protection, or <see langword="null"/> for protection without password.</summary>
    public string? ProtectPassword { get; init; }

    /// <summary>Gets a value indicating whether existing workbooks may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the paper the sheets are laid out to print on: Letter, the paper of the region, unless said otherwise.</summary>
    public Coherence.Workbooks.Paper Paper { get; init; } = Coherence.Workbooks.Paper.Letter;

    /// <summary>Gets how many workbooks are written at once, or 0 for one per processor.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Gets the clock that dates the workbooks.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
