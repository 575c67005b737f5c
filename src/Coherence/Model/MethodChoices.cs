using System;
using System.Collections.Generic;
using System.Linq;

namespace Coherence.Model;

/// <summary>One fixed draw of methodological choices over a rubric's indicators: weights, aggregations, minimum coverage and thresholds.</summary>
/// <remarks>
/// A rubric variant (<see cref="RubricVariant"/>) resolves to one set of choices; a robustness analysis draws many. Applied to a
/// rubric (<see cref="ApplyTo"/>) the choices give a rubric with the same indicators, scales and groups, scored by the ordinary
/// engine. Every choice left out keeps the rubric's own: an empty set changes nothing. Node ids are dimension and indicator ids,
/// and the rubric's id for the root.
/// </remarks>
public sealed record MethodChoices
{
    private static readonly IReadOnlyDictionary<string, double> NoNumbers = new Dictionary<string, double>(StringComparer.Ordinal);
    private static readonly IReadOnlyDictionary<string, AggregationMethod> NoMethods = new Dictionary<string, AggregationMethod>(StringComparer.Ordinal);

    /// <summary>Gets a set of choices that changes nothing.</summary>
    public static MethodChoices None { get; } = new();

    /// <summary>Gets the weight of a node among its siblings, by dimension or indicator id.</summary>
    /// <remarks>A weight of 0 leaves the node out of its parent's means (and its coverage), as a zero weight in the rubric does.</remarks>
    public IReadOnlyDictionary<string, double> Weights { get; init; } = NoNumbers;

    /// <summary>Gets how a dimension (or the root, by the rubric's id) combines its children.</summary>
    public IReadOnlyDictionary<string, AggregationMethod> Aggregations { get; init; } = NoMethods;

    /// <summary>Gets the minimum coverage of a dimension (or the root, by the rubric's id), from 0 to 1.</summary>
    /// <remarks>Wins over <see cref="MinCoverage"/> for the nodes it names.</remarks>
    public IReadOnlyDictionary<string, double> MinCoverages { get; init; } = NoNumbers;

    /// <summary>Gets the minimum coverage of every dimension and the root not named in <see cref="MinCoverages"/>, or <see langword="null"/> to keep the rubric's.</summary>
    public double? MinCoverage { get; init; }

    /// <summary>Gets the weight of a migrant group when groups are combined, by group id.</summary>
    public IReadOnlyDictionary<string, double> GroupWeights { get; init; } = NoNumbers;

    /// <summary>Gets the gap-class thresholds, or <see langword="null"/> to keep the rubric's.</summary>
    public GapThresholds? Thresholds { get; init; }

    /// <summary>Gets whether the choices change nothing.</summary>
    public bool IsEmpty => Weights.Count == 0 && Aggregations.Count == 0 && MinCoverages.Count == 0 && MinCoverage is null && GroupWeights.Count == 0 && Thresholds is null;

    /// <summary>Applies the choices to a rubric.</summary>
    /// <param name="rubric">The rubric as written.</param>
    /// <param name="variantId">The id the scores of the result carry (<see cref="Rubric.VariantId"/>), or <see langword="null"/>.</param>
    /// <returns>A rubric with the same id, version, content hash, indicators, scales and groups, and these choices; it has no variants of its own.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A choice names a node or group the rubric lacks, gives an indicator an aggregation or a minimum coverage, or a number out of range; the rubric reader reports those as located diagnostics first.</exception>
    public Rubric ApplyTo(Rubric rubric, string? variantId = null)
    {
        if (rubric is null)
        {
            throw new ArgumentNullException(nameof(rubric));
        }

        var unknown = Weights.Keys.Where(id => id != rubric.Id && rubric.FindDimension(id) is null && rubric.FindIndicator(id) is null)
            .Concat(Aggregations.Keys.Concat(MinCoverages.Keys).Where(id => id != rubric.Id && rubric.FindDimension(id) is null))
            .Concat(GroupWeights.Keys.Where(id => !rubric.HasGroup(id)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException("not a dimension, indicator or group of rubric '" + rubric.Id + "' (or not a dimension, for an aggregation or minimum coverage): " + string.Join(", ", unknown), nameof(rubric));
        }

        if (Weights.Values.Concat(GroupWeights.Values).Any(w => !(w >= 0) || double.IsInfinity(w)) ||
            MinCoverages.Values.Append(MinCoverage ?? 0).Any(c => !(c >= 0 && c <= 1)))
        {
            throw new ArgumentException("weights must be finite and not negative, minimum coverages from 0 to 1", nameof(rubric));
        }

        var root = Apply(rubric.Root);
        var groups = rubric.Groups.Select(g => GroupWeights.TryGetValue(g.Id, out var w) ? g with { Weight = w } : g).ToList();
        return new Rubric(rubric.Metadata, rubric.Facets, rubric.Scales, groups, Thresholds ?? rubric.Thresholds, root, rubric.References, rubric.ContentHash)
        {
            VariantId = variantId,
        };
    }

    private Dimension Apply(Dimension dimension)
    {
        var children = new List<RubricNode>(dimension.Children.Count);
        foreach (var child in dimension.Children)
        {
            children.Add(child switch
            {
                Dimension sub => Apply(sub),
                Indicator indicator when Weights.TryGetValue(indicator.Id, out var weight) => indicator with { Weight = weight },
                _ => child,
            });
        }

        return dimension with
        {
            Weight = Weights.TryGetValue(dimension.Id, out var w) ? w : dimension.Weight,
            Aggregation = Aggregations.TryGetValue(dimension.Id, out var method) ? method : dimension.Aggregation,
            MinCoverage = MinCoverages.TryGetValue(dimension.Id, out var coverage) ? coverage : MinCoverage ?? dimension.MinCoverage,
            Children = children,
        };
    }
}
