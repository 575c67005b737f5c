using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>The outcome of checking one rubric file: the rubric when it is valid, and every diagnostic found: what <c>Test-CoherenceRubric</c> returns.</summary>
/// <param name="Path">The file checked, as given.</param>
/// <param name="Rubric">The rubric, or <see langword="null"/> when errors prevent it.</param>
/// <param name="Diagnostics">Every diagnostic, in the order found.</param>
public sealed record RubricCheck(string Path, Rubric? Rubric, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Gets a value indicating whether the file is a valid rubric: no error was found.</summary>
    public bool IsValid => Rubric is not null && Errors == 0;

    /// <summary>Gets the number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.IsError);

    /// <summary>Gets the number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

    /// <summary>Checks a rubric file (YAML or JSON).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The outcome.</returns>
    public static RubricCheck Of(string path)
    {
        var result = RubricReader.ReadFile(path);
        return new RubricCheck(path, result.IsSuccess ? result.Value : null, result.Diagnostics);
    }
}
