namespace Coherence.Model;

/// <summary>A node of a rubric's hierarchy: a dimension or an indicator.</summary>
public abstract record RubricNode
{
    /// <summary>Initializes a new instance of the <see cref="RubricNode"/> class.</summary>
    /// <param name="id">The node id, unique in the rubric.</param>
    /// <param name="name">The node's name.</param>
    /// <param name="weight">The node's weight among its siblings.</param>
    protected RubricNode(string id, LocalizedText name, double weight)
    {
        Id = id;
        Name = name;
        Weight = weight;
    }

    /// <summary>Gets the node id, unique in the rubric.</summary>
    public string Id { get; init; }

    /// <summary>Gets the node's name.</summary>
    public LocalizedText Name { get; init; }

    /// <summary>Gets the node's weight among its siblings.</summary>
    public double Weight { get; init; }
}
