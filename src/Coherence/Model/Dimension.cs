using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>A dimension (or sub-dimension) of a rubric: a named group of sub-dimensions and indicators.</summary>
public sealed record Dimension : RubricNode
{
    /// <summary>Initializes a new instance of the <see cref="Dimension"/> class.</summary>
    /// <param name="id">The dimension id.</param>
    /// <param name="name">The dimension's name.</param>
    /// <param name="weight">Its weight among its siblings.</param>
    /// <param name="description">What the dimension covers.</param>
    /// <param name="aggregation">How it combines its children.</param>
    /// <param name="minCoverage">The share (0-1) of its children's weight that must have a value for it to have one.</param>
    /// <param name="children">Its sub-dimensions and indicators, in order.</param>
    public Dimension(string id, LocalizedText name, double weight, LocalizedText description, AggregationMethod aggregation, double minCoverage, IReadOnlyList<RubricNode> children)
        : base(id, name, weight)
    {
        Description = description;
        Aggregation = aggregation;
        MinCoverage = minCoverage;
        Children = children;
    }

    /// <summary>Gets what the dimension covers.</summary>
    public LocalizedText Description { get; init; }

    /// <summary>Gets how the dimension combines its children.</summary>
    public AggregationMethod Aggregation { get; init; }

    /// <summary>Gets the share (0-1) of its children's weight that must have a value for the dimension to have one.</summary>
    /// <remarks>0 means that one child with a value is enough.</remarks>
    public double MinCoverage { get; init; }

    /// <summary>Gets its sub-dimensions and indicators, in order.</summary>
    public IReadOnlyList<RubricNode> Children { get; init; }
}
