namespace Coherence.Model;

/// <summary>A named alternative way of combining a rubric's indicators: other weights, aggregations, minimum coverage or thresholds.</summary>
/// <remarks>An index published with several weightings is one rubric with variants; every variant is scored in the same run (<c>docs/rubric-format.md</c>).</remarks>
/// <param name="Id">The variant id, unique within the rubric.</param>
/// <param name="Name">Its name.</param>
/// <param name="Description">What it changes and why, or empty.</param>
/// <param name="Choices">The methodological choices it resolves to.</param>
public sealed record RubricVariant(string Id, LocalizedText Name, LocalizedText Description, MethodChoices Choices);
