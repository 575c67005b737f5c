using System.Collections.Generic;
using Coherence.Rubrics;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Operations;

/// <summary>Reads assessment JSON files.</summary>
public sealed class JsonAssessmentFileReader : IAssessmentFileReader
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Extensions { get; } = new[] { ".json" };

    /// <inheritdoc/>
    public Result<Assessment> Read(string path, RubricCatalog catalog) => AssessmentJson.ReadFile(path);
}
