using Coherence.Scoring;

namespace Coherence.Operations;

/// <summary>Which scores to write as a results workbook, where, and in which language.</summary>
/// <param name="Run">The scores.</param>
/// <param name="OutputPath">The workbook to write (.xlsx).</param>
public sealed record ExportResultsWorkbookOptions(ScoreRun Run, string OutputPath)
{
    /// <summary>Gets the language people read (<c>es</c>, <c>en</c>).</summary>
    public string Language { get; init; } = "es";

    /// <summary>Gets a value indicating whether an existing workbook may be replaced.</summary>
    public bool Force { get; init; }

    /// <summary>Gets the paper the sheets are laid out to print on: Letter, the paper of the region, unless said otherwise.</summary>
    public Coherence.Workbooks.Paper Paper { get; init; } = Coherence.Workbooks.Paper.Letter;
}
