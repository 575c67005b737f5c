using System.Collections.Generic;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Rubrics;

namespace Coherence.Operations;

/// <summary>Resolves the rubric a command was told to use instead of the one each assessment names (<c>--rubric</c>).</summary>
internal static class OptionalRubric
{
    /// <summary>Resolves the rubric named, if any, adding what resolving it said to the diagnostics.</summary>
    /// <param name="catalog">Where rubrics are found.</param>
    /// <param name="name">The id or path given, or <see langword="null"/> when none was.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <returns>The rubric; <see langword="null"/> when none was named or it could not be resolved (then with an error).</returns>
    public static Rubric? Resolve(RubricCatalog catalog, string? name, List<Diagnostic> diagnostics)
    {
        if (name is null)
        {
            return null;
        }

        var resolved = catalog.Resolve(name);
        diagnostics.AddRange(resolved.Diagnostics);
        return resolved.IsSuccess ? resolved.Value : null;
    }
}
