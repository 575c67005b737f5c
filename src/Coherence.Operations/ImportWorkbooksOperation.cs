using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coherence.Localization;
using Coherence.Progress;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;
using Coherence.Workbooks;

namespace Coherence.Operations;

/// <summary>Reads filled workbooks and writes each as assessment JSON: the operation behind <c>coherence import</c>.</summary>
/// <remarks>The good workbooks go through; each bad one is reported in one line and written nowhere.</remarks>
public sealed class ImportWorkbooksOperation
{
    private readonly RubricCatalog catalog;

    /// <summary>Initializes a new instance of the <see cref="ImportWorkbooksOperation"/> class.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    public ImportWorkbooksOperation(RubricCatalog catalog) => this.catalog = catalog;

    // How many workbooks are opened while the rubric loads, at most: each holds its file and scanned sheets (a few MB).
    private const int ReadAhead = 32;

    /// <summary>Gets the file name an assessment is written to in a folder: <c>GTM-2026.json</c>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The file name, with characters that file systems refuse replaced by '-'.</returns>
    public static string FileName(Assessment assessment) => OutputNames.For(assessment);

    /// <summary>Runs the operation.</summary>
    /// <param name="options">What to import and where.</param>
    /// <param name="progress">Receives progress per workbook read, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops between workbooks.</param>
    /// <returns>The workbooks imported and every diagnostic.</returns>
    public Task<OperationResult<IReadOnlyList<ImportedWorkbook>>> RunAsync(ImportOptions options, IProgress<OperationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();

        // The rubric (hundreds of kilobytes of JSON) loads on one core while the other opens the first workbooks.
        var resolving = options.Rubric is null ? null : Task.Run(() => catalog.Resolve(options.Rubric), cancellationToken);
        var found = new List<Diagnostic>();
        var loader = new AssessmentLoader(catalog, new IAssessmentFileReader[] { new WorkbookAssessmentFileReader() });
        var files = loader.Expand(options.Inputs, found);
        var toFolder = files.Count != 1 || Directory.Exists(options.Output) || EndsWithSeparator(options.Output);
        var refused = OutputRefused(options, files.Count, toFolder);
        var reader = new WorkbookAssessmentReader(catalog.Find);
        var ahead = new List<PreparedWorkbook>();
        try
        {
            while (refused is null && resolving is { IsCompleted: false } && ahead.Count < Math.Min(files.Count, ReadAhead) && !cancellationToken.IsCancellationRequested)
            {
                ahead.Add(reader.Prepare(files[ahead.Count]));
            }

            Rubric? rubric = null;
            if (resolving is not null)
            {
                var resolved = resolving.GetAwaiter().GetResult();
                diagnostics.AddRange(resolved.Diagnostics);
                if (!resolved.IsSuccess)
                {
                    return Done(null, diagnostics);
                }

                rubric = resolved.Value;
            }

            diagnostics.AddRange(found);
            if (refused is not null)
            {
                diagnostics.Add(refused);
                return Done(null, diagnostics);
            }

            return Write(options, Read(reader, files, ahead, rubric, diagnostics, progress, cancellationToken), toFolder, diagnostics, cancellationToken);
        }
        finally
        {
            foreach (var prepared in ahead)
            {
                prepared.Dispose();
            }
        }
    }

    // Why the output cannot be written, before anything is read: one file named for many workbooks, a file where a folder is meant, or a file there already.
    private static Diagnostic? OutputRefused(ImportOptions options, int count, bool toFolder)
    {
        if (count > 1 && !Directory.Exists(options.Output) && string.Equals(Path.GetExtension(options.Output), ".json", StringComparison.OrdinalIgnoreCase))
        {
            return Diagnostic.Error("WBK052", Phrase.Of("diag.WBK052.many", count), new SourceLocation(options.Output), Phrase.Of("hint.WBK052.many"));
        }

        if (toFolder && File.Exists(options.Output))
        {
            return Diagnostic.Error("WBK052", Phrase.Of("diag.WBK052.folder"), new SourceLocation(options.Output), Phrase.Of("hint.WBK052.folder"));
        }

        return toFolder ? null : OutputFile.CheckWritable(options.Output, options.Force);
    }

