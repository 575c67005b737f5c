using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Operations;

/// <summary>Reads assessments from one kind of file (JSON, workbooks, ...).</summary>
public interface IAssessmentFileReader
{
    /// <summary>Gets the file extensions this reader takes, with the dot (<c>.json</c>); the first is the one it reads, others it may only recognise to explain a refusal.</summary>
    System.Collections.Generic.IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads one file.</summary>
    /// <remarks>Scoring reads several files at once: implementations must allow calls from several threads.</remarks>
    /// <param name="path">The file.</param>
    /// <param name="catalog">Where to find the rubric the file answers, when reading needs it.</param>
    /// <returns>The assessment, or the diagnostics that prevent it.</returns>
    Result<Assessment> Read(string path, RubricCatalog catalog);
}
