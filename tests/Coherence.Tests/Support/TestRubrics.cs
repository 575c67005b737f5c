using System;
using System.IO;
using System.Linq;
using Coherence.Model;
using Coherence.Serialization;

namespace Coherence.Tests.Support;

/// <summary>Small rubrics for tests, written out in the rubric format so that tests read them as users would.</summary>
internal static class TestRubrics
{
    /// <summary>A two-facet rubric: 2 groups, a dimension with a sub-dimension, 5 indicators, a 4-level scale (0, 33.3, 66.7, 100) per facet.</summary>
    public const string SmallYaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata:
          id: small
          version: 1.2.0
          languages: [es, en]
          title: { es: "Pequeña", en: "Small" }
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
            - { id: immigrants, name: { es: Inmigrantes, en: Immigrants } }
            - { id: returnees, name: { es: Retornados, en: Returnees }, weight: 2 }
          thresholds: { gap: 25, high: 50 }
          minCoverage: 0
          references:
            - { id: ref1, title: "A reference", kind: seed }
          dimensions:
            - id: rights
              name: { es: Derechos, en: Rights }
              aggregation: weighted
              minCoverage: 0.5
              dimensions:
                - id: health
                  name: { es: Salud, en: Health }
                  indicators:
                    - id: H1
                      name: { es: H1, en: H1 }
                      weight: 2
                      facets:
                        law: { question: { es: "¿Ley?", en: "Law?" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }
                        practice: { question: { es: "¿Práctica?", en: "Practice?" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }
                      references: [ref1]
                    - id: H2
                      name: { es: H2, en: H2 }
                      facets:
                        law: { question: { es: "¿Ley?", en: "Law?" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }
                        practice: { question: { es: "¿Práctica?", en: "Practice?" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }
              indicators:
                - id: R1
                  name: { es: R1, en: R1 }
                  groups: [returnees]
                  facets:
                    law: { question: { es: "¿Ley?", en: "Law?" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }
                    practice: { question: { es: "¿Práctica?", en: "Practice?" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }
            - id: data
              name: { es: Datos, en: Data }
              aggregation: geometric
              indicators:
                - id: D1
                  name: { es: D1, en: D1 }
                  facets:
                    law: { question: { es: "¿Ley?", en: "Law?" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }
                    practice: { question: { es: "¿Práctica?", en: "Practice?" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }
                - id: D2
                  name: { es: D2, en: D2 }
                  facets:
                    law: { question: { es: "¿Ley?", en: "Law?" }, levels: { absent: { es: a, en: a }, partial: { es: b, en: b }, substantial: { es: c, en: c }, full: { es: d, en: d } } }
                    practice: { question: { es: "¿Práctica?", en: "Practice?" }, levels: { none: { es: a, en: a }, partial: { es: b, en: b }, extensive: { es: c, en: c }, full: { es: d, en: d } } }
        """;

    public static Rubric Small() => Load(SmallYaml);

    /// <summary>The small rubric with D1 and D2 (both groups) asking about the whole country: <c>scope: country</c>.</summary>
    public static string CountryScopedYaml
    {
        get
        {
            var yaml = SmallYaml
                .Replace("        - id: D1\n", "        - id: D1\n          scope: country\n", StringComparison.Ordinal)
                .Replace("        - id: D2\n", "        - id: D2\n          scope: country\n", StringComparison.Ordinal);
            return yaml.Split("scope: country").Length == 3 ? yaml : throw new InvalidOperationException("the small rubric no longer has D1 and D2 where expected");
        }
    }

    public static Rubric CountryScoped() => Load(CountryScopedYaml);

    public static Rubric Load(string yaml)
    {
        var result = RubricReader.Read(yaml, "test.yaml");
        if (!result.IsSuccess)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result.Value!;
    }

    /// <summary>The repository root, found from the test's output folder.</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Coherence.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Coherence.sln not found above " + AppContext.BaseDirectory);
    }

    public static Assessment Assess(Rubric rubric, params Response[] responses) =>
        new(CountryCode.Parse("XMA"), "2026", RubricReference.Of(rubric), responses.ToList());

    public static Response Law(string indicator, string group, string level) => new(indicator, group, Facet.Law, ResponseStatus.Answered, level);

    public static Response Practice(string indicator, string group, string level) => new(indicator, group, Facet.Practice, ResponseStatus.Answered, level);
}
