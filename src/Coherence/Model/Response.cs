using System;
using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>The answer to one indicator, for one migrant group and one facet.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="GroupId">The migrant group, or <see cref="WholeCountry"/> for a country-scope indicator answered once.</param>
/// <param name="FacetId">The facet (<c>law</c>, <c>practice</c>).</param>
/// <param name="Status">Answered, not applicable or unknown.</param>
/// <param name="Level">The level id on an ordinal scale, when answered so.</param>
/// <param name="Value">The raw value on a continuous scale, when answered so.</param>
public sealed record Response(string IndicatorId, string GroupId, string FacetId, ResponseStatus Status, string? Level = null, double? Value = null)
{
    /// <summary>The <see cref="GroupId"/> of a response that answers a country-scope indicator once, for every group it applies to.</summary>
    public const string WholeCountry = "*";

    /// <summary>Gets the evidence, verbatim as the assessors wrote it.</summary>
    public string? Evidence { get; init; }

    /// <summary>Gets the links or citations of the sources.</summary>
    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();

    /// <summary>Gets how sure the assessors are.</summary>
    public Confidence Confidence { get; init; }

    /// <summary>Gets free notes, verbatim.</summary>
    public string? Notes { get; init; }

    /// <summary>Gets where the answer came from, in a consensus assessment; <see langword="null"/> in an assessment made by one team.</summary>
    public AnswerProvenance? Provenance { get; init; }

    /// <summary>Gets the key that identifies the cell this response answers.</summary>
    public ResponseKey Key => new(IndicatorId, GroupId, FacetId);
}
