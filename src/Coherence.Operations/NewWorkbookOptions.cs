using System;

namespace Coherence.Operations;

/// <summary>What rubric workbook to make: for which rubric, country and period, in which language, for whom, and where.</summary>
/// <param name="Rubric">A bundled rubric's id or a rubric file.</param>
/// <param name="Country">The country's ISO 3166-1 alpha-3 code.</param>
/// <param name="Period">The period the assessment covers (<c>2026</c>).</param>
/// <param name="OutputPath">The workbook to write (.xlsx).</param>
public sealed record NewWorkbookOptions(string Rubric, string Country, string Period, string OutputPath)
{
    /// <summary>Gets the language of the workbook (<c>es</c>, <c>en</c>), or <see langword="null"/> for the rubric's first language.</summary>
    public string? Language { get; init; }

    /// <summary>Gets the country's name as the workbook shows it, one name for every language; else the one of <see cref="From"/>, else the name the tool knows.</summary>
    public string? CountryName { get; init; }

    /// <summary>Gets the name of the person who leads the assessment, or <see langword="null"/>.</summary>
    public string? AssessorName { get; init; }

    /// <summary>Gets the assessor's organisation, or <see langword="null"/>.</summary>
    public string? Organization { get; init; }

    /// <summary>Gets the assessor's role (<c>government</c>, <c>civil-society</c>, <c>independent</c>), or <see langword="null"/>.</summary>
    public string? Role { get; init; }

    /// <summary>Gets a previous workbook or assessment JSON whose answers are written in advance, or <see langword="null"/>.</summary>
    public string? From { get; init; }

    /// <summary>Gets a password for the sheet protection, or <see langword="null"/> for protection without password.</summary>
    public string? ProtectPassword { get; init; }

    /// <summary>Gets a value indicating whether an existing workbook may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the paper the sheets are laid out to print on: Letter, the paper of the region, unless said otherwise.</summary>
    public Coherence.Workbooks.Paper Paper { get; init; } = Coherence.Workbooks.Paper.Letter;

    /// <summary>Gets the clock that dates the workbook.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
