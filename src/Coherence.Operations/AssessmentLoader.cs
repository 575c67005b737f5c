using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>Reads assessments from files and folders; the good files go through and the bad ones are reported, one line each.</summary>
public sealed class AssessmentLoader
{
    private readonly RubricCatalog catalog;
    private readonly IReadOnlyList<IAssessmentFileReader> readers;

    /// <summary>Initializes a new instance of the <see cref="AssessmentLoader"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="readers">The readers, by file extension; JSON when none are given.</param>
    public AssessmentLoader(RubricCatalog catalog, IReadOnlyList<IAssessmentFileReader>? readers = null)
    {
        this.catalog = catalog;
        this.readers = readers ?? new IAssessmentFileReader[] { new JsonAssessmentFileReader() };
    }

    /// <summary>Expands inputs into files: files as given, folders into the files they hold (not recursively) that a reader takes.</summary>
    /// <param name="inputs">Files and folders.</param>
    /// <param name="diagnostics">Receives an error for each input that does not exist or that no reader takes.</param>
    /// <returns>The files, folders' files sorted by name.</returns>
    public IReadOnlyList<string> Expand(IEnumerable<string> inputs, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input)
                    .Where(f => ReaderFor(f) is not null && !Path.GetFileName(f).StartsWith(".", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .ToList();
                if (found.Count == 0)
                {
                    diagnostics.Add(Diagnostic.Warning("IN002", Phrase.Of("diag.IN002"), new SourceLocation(input), ExpectedHint()));
                }

                files.AddRange(found);
            }
            else if (File.Exists(input))
            {
                if (ReaderFor(input) is null)
                {
                    diagnostics.Add(Diagnostic.Error("IN003", Phrase.Of("diag.IN003"), new SourceLocation(input), ExpectedHint()));
                }
                else
                {
                    files.Add(input);
                }
            }
            else
            {
                diagnostics.Add(Diagnostic.Error("IN001", Phrase.Of("diag.IN001"), new SourceLocation(input)));
            }
        }

        return files;
    }

    /// <summary>Reads every assessment from files and folders.</summary>
    /// <param name="inputs">Files and folders.</param>
    /// <param name="diagnostics">Receives every problem; a file with errors is left out, the others go through.</param>
    /// <param name="progress">Receives progress after each file, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>The assessments read, in input order.</returns>
    public IReadOnlyList<Assessment> Load(IEnumerable<string> inputs, List<Diagnostic> diagnostics, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = Expand(inputs, diagnostics);
        var assessments = new List<Assessment>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = ReaderFor(files[i])!.Read(files[i], catalog);
            diagnostics.AddRange(result.Diagnostics);
            if (result.IsSuccess)
            {
                assessments.Add(result.Value!);
            }

            progress?.Report(new OperationProgress(i + 1, files.Count, files[i]));
        }

        return assessments;
    }

    /// <summary>Reads one assessment file with the reader its extension calls for, so that shells can pass on the good files and report the bad ones one by one.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    public Result<Assessment> Read(string file)
    {
        var reader = ReaderFor(file);
        if (reader is null)
        {
            return Result<Assessment>.Failure(Diagnostic.Error("IN003", Phrase.Of("diag.IN003"), new SourceLocation(file), ExpectedHint()));
        }

        return File.Exists(file) ? reader.Read(file, catalog) : Result<Assessment>.Failure(Diagnostic.Error("IN001", Phrase.Of("diag.IN001"), new SourceLocation(file)));
    }

    /// <summary>Tells the country and period of an assessment file, reading as little of it as its format allows.</summary>
    /// <param name="file">The file.</param>
    /// <returns>The country code and period, or <see langword="null"/> when the file cannot be read (reading it whole says why).</returns>
    /// <remarks>
    /// A JSON file is scanned for its two keys, its responses skipped; a workbook's metadata sheet is read, its answer
    /// sheets and embedded rubric left alone; other formats are read whole.
    /// </remarks>
    internal (string Country, string Period)? KeyOf(string file)
    {
        if (string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return Serialization.AssessmentJsonKey.TryRead(file);
        }

        if (string.Equals(Path.GetExtension(file), ".xlsx", StringComparison.OrdinalIgnoreCase) && ReaderFor(file) is WorkbookAssessmentFileReader)
        {
            return Workbooks.WorkbookAssessmentReader.ReadKey(file);
        }

        var read = Read(file);
        return read.IsSuccess && read.Value is { } assessment ? (assessment.Country.Value, assessment.Period) : null;
    }

    private IAssessmentFileReader? ReaderFor(string path)
    {
        var extension = Path.GetExtension(path);
        return readers.FirstOrDefault(r => r.Extensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)));
    }

    // Each reader's first extension is the one it reads; the others it recognises only to explain why it refuses them.
    private Phrase ExpectedHint() => Phrase.Of("hint.IN003", readers.Select(r => r.Extensions[0]).ToList());
}
