using System.Collections.Generic;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Reads filled rubric workbooks (.xlsx); legacy and other spreadsheet formats get a clear message instead.</summary>
public sealed class WorkbookAssessmentFileReader : IAssessmentFileReader
{
    private readonly Rubric? rubric;
    private readonly object gate = new();
    private WorkbookAssessmentReader? reader;
    private RubricCatalog? readerCatalog;

    /// <summary>Initializes a new instance of the <see cref="WorkbookAssessmentFileReader"/> class.</summary>
    /// <param name="rubric">The rubric to read every workbook against, or <see langword="null"/> for the one each workbook names.</param>
    public WorkbookAssessmentFileReader(Rubric? rubric = null) => this.rubric = rubric;

    /// <inheritdoc/>
    /// <remarks>.xls, .xlsm and .ods are listed so that such files are reported as unsupported rather than skipped.</remarks>
    public IReadOnlyList<string> Extensions { get; } = new[] { ".xlsx", ".xls", ".xlsm", ".ods" };

    /// <inheritdoc/>
    /// <remarks>Safe to call from several threads, and the workbooks are read at the same time: scoring reads them on every core.</remarks>
    public Result<Assessment> Read(string path, RubricCatalog catalog)
    {
        WorkbookAssessmentReader current;
        lock (gate)
        {
            if (reader is null || !ReferenceEquals(readerCatalog, catalog))
            {
                reader = new WorkbookAssessmentReader(catalog.Find);
                readerCatalog = catalog;
            }

            current = reader;
        }

        return current.ReadFile(path, rubric);
    }
}
