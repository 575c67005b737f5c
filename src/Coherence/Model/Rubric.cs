using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Model;

/// <summary>A rubric: facets, scales, migrant groups and a hierarchy of dimensions whose leaves are indicators.</summary>
public sealed class Rubric
{
    private readonly Dictionary<string, Indicator> indicatorsById;
    private readonly Dictionary<string, Scale> scalesById;
    private readonly Dictionary<string, Dimension> dimensionsById;
    private readonly HashSet<string> groupIds;

    /// <summary>Initializes a new instance of the <see cref="Rubric"/> class.</summary>
    /// <param name="metadata">Id, version, languages, title and description.</param>
    /// <param name="facets">The facets rated (law and practice by default).</param>
    /// <param name="scales">The scales.</param>
    /// <param name="groups">The migrant groups.</param>
    /// <param name="thresholds">The gap classification thresholds.</param>
    /// <param name="root">The root of the hierarchy: its children are the top-level dimensions.</param>
    /// <param name="references">The documents and instruments that motivate indicators.</param>
    /// <param name="contentHash">The SHA-256 of the rubric's canonical form, lower-case hex.</param>
    /// <exception cref="ArgumentException">Two indicators or two scales share an id; loaders report that as a diagnostic first.</exception>
    public Rubric(RubricMetadata metadata, IReadOnlyList<Facet> facets, IReadOnlyList<Scale> scales, IReadOnlyList<MigrantGroup> groups, GapThresholds thresholds, Dimension root, IReadOnlyList<Reference> references, string contentHash)
    {
        Metadata = metadata;
        Facets = facets;
        Scales = scales;
        Groups = groups;
        Thresholds = thresholds;
        Root = root;
        References = references;
        ContentHash = contentHash;
        scalesById = scales.ToDictionary(s => s.Id, StringComparer.Ordinal);
        groupIds = new HashSet<string>(groups.Select(g => g.Id), StringComparer.Ordinal);
        indicatorsById = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        dimensionsById = new Dictionary<string, Dimension>(StringComparer.Ordinal);
        var indicators = new List<Indicator>();
        Index(root, indicators);
        Indicators = indicators;
    }

    /// <summary>Gets the named variants the rubric declares: other weights and aggregations over the same indicators.</summary>
    public IReadOnlyList<RubricVariant> Variants { get; init; } = Array.Empty<RubricVariant>();

    /// <summary>Gets the id of the variant this rubric was resolved to, or <see langword="null"/> for the rubric as written.</summary>
    /// <remarks>Every score row of this rubric carries it (<c>ScoreRow.Variant</c>).</remarks>
    public string? VariantId { get; init; }

    /// <summary>Resolves one of the rubric's variants.</summary>
    /// <param name="variantId">The variant id.</param>
    /// <returns>The rubric with the variant's choices applied, or <see langword="null"/> when it declares no such variant.</returns>
    public Rubric? ResolveVariant(string variantId)
    {
        foreach (var variant in Variants)
        {
            if (string.Equals(variant.Id, variantId, StringComparison.Ordinal))
            {
                return variant.Choices.ApplyTo(this, variant.Id);
            }
        }

        return null;
    }

    /// <summary>Gets the id, version, languages, title and description.</summary>
    public RubricMetadata Metadata { get; }

    /// <summary>Gets the rubric id.</summary>
    public string Id => Metadata.Id;

    /// <summary>Gets the rubric version.</summary>
    public string Version => Metadata.Version;

    /// <summary>Gets the facets rated, in order.</summary>
    public IReadOnlyList<Facet> Facets { get; }

    /// <summary>Gets the scales.</summary>
    public IReadOnlyList<Scale> Scales { get; }

    /// <summary>Gets the migrant groups, in order.</summary>
    public IReadOnlyList<MigrantGroup> Groups { get; }

    /// <summary>Gets the gap classification thresholds.</summary>
    public GapThresholds Thresholds { get; }

    /// <summary>Gets the root of the hierarchy; its id is the rubric id and its children are the top-level dimensions.</summary>
    public Dimension Root { get; }

    /// <summary>Gets the top-level dimensions.</summary>
    public IEnumerable<Dimension> Dimensions => Root.Children.OfType<Dimension>();

    /// <summary>Gets the documents and instruments that motivate indicators.</summary>
    public IReadOnlyList<Reference> References { get; }

    /// <summary>Gets the SHA-256 of the rubric's canonical form, lower-case hex.</summary>
    /// <remarks>The same rubric gives the same hash whether it was read from YAML or JSON, whatever its formatting.</remarks>
    public string ContentHash { get; }

