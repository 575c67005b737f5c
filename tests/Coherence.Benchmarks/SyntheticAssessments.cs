using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Model;

namespace Coherence.Benchmarks;

/// <summary>Synthetic, reproducible assessments of a rubric: every group, every facet, random levels.</summary>
public static class SyntheticAssessments
{
    public static IReadOnlyList<Assessment> Create(Rubric rubric, int countries, int periods, int seed = 2026)
    {
        var random = new Random(seed);
        var list = new List<Assessment>();
        for (var c = 0; c < countries; c++)
        {
            var country = CountryCode.Parse("X" + (char)('A' + (c / 26)) + (char)('A' + (c % 26)));
            for (var p = 0; p < periods; p++)
            {
                var responses = new List<Response>();
                foreach (var indicator in rubric.Indicators)
                {
                    foreach (var group in indicator.Groups)
                    {
                        foreach (var facet in indicator.Facets)
                        {
                            var scale = rubric.FindScale(facet.ScaleId)!;
                            var roll = random.Next(20);
                            responses.Add(roll switch
                            {
                                0 => new Response(indicator.Id, group, facet.FacetId, ResponseStatus.Unknown),
                                1 => new Response(indicator.Id, group, facet.FacetId, ResponseStatus.NotApplicable),
                                _ when scale.Kind == ScaleKind.Ordinal => new Response(indicator.Id, group, facet.FacetId, ResponseStatus.Answered, scale.Levels[random.Next(scale.Levels.Count)].Id) { Evidence = "Synthetic evidence" },
                                _ => new Response(indicator.Id, group, facet.FacetId, ResponseStatus.Answered, null, scale.Min + (random.NextDouble() * (scale.Max - scale.Min))),
                            });
                        }
                    }
                }

                list.Add(new Assessment(country, (2007 + p).ToString(System.Globalization.CultureInfo.InvariantCulture), RubricReference.Of(rubric), responses));
            }
        }

        return list;
    }
}
