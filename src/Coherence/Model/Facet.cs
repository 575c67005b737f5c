namespace Coherence.Model;

/// <summary>A side of policy that is rated separately, such as the law (de jure) or the practice (de facto).</summary>
/// <param name="Id">The facet id (<c>law</c>, <c>practice</c>).</param>
/// <param name="Name">The facet's name.</param>
/// <param name="Description">What raters look at for this facet.</param>
/// <param name="ScaleId">The scale indicators use for this facet unless they name another.</param>
public sealed record Facet(string Id, LocalizedText Name, LocalizedText Description, string ScaleId)
{
    /// <summary>The id of the de jure facet.</summary>
    public const string Law = "law";

    /// <summary>The id of the de facto facet.</summary>
    public const string Practice = "practice";
}
