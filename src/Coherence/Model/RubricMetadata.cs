using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>Who a rubric is: its id, version, languages, title and description.</summary>
/// <param name="Id">The rubric id (<c>mesoamerica-coherence</c>).</param>
/// <param name="Version">Its semantic version.</param>
/// <param name="Languages">The languages every text exists in; the first is the default.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">What it measures.</param>
public sealed record RubricMetadata(string Id, string Version, IReadOnlyList<string> Languages, LocalizedText Title, LocalizedText Description)
{
    /// <summary>Gets what each version changed, newest first; empty when the rubric keeps no changelog.</summary>
    public IReadOnlyList<RubricChange> Changelog { get; init; } = Array.Empty<RubricChange>();
}
