using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;

namespace Coherence.Benchmarks;

/// <summary>
/// A workload the size of the Mesoamerica study: a rubric of 6 groups and 6 dimensions of 2 sub-dimensions with 5 indicators
/// (60 indicators), and 11 countries that answered most of it with evidence, for one period.
/// </summary>
public static class ReportWorkload
{
    private static readonly string[] Groups = { "immigrants", "emigrants", "transit", "returnees", "asylum-seekers", "refugees" };

    /// <summary>Builds the rubric and scores 11 assessments; the same data every time.</summary>
    /// <returns>The scores.</returns>
    public static ScoreRun Create()
    {
        var rubric = RubricReader.Read(RubricYaml(), "benchmark.yaml");
        if (!rubric.IsSuccess)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, rubric.Diagnostics));
        }

        var engine = new ScoringEngine(rubric.Value!);
        var random = new Random(2026);
        var scores = Enumerable.Range(0, 11)
            .Select(i => engine.Score(Assessment(rubric.Value!, "XM" + (char)('A' + i), random)))
            .ToList();
        return new ScoreRun(scores, new Dictionary<string, Rubric> { [rubric.Value!.Id] = rubric.Value! }, new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), "0.0.0-bench");
    }

    private static Assessment Assessment(Rubric rubric, string code, Random random)
    {
        var responses = new List<Response>();
        var skipped = random.Next(Groups.Length + 2);
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var group in Groups.Where((g, i) => i != skipped))
            {
                foreach (var facet in new[] { Facet.Law, Facet.Practice })
                {
                    var roll = random.NextDouble();
                    if (roll < 0.08)
                    {
                        continue;
                    }

                    if (roll < 0.11)
                    {
                        responses.Add(new Response(indicator.Id, group, facet, ResponseStatus.Unknown));
                        continue;
                    }

                    var levels = facet == Facet.Law ? new[] { "absent", "partial", "substantial", "full" } : new[] { "none", "partial", "extensive", "full" };
                    responses.Add(new Response(indicator.Id, group, facet, ResponseStatus.Answered, levels[random.Next(4)])
                    {
                        Evidence = "Decreto " + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + " de 2019, artículos 4 a 12: el reglamento establece el procedimiento y los plazos; las oficinas regionales informan de su aplicación en el informe anual.",
                        Notes = roll > 0.8 ? "Entrevista con la dirección de migración, marzo de 2026." : null,
                        Sources = roll > 0.5 ? new[] { "https://example.org/" + code + "/" + indicator.Id } : Array.Empty<string>(),
                        Confidence = (Confidence)random.Next(4),
                    });
                }
            }
        }

        return new Assessment(CountryCode.Parse(code), "2026", RubricReference.Of(rubric), responses)
        {
            CountryName = "País " + code,
            Source = new AssessmentSource(code.ToLowerInvariant() + "-2026.json", new string('0', 64)),
        };
    }

    private static string RubricYaml()
    {
        var text = new StringBuilder();
        text.Append("""
            apiVersion: coherence/v1
            kind: Rubric
            metadata:
              id: benchmark
              version: 1.0.0
              languages: [es, en]
              title: { es: "Coherencia de la gobernanza migratoria", en: "Coherence of migration governance" }
            spec:
              facets:
                - { id: law, name: { es: Ley, en: Law }, scale: provision }
                - { id: practice, name: { es: Práctica, en: Practice }, scale: implementation }
              scales:
                - id: provision
                  type: ordinal
                  levels:
                    - { id: absent, value: 0, label: { es: Ausente, en: Absent } }
                    - { id: partial, value: 33.333333333333336, label: { es: Parcial, en: Partial } }
                    - { id: substantial, value: 66.66666666666667, label: { es: Sustancial, en: Substantial } }
                    - { id: full, value: 100, label: { es: Integral, en: Comprehensive } }
                - id: implementation
                  type: ordinal
                  levels:
                    - { id: none, value: 0, label: { es: Nula, en: None } }
                    - { id: partial, value: 33.333333333333336, label: { es: Parcial, en: Partial } }
                    - { id: extensive, value: 66.66666666666667, label: { es: Amplia, en: Extensive } }
                    - { id: full, value: 100, label: { es: Plena, en: Full } }
              groups:

            """);
        foreach (var group in Groups)
        {
            text.Append("    - { id: ").Append(group).Append(", name: { es: \"Grupo ").Append(group).Append("\", en: \"Group ").Append(group).Append("\" } }\n");
        }

        text.Append("  thresholds: { gap: 25, high: 50 }\n  dimensions:\n");
        for (var d = 1; d <= 6; d++)
        {
            text.Append("    - id: d").Append(d).Append("\n      name: { es: \"Dimensión ").Append(d).Append("\", en: \"Dimension ").Append(d).Append("\" }\n      minCoverage: 0.5\n      dimensions:\n");
            for (var s = 1; s <= 2; s++)
            {
                text.Append("        - id: d").Append(d).Append('s').Append(s).Append("\n          name: { es: \"Subdimensión ").Append(d).Append('.').Append(s).Append("\", en: \"Sub-dimension ").Append(d).Append('.').Append(s).Append("\" }\n          indicators:\n");
                for (var i = 1; i <= 5; i++)
                {
                    var id = "I" + d + s + i;
                    text.Append("            - id: ").Append(id).Append("\n              name: { es: \"Indicador ").Append(id).Append(" sobre el acceso a derechos\", en: \"Indicator ").Append(id).Append(" on access to rights\" }\n              groups: [")
                        .Append(string.Join(", ", Groups)).Append("]\n              facets:\n")
                        .Append("                law: { question: { es: \"¿La ley lo establece?\", en: \"Does the law provide it?\" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }\n")
                        .Append("                practice: { question: { es: \"¿Se aplica?\", en: \"Is it applied?\" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }\n");
                }
            }
        }

        return text.ToString();
    }
}