    /// <summary>Gets every indicator, depth first in document order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Gets whether the rubric rates both law and practice, so that gaps exist.</summary>
    public bool HasGap => FindFacet(Facet.Law) is not null && FindFacet(Facet.Practice) is not null;

    /// <summary>Finds an indicator by id.</summary>
    /// <param name="id">The indicator id.</param>
    /// <returns>The indicator, or <see langword="null"/>.</returns>
    public Indicator? FindIndicator(string id) => indicatorsById.TryGetValue(id, out var indicator) ? indicator : null;

    /// <summary>Finds a dimension by id.</summary>
    /// <param name="id">The dimension id.</param>
    /// <returns>The dimension, or <see langword="null"/>.</returns>
    public Dimension? FindDimension(string id) => dimensionsById.TryGetValue(id, out var dimension) ? dimension : null;

    /// <summary>Finds a scale by id.</summary>
    /// <param name="id">The scale id.</param>
    /// <returns>The scale, or <see langword="null"/>.</returns>
    public Scale? FindScale(string id) => scalesById.TryGetValue(id, out var scale) ? scale : null;

    /// <summary>Finds a facet by id.</summary>
    /// <param name="id">The facet id.</param>
    /// <returns>The facet, or <see langword="null"/>.</returns>
    public Facet? FindFacet(string id) => Facets.FirstOrDefault(f => f.Id == id);

    /// <summary>Finds a migrant group by id.</summary>
    /// <param name="id">The group id.</param>
    /// <returns>The group, or <see langword="null"/>.</returns>
    public MigrantGroup? FindGroup(string id) => Groups.FirstOrDefault(g => g.Id == id);

    /// <summary>Whether the rubric has a migrant group.</summary>
    /// <param name="id">The group id.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool HasGroup(string id) => groupIds.Contains(id);

    /// <summary>Gets the scale an indicator uses for a facet.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="facetId">The facet id.</param>
    /// <returns>The scale, or <see langword="null"/> when the indicator does not rate that facet.</returns>
    public Scale? ScaleOf(Indicator indicator, string facetId)
    {
        var facet = indicator.FindFacet(facetId);
        return facet is null ? null : FindScale(facet.ScaleId);
    }

    /// <summary>Gets the indicators that apply to a migrant group.</summary>
    /// <param name="groupId">The group id.</param>
    /// <returns>The indicators, in document order.</returns>
    public IEnumerable<Indicator> IndicatorsFor(string groupId) => Indicators.Where(i => i.AppliesTo(groupId));

    /// <summary>Gives responses per migrant group: an answer for the whole country to a country-scope indicator becomes one copy per group the indicator applies to.</summary>
    /// <param name="responses">Responses of an assessment of this rubric.</param>
    /// <returns>The responses in order, each answer for the whole country replaced by its copies; every other response as it is.</returns>
    /// <remarks>Checking is left to the scoring engine: an answer for the whole country to an unknown or group-scope indicator is returned as it is.</remarks>
    public IEnumerable<Response> PerGroup(IEnumerable<Response> responses)
    {
        foreach (var response in responses)
        {
            if (response.GroupId == Response.WholeCountry && FindIndicator(response.IndicatorId) is { Scope: IndicatorScope.Country } indicator)
            {
                foreach (var group in indicator.Groups)
                {
                    yield return response with { GroupId = group };
                }
            }
            else
            {
                yield return response;
            }
        }
    }

    /// <summary>Gets the top-level dimension an indicator belongs to.</summary>
    /// <param name="indicatorId">The indicator id.</param>
    /// <returns>The dimension, or <see langword="null"/> when the indicator sits at the root or does not exist.</returns>
    public Dimension? TopDimensionOf(string indicatorId)
    {
        foreach (var dimension in Dimensions)
        {
            if (Contains(dimension, indicatorId))
            {
                return dimension;
            }
        }

        return null;
    }

    private static bool Contains(Dimension dimension, string indicatorId) =>
        dimension.Children.Any(c => c is Indicator i ? i.Id == indicatorId : c is Dimension d && Contains(d, indicatorId));

    private void Index(Dimension dimension, List<Indicator> indicators)
    {
        foreach (var child in dimension.Children)
        {
            switch (child)
            {
                case Indicator indicator:
                    indicatorsById.Add(indicator.Id, indicator);
                    indicators.Add(indicator);
                    break;
                case Dimension sub:
                    dimensionsById.Add(sub.Id, sub);
                    Index(sub, indicators);
                    break;
            }
        }
    }
}
