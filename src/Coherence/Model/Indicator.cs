using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>A leaf of a rubric: one thing rated, per facet and migrant group.</summary>
public sealed record Indicator : RubricNode
{
    /// <summary>Initializes a new instance of the <see cref="Indicator"/> class.</summary>
    /// <param name="id">The indicator id.</param>
    /// <param name="name">Its short name.</param>
    /// <param name="weight">Its weight among its siblings.</param>
    /// <param name="groups">The ids of the migrant groups it applies to.</param>
    /// <param name="facets">What it asks per facet, in the rubric's facet order.</param>
    /// <param name="evidence">What counts as evidence.</param>
    /// <param name="references">Ids of the references that motivate it.</param>
    public Indicator(string id, LocalizedText name, double weight, IReadOnlyList<string> groups, IReadOnlyList<IndicatorFacet> facets, LocalizedText evidence, IReadOnlyList<string> references)
        : base(id, name, weight)
    {
        Groups = groups;
        Facets = facets;
        Evidence = evidence;
        References = references;
    }

    /// <summary>Gets the ids of the migrant groups the indicator applies to.</summary>
    public IReadOnlyList<string> Groups { get; init; }

    /// <summary>Gets what the indicator asks per facet.</summary>
    public IReadOnlyList<IndicatorFacet> Facets { get; init; }

    /// <summary>Gets what counts as evidence.</summary>
    public LocalizedText Evidence { get; init; }

    /// <summary>Gets the ids of the references that motivate the indicator.</summary>
    public IReadOnlyList<string> References { get; init; }

    /// <summary>Gets what one answer to the indicator covers: one migrant group, or the whole country.</summary>
    /// <remarks>
    /// <see cref="IndicatorScope.Group"/> by default. A country-scope indicator is answered once, with the group
    /// <see cref="Response.WholeCountry"/>, and that answer counts for every group in <see cref="Groups"/>; answers per group
    /// are still accepted.
    /// </remarks>
    public IndicatorScope Scope { get; init; } = IndicatorScope.Group;

    /// <summary>Finds what the indicator asks for a facet.</summary>
    /// <param name="facetId">The facet id.</param>
    /// <returns>The facet part, or <see langword="null"/> when the indicator does not rate that facet.</returns>
    public IndicatorFacet? FindFacet(string facetId)
    {
        foreach (var facet in Facets)
        {
            if (facet.FacetId == facetId)
            {
                return facet;
            }
        }

        return null;
    }

    /// <summary>Whether the indicator applies to a migrant group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool AppliesTo(string groupId)
    {
        foreach (var group in Groups)
        {
            if (group == groupId)
            {
                return true;
            }
        }

        return false;
    }
}
