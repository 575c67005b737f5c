using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Scoring;

namespace Coherence.PowerShell;

/// <summary>What every Coherence cmdlet shares: the rubric catalog, path resolution and how diagnostics become errors, warnings and verbose messages.</summary>
public abstract class CoherenceCmdlet : PSCmdlet
{
    private RubricCatalog? catalog;

    /// <summary>Gets the rubric catalog of this invocation.</summary>
    internal RubricCatalog Catalog => catalog ??= new RubricCatalog();

    /// <summary>Gets the loader with every assessment file reader the module knows.</summary>
    internal AssessmentLoader Loader => ModuleReaders.Loader(Catalog);

    /// <summary>Resolves a path as PowerShell users expect: relative to the current location, wildcards expanded, a literal name (with brackets) taken as it is when it exists.</summary>
    /// <param name="path">The path as typed or piped.</param>
    /// <returns>File-system paths; the literal path when nothing matches, so that the operation reports it, located.</returns>
    internal IReadOnlyList<string> ResolvePath(string path)
    {
        var literal = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        if (File.Exists(literal) || Directory.Exists(literal) || !WildcardPattern.ContainsWildcardCharacters(path))
        {
            return new[] { literal };
        }

        try
        {
            var resolved = GetResolvedProviderPathFromPSPath(path, out var provider);
            return provider.Name == "FileSystem" && resolved.Count > 0 ? resolved.ToList() : new[] { literal };
        }
        catch (ItemNotFoundException)
        {
            return new[] { literal };
        }
    }

    /// <summary>Reports diagnostics: errors as one non-terminating error record, warnings as warnings, infos as verbose messages.</summary>
    /// <param name="diagnostics">The diagnostics of one item.</param>
    /// <param name="target">What they are about.</param>
    /// <returns><see langword="true"/> when there was an error.</returns>
    /// <remarks>
    /// The operations' hints name the command line's options; they are said in PowerShell's words here (<see cref="PowerShellWording"/>).
    /// Of each code, the first 20 per file are said (COHERENCE_MAX_DIAGNOSTICS changes it), then "and N more like this", as on the command line.
    /// </remarks>
    internal bool Report(IEnumerable<Diagnostic> diagnostics, object? target)
    {
        // As on the command line: the first few of each code per file, then one line that counts the rest.
        var all = DiagnosticCap.Limit(diagnostics, DiagnosticCap.PerCodeFromEnvironment()).ToList();
        var texts = Texts.For(CultureInfo.CurrentUICulture);
        foreach (var diagnostic in all.Where(d => !d.IsError))
        {
            if (diagnostic.Severity == DiagnosticSeverity.Warning)
            {
                WriteWarning(PowerShellWording.Of(diagnostic, texts));
            }
            else
            {
                WriteVerbose(PowerShellWording.Of(diagnostic, texts));
            }
        }

        var errors = all.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            WriteError(ErrorRecords.Of(errors, target));
        }

