using System;
using System.Collections.Generic;
using System.IO;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Writes scores as a results workbook: the operation behind <c>coherence score --xlsx</c> and <c>Export-CoherenceWorkbook</c>.</summary>
public static class ExportResultsWorkbookOperation
{
    /// <summary>Checks, before any scoring, that the workbook may be written.</summary>
    /// <param name="path">The workbook to write.</param>
    /// <param name="force">Whether an existing workbook may be replaced.</param>
    /// <returns>The problems; empty when the workbook may be written.</returns>
    public static IReadOnlyList<Diagnostic> Check(string path, bool force)
    {
        var problems = new List<Diagnostic>();
        if (!string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(Diagnostic.Error("WBK064", Phrase.Of("diag.WBK064"), new SourceLocation(path), Phrase.Of("hint.WBK064", "results.xlsx")));
        }
        else if (OutputFile.CheckWritable(path, force) is { } refused)
        {
            problems.Add(refused);
        }

        return problems;
    }

    /// <summary>Writes the workbook, atomically.</summary>
    /// <param name="options">The scores, the path and the language.</param>
    /// <returns>The path written, or the diagnostics that prevented it.</returns>
    public static OperationResult<string> Run(ExportResultsWorkbookOptions options)
    {
        var problems = new List<Diagnostic>(Check(options.OutputPath, options.Force));
        if (problems.Count > 0)
        {
            return new OperationResult<string>(null, problems);
        }

        if (OutputFile.Write(options.OutputPath, options.Force, stream => ResultsWorkbookWriter.Write(options.Run, options.Language, stream, options.Paper)) is { } failed)
        {
            problems.Add(failed);
            return new OperationResult<string>(null, problems);
        }

        return new OperationResult<string>(options.OutputPath, problems);
    }
}
