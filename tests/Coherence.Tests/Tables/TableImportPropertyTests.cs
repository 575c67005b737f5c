using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Tables;
using Coherence.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace Coherence.Tests.Tables;

public class TableImportPropertyTests
{
    /// <summary>Two facets (law ordinal, practice continuous 0-10), two groups; I2 applies to group b only.</summary>
    private const string Yaml = """
        apiVersion: coherence/v1
        kind: Rubric
        metadata:
          id: property
          version: 1.0.0
          languages: [es, en]
          title: { es: Propiedad, en: Property }
        spec:
          facets:
            - { id: law, name: { es: Ley, en: Law }, scale: provision }
            - { id: practice, name: { es: Práctica, en: Practice }, scale: reach }
          scales:
            - id: provision
              type: ordinal
              levels:
                - { id: low, value: 0, label: { es: Bajo, en: Low } }
                - { id: basic, value: 50, label: { es: Básico, en: Basic } }
                - { id: high, value: 100, label: { es: Alto, en: High } }
            - { id: reach, type: continuous, min: 0, max: 10 }
          groups:
            - { id: a, name: { es: A, en: A } }
            - { id: b, name: { es: B, en: B } }
          dimensions:
            - id: d
              name: { es: D, en: D }
              indicators:
                - id: I1
                  name: { es: I1, en: I1 }
                  facets:
                    law: { question: { es: "¿?", en: "?" }, levels: { low: { es: x, en: x }, basic: { es: y, en: y }, high: { es: z, en: z } } }
                    practice: { question: { es: "¿?", en: "?" } }
                - id: I2
                  name: { es: I2, en: I2 }
                  groups: [b]
                  facets:
                    law: { question: { es: "¿?", en: "?" }, levels: { low: { es: x, en: x }, basic: { es: y, en: y }, high: { es: z, en: z } } }
                    practice: { question: { es: "¿?", en: "?" } }
        """;

    private static readonly Rubric Rubric = TestRubrics.Load(Yaml);

    private static readonly ResponseKey[] Cells =
    {
        new("I1", "a", Facet.Law), new("I1", "a", Facet.Practice), new("I1", "b", Facet.Law), new("I1", "b", Facet.Practice),
        new("I2", "b", Facet.Law), new("I2", "b", Facet.Practice),
    };

    private static readonly (string Alpha3, string Alpha2)[] Countries = { ("MEX", "mx"), ("GTM", "gt"), ("HND", "hn"), ("SLV", "sv"), ("CRI", "cr"), ("PAN", "pa") };

    private static readonly string[] Levels = { "low", "basic", "high" };

    private static readonly string[][] LevelSpellings =
    {
        new[] { "low", "Bajo", "LOW", "0", " bajo " },
        new[] { "basic", "Básico", "BASIC", "50", "basico" },
        new[] { "high", "Alto", "HIGH", "100", "alto " },
    };

    [Fact]
    public void Any_table_of_valid_values_imports_to_assessments_whose_responses_are_its_cells()
    {
        var tables =
            from rows in Gen.Choose(1, Countries.Length)
            from choices in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 99_999), Cells.Length), rows)
            from naming in Gen.ArrayOf(Gen.Choose(0, 3), Cells.Length)
            from spelling in Gen.ArrayOf(Gen.Choose(0, 2), rows)
            from seed in Gen.Choose(0, 1_000_000)
            from crlf in Gen.Elements(true, false)
            select new Spec(choices, naming, spelling, seed, crlf);

        Prop.ForAll(tables.ToArbitrary(), spec =>
        {
            var (csv, expected) = Build(spec);
            var table = CsvReader.Read(csv, "t.csv");
            var result = new TableImporter(Rubric).Import(table.Value!, new TableImportSettings("país", "año"));
            if (!result.IsSuccess || result.Value!.Assessments.Count != expected.Count)
            {
                return false;
            }

            return result.Value.Assessments.Select((assessment, r) =>
                assessment.Country.Value == Countries[r].Alpha3 && assessment.Period == "2016" &&
                assessment.Responses.Select(Tuple).OrderBy(t => t).SequenceEqual(expected[r].OrderBy(t => t))).All(ok => ok);
        }).QuickCheckThrowOnFailure();
    }

    private static string Tuple(Response r) =>
        string.Join("|", r.IndicatorId, r.GroupId, r.FacetId, r.Status, r.Level ?? "-", r.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "-");

    private static (string Csv, List<List<string>> Expected) Build(Spec spec)
    {
        var random = new Random(spec.Seed);
        var headers = new List<string> { "país", "año", "notes" };
        for (var c = 0; c < Cells.Length; c++)
        {
            headers.Add(ColumnName(Cells[c], spec.Naming[c]));
        }

        // Columns in any order: the unit, the period, a free-text column and the cells.
        var order = Enumerable.Range(0, headers.Count).OrderBy(_ => random.Next()).ToArray();
        var newline = spec.Crlf ? "\r\n" : "\n";
        var csv = new StringBuilder();
        csv.Append(string.Join(",", order.Select(i => Quote(headers[i], random)))).Append(newline);
        var expected = new List<List<string>>();
        for (var r = 0; r < spec.Choices.Length; r++)
        {
            var cells = new string[headers.Count];
            cells[0] = spec.Spelling[r] switch { 0 => Countries[r].Alpha3, 1 => Countries[r].Alpha3.ToLowerInvariant(), _ => Countries[r].Alpha2 };
            cells[1] = "2016";
            cells[2] = "note, with \"quotes\"" + newline + "and a second line";
            var responses = new List<string>();
            for (var c = 0; c < Cells.Length; c++)
            {
                var (text, response) = Cell(Cells[c], spec.Choices[r][c]);
                cells[3 + c] = text;
                if (response is not null)
                {
                    responses.Add(Tuple(response));
                }
            }

            expected.Add(responses);
            csv.Append(string.Join(",", order.Select(i => Quote(cells[i], random)))).Append(newline);
        }

        return (csv.ToString(), expected);
    }

    private static string ColumnName(ResponseKey cell, int naming)
    {
        var full = $"{cell.IndicatorId}.{cell.FacetId}.{cell.GroupId}";
        var shorter = cell.IndicatorId == "I2" ? $"{cell.IndicatorId}.{cell.FacetId}" : full;
        return naming switch { 0 => full, 1 => shorter, 2 => full.ToUpperInvariant(), _ => shorter.ToLowerInvariant() };
    }

    private static (string Text, Response? Response) Cell(ResponseKey cell, int choice)
    {
        var kind = choice % 10;
        switch (kind)
        {
            case 0:
                return (string.Empty, null);
            case 1:
                return ("NA", null);
            case 2:
                return (cell.FacetId == Facet.Law ? "no aplica" : "Not applicable", new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.NotApplicable));
            case 3:
                return ("unknown", new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.Unknown));
        }

        if (cell.FacetId == Facet.Law)
        {
            var level = (choice / 10) % 3;
            return (LevelSpellings[level][(choice / 30) % 5], new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.Answered, Levels[level]));
        }

        var value = (choice % 1001) / 100.0 * ((choice / 10) % 7) / 6.0;
        return (value.ToString("R", CultureInfo.InvariantCulture), new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.Answered, null, value));
    }

    private static string Quote(string text, Random random)
    {
        var needed = text.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0;
        return needed || random.Next(3) == 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }

    private sealed record Spec(int[][] Choices, int[] Naming, int[] Spelling, int Seed, bool Crlf);
}