        return errors.Count > 0;
    }

    /// <summary>Reads the assessments of files and folders one file at a time: each good file is passed on, each bad one is one error.</summary>
    /// <param name="paths">Files and folders, as typed or piped.</param>
    /// <returns>The assessments read.</returns>
    internal IEnumerable<Assessment> ReadAssessments(IEnumerable<string> paths)
    {
        var loader = Loader;
        foreach (var path in paths)
        {
            foreach (var resolved in ResolvePath(path))
            {
                var expandDiagnostics = new List<Diagnostic>();
                var files = loader.Expand(new[] { resolved }, expandDiagnostics);
                Report(expandDiagnostics, resolved);
                foreach (var file in files)
                {
                    WriteVerbose("Reading " + file);
                    var result = loader.Read(file);
                    if (!Report(result.Diagnostics, file) && result.Value is { } assessment)
                    {
                        yield return assessment;
                    }
                }
            }
        }
    }

    /// <summary>Reads and scores assessment files one at a time: each file is reported on its own, and a second assessment of a country and period is refused.</summary>
    /// <param name="paths">Files and folders, as typed or piped.</param>
    /// <param name="rubricOverride">The rubric to score every assessment with, or <see langword="null"/> for the one each names.</param>
    /// <param name="seen">The countries and periods the pipeline has seen.</param>
    /// <returns>The scores of the assessments that could be read and scored, with their rubrics.</returns>
    /// <remarks>
    /// Files are read through the same scoring pass as <c>coherence score</c>: the files of a country and period that several teams
    /// assessed are found first and left out together, with a warning (ASM032) that says how to combine them.
    /// </remarks>
    /// <param name="combination">How to score a country and period that several teams assessed; by role, their scores share the country and period.</param>
    internal IEnumerable<ScoredAssessment> ScoreFiles(IEnumerable<string> paths, Rubric? rubricOverride, SeenAssessments seen, AssessorCombination combination = AssessorCombination.Unspecified)
    {
        var loader = Loader;
        var files = new List<string>();
        foreach (var path in paths)
        {
            foreach (var resolved in ResolvePath(path))
            {
                var expandDiagnostics = new List<Diagnostic>();
                files.AddRange(loader.Expand(new[] { resolved }, expandDiagnostics));
                Report(expandDiagnostics, resolved);
            }
        }

        var diagnostics = new List<Diagnostic>();
        var reported = 0;
        foreach (var item in new ScoreOperation(Catalog, loader).Pass(rubricOverride, combination).Score(files, diagnostics, null, default))
        {
            reported = ReportByFile(diagnostics, reported);
            var assessment = item.Score.Assessment;
            if (combination != AssessorCombination.ByRole && seen.Admit(assessment) is { } twice)
            {
                Report(new[] { twice }, (object?)assessment.Source?.Path ?? assessment);
                continue;
            }

            yield return new ScoredAssessment(item.Score, item.Rubric);
        }

        ReportByFile(diagnostics, reported);
    }

    // Reports the diagnostics added since the last call, one error record per file, as reading one file at a time would.
    private int ReportByFile(List<Diagnostic> diagnostics, int from)
    {
        foreach (var file in diagnostics.Skip(from).GroupBy(d => d.Location.File ?? string.Empty))
        {
            Report(file, file.Key.Length > 0 ? file.Key : null);
        }

        return diagnostics.Count;
    }

    /// <summary>Scores one assessment, reporting its problems with its file as target; a second assessment of a country and period is refused.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="rubricOverride">The rubric to score with, or <see langword="null"/> for the one it names.</param>
    /// <param name="seen">The countries and periods the pipeline has seen.</param>
    /// <returns>The score and its rubric, or <see langword="null"/> when it was refused or could not be scored.</returns>
    internal ScoredAssessment? Score(Assessment assessment, Rubric? rubricOverride, SeenAssessments seen)
    {
        var target = (object?)assessment.Source?.Path ?? assessment;
        if (seen.Admit(assessment) is { } twice)
        {
            Report(new[] { twice }, target);
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        var run = new ScoreOperation(Catalog, Loader).Score(new[] { assessment }, rubricOverride, TimeProvider.System, diagnostics);
        Report(diagnostics, target);
        return run.Scores.Count == 1 && run.Rubrics.TryGetValue(run.Scores[0].Root.NodeId, out var rubric) ? new ScoredAssessment(run.Scores[0], rubric) : null;
    }

    /// <summary>Writes what <c>Get-Item</c> writes for a file just written: a FileInfo with PSPath, PSParentPath, PSChildName, PSDrive and PSProvider.</summary>
    /// <param name="path">The file's full path.</param>
    internal void WriteItem(string path)
    {
        WriteObject(InvokeProvider.Item.Get(new[] { path }, force: true, literalPath: true), enumerateCollection: true);
    }

    /// <summary>Turns a -Rubric value into what the operations take: the full path of a file relative to the PowerShell location when one exists, else the value (a bundled id).</summary>
    /// <param name="idOrPath">A bundled rubric's id or a rubric file.</param>
    /// <returns>The file's full path, or the id.</returns>
    internal string RubricArgument(string idOrPath)
    {
        var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(idOrPath);
        return File.Exists(file) ? file : idOrPath;
    }

    /// <summary>Resolves the rubric of a -Rubric parameter, or stops the command when it cannot be found.</summary>
    /// <param name="idOrPath">A bundled rubric's id or a rubric file, or <see langword="null"/>.</param>
    /// <returns>The rubric, or <see langword="null"/> when none was given.</returns>
    internal Rubric? ResolveRubricOrStop(string? idOrPath)
    {
        if (string.IsNullOrEmpty(idOrPath))
        {
            return null;
        }

        var result = Catalog.Resolve(RubricArgument(idOrPath!));
        if (!result.IsSuccess)
        {
            ThrowTerminatingError(ErrorRecords.Of(result.Errors.ToList(), idOrPath));
        }

        Report(result.Diagnostics, idOrPath);
        return result.Value;
    }
}
