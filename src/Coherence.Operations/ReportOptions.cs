using System;
using System.Collections.Generic;
using Coherence.Reports;
using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>What to report on, with which template and language, and where to write.</summary>
/// <param name="Inputs">Assessment files and folders to read and score; ignored when <see cref="Run"/> is given.</param>
public sealed record ReportOptions(IReadOnlyList<string> Inputs)
{
    /// <summary>Gets scores computed already (from <c>Measure-CoherenceGap</c>, say), or <see langword="null"/> to read and score <see cref="ReportOptions.Inputs"/>.</summary>
    public ScoreRun? Run { get; init; }

    /// <summary>Gets a rubric id or path that overrides the rubric each assessment names, or <see langword="null"/>.</summary>
    public string? Rubric { get; init; }

    /// <summary>Gets the template: <c>country-profile</c>, <c>regional-comparison</c> (optionally with <c>.html</c> or <c>.md</c>), or the path of a template file or folder.</summary>
    public string Template { get; init; } = TemplateCatalog.CountryProfile;

    /// <summary>Gets the report's language (<c>es</c>, <c>en</c>), or <see langword="null"/> for English.</summary>
    /// <remarks>The operation reads no culture of its own: the command line and the cmdlets pass the language their user chose or reads.</remarks>
    public string? Language { get; init; }

    /// <summary>Gets the paper to print on (<c>letter</c>, <c>a4</c>), or <see langword="null"/> for the language's default (Letter for Spanish, A4 for English).</summary>
    public string? Paper { get; init; }

    /// <summary>Gets the one file to write, or <see langword="null"/>; give this or <see cref="OutputDirectory"/>.</summary>
    public string? OutputPath { get; init; }

    /// <summary>Gets the folder to write one report per country and period (or per period, for comparisons) into, or <see langword="null"/>.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Gets the period to report on, or <see langword="null"/> for every period in the inputs.</summary>
    public string? Period { get; init; }

    /// <summary>Gets a robustness result (the JSON of <c>coherence robustness --json</c>) whose rank intervals regional comparisons show, or <see langword="null"/>; profiles ignore it.</summary>
    public string? Robustness { get; init; }

    /// <summary>Gets a value indicating whether existing files may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets how to report a country and period that several teams assessed: from their consensus or the median level per cell (the profile then shows who says what); unspecified leaves it out, with a warning.</summary>
    /// <remarks>Per team (<see cref="AssessorCombination.ByRole"/>) is refused: a profile shows one assessment per country and period.</remarks>
    public AssessorCombination Assessors { get; init; }

    /// <summary>Gets the clock that dates the reports (and the scores, when computed here).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