    private static Task<OperationResult<IReadOnlyList<ImportedWorkbook>>> Write(ImportOptions options, List<Assessment> assessments, bool toFolder, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var planned = new List<(Assessment Assessment, string Input, string Output)>();
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var teams = TeamFileNames(assessments);
        foreach (var assessment in assessments)
        {
            var input = assessment.Source?.Path ?? string.Empty;
            var output = toFolder ? Path.Combine(options.Output, teams.TryGetValue(assessment, out var team) ? team : FileName(assessment)) : options.Output;
            if (taken.TryGetValue(output, out var other))
            {
                diagnostics.Add(Diagnostic.Error("WBK050", Phrase.Of("diag.WBK050", assessment.Country.Value, assessment.Period, other), new SourceLocation(input), Phrase.Of("hint.WBK050")));
                continue;
            }

            taken.Add(output, input);
            planned.Add((assessment, input, output));
        }

        // Each file is serialized straight into its temporary file and flushed to disk before it replaces its target;
        // writing on every core overlaps those waits.
        var failures = new Diagnostic?[planned.Count];
        Parallel.For(
            0,
            planned.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i => failures[i] = OutputFile.Write(planned[i].Output, options.Force, stream => AssessmentJson.Write(stream, planned[i].Assessment)));
        var imported = new List<ImportedWorkbook>();
        for (var i = 0; i < planned.Count; i++)
        {
            if (failures[i] is { } failed)
            {
                diagnostics.Add(failed);
                continue;
            }

            imported.Add(new ImportedWorkbook(planned[i].Input, planned[i].Output, planned[i].Assessment));
        }

        if (imported.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(Diagnostic.Error("IN004", Phrase.Of("diag.IN004.import"), SourceLocation.None, Phrase.Of("hint.IN004.import")));
        }

        return Done(imported, diagnostics);
    }

    /// <summary>Names the files of a country and period that several teams assessed after each team: <c>GTM-2026-civil-society.json</c>.</summary>
    private static Dictionary<Assessment, string> TeamFileNames(IReadOnlyList<Assessment> assessments)
    {
        var names = new Dictionary<Assessment, string>();
        foreach (var set in Agreement.AssessorSet.Gather(assessments, new List<Diagnostic>()).Where(s => s.HasSeveralRaters))
        {
            foreach (var rater in set.Raters)
            {
                names[rater.Assessment] = OutputNames.For(set.Country, set.Period + "-" + rater.Id, ".json");
            }
        }

        return names;
    }

    /// <summary>Reads the workbooks on every core, each with its JSON; results keep the files' order.</summary>
    /// <remarks>The first workbooks may already be open (<paramref name="ahead"/>), opened while the rubric loaded.</remarks>
    private static List<Assessment> Read(WorkbookAssessmentReader reader, IReadOnlyList<string> files, List<PreparedWorkbook> ahead, Rubric? rubric, List<Diagnostic> diagnostics, IProgress<OperationProgress>? progress, CancellationToken cancellationToken)
    {
        var results = new Result<Assessment>[files.Count];
        var done = 0;
        var gate = new object();
        Parallel.For(
            0,
            files.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i =>
            {
                results[i] = i < ahead.Count ? reader.Read(ahead[i], rubric) : reader.ReadFile(files[i], rubric);

                lock (gate)
                {
                    // Progress bars are not made for several threads: report one at a time.
                    progress?.Report(new OperationProgress(++done, files.Count, files[i]));
                }
            });
        var assessments = new List<Assessment>();
        for (var i = 0; i < results.Length; i++)
        {
            diagnostics.AddRange(results[i].Diagnostics);
            if (results[i].IsSuccess)
            {
                assessments.Add(results[i].Value!);
            }
        }

        return assessments;
    }

    private static bool EndsWithSeparator(string path) => path.EndsWith("/", StringComparison.Ordinal) || path.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal);

    private static Task<OperationResult<IReadOnlyList<ImportedWorkbook>>> Done(IReadOnlyList<ImportedWorkbook>? value, List<Diagnostic> diagnostics) =>
        Task.FromResult(new OperationResult<IReadOnlyList<ImportedWorkbook>>(value, diagnostics));
}
