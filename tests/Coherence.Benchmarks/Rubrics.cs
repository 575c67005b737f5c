using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Rubrics;
using Coherence.Model;
using Coherence.Operations;
using Coherence.Serialization;

namespace Coherence.Benchmarks;

/// <summary>The rubric timings use: the bundled Mesoamerica rubric when the library has it, else one of the same size.</summary>
public static class Rubrics
{
    public static Rubric Full()
    {
        var bundled = new RubricCatalog().Resolve("mesoamerica-coherence");
        if (bundled.IsSuccess)
        {
            return bundled.Value!;
        }

        var result = RubricReader.Read(FullSizeRubric.Yaml(), "full-size.yaml");
        return result.Value ?? throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
    }

    /// <summary>An answer for every cell, with evidence and notes, as a thorough team would give.</summary>
    public static IEnumerable<Response> Answers(Rubric rubric)
    {
        var n = 0;
        foreach (var group in rubric.Groups)
        {
            foreach (var indicator in rubric.IndicatorsFor(group.Id))
            {
                foreach (var part in indicator.Facets)
                {
                    var scale = rubric.FindScale(part.ScaleId)!;
                    var level = scale.Levels[n++ % scale.Levels.Count];
                    yield return new Response(indicator.Id, group.Id, part.FacetId, ResponseStatus.Answered, level.Id)
                    {
                        Evidence = $"Ley General de Migración, artículo {n}; informe anual 2025, sección {n % 7}.",
                        Sources = new[] { "https://example.org/informe-2025.pdf" },
                        Confidence = (Confidence)(1 + (n % 3)),
                        Notes = n % 4 == 0 ? "Revisar con la Dirección de Migración." : null,
                    };
                }
            }
        }
    }
}
