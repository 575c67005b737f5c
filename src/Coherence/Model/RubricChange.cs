using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>What one version of a rubric changed, as its changelog tells people.</summary>
/// <param name="Version">The version the changes made (semantic version).</param>
/// <param name="Changes">The changes, one text per change, in every language of the rubric.</param>
public sealed record RubricChange(string Version, IReadOnlyList<LocalizedText> Changes);
