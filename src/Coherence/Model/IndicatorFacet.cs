using System.Collections.Generic;

namespace Coherence.Model;

/// <summary>What an indicator asks about one facet: the question, the scale and a descriptor per level.</summary>
/// <param name="FacetId">The facet (<c>law</c>, <c>practice</c>).</param>
/// <param name="Question">The question raters answer.</param>
/// <param name="ScaleId">The scale of the answer.</param>
/// <param name="LevelDescriptors">What each level of the scale means for this indicator, by level id.</param>
public sealed record IndicatorFacet(string FacetId, LocalizedText Question, string ScaleId, IReadOnlyDictionary<string, LocalizedText> LevelDescriptors);
