using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Coherence.Model;
using Coherence.Scoring;
using Coherence.Serialization;
using FsCheck;
using FsCheck.Fluent;

namespace Coherence.Tests.Support;

/// <summary>Throwaway values and FsCheck generators for assessments of a rubric.</summary>
internal static class Some
{
    /// <summary>The answer a generated cell gets: a level index (0..), or one of the special choices below.</summary>
    public const int Missing = -3;
    public const int NotApplicable = -2;
    public const int Unknown = -1;

    /// <summary>Every (indicator, group, facet) cell of a rubric, in rubric order.</summary>
    public static IReadOnlyList<ResponseKey> Cells(Rubric rubric) =>
        rubric.Indicators
            .SelectMany(i => i.Groups.SelectMany(g => i.Facets.Select(f => new ResponseKey(i.Id, g, f.FacetId))))
            .ToList();

    /// <summary>Generates one choice per cell: missing, not applicable, unknown or a level index.</summary>
    public static Gen<int[]> Choices(Rubric rubric)
    {
        var cells = Cells(rubric);
        var levels = rubric.Scales.Min(s => s.Levels.Count);
        var choice = Gen.Frequency(
            (3, Gen.Constant(Missing)),
            (1, Gen.Constant(NotApplicable)),
            (1, Gen.Constant(Unknown)),
            (12, Gen.Choose(0, levels - 1)));
        return Gen.ArrayOf(choice, cells.Count);
    }

    /// <summary>Turns choices into an assessment, responses in rubric order.</summary>
    public static Assessment Assessment(Rubric rubric, int[] choices)
    {
        var cells = Cells(rubric);
        var responses = new List<Response>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (ToResponse(rubric, cells[i], choices[i]) is { } response)
            {
                responses.Add(response);
            }
        }

        return TestRubrics.Assess(rubric, responses.ToArray());
    }

    public static Response? ToResponse(Rubric rubric, ResponseKey cell, int choice)
    {
        var indicator = rubric.FindIndicator(cell.IndicatorId)!;
        var scale = rubric.ScaleOf(indicator, cell.FacetId)!;
        return choice switch
        {
            Missing => null,
            NotApplicable => new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.NotApplicable),
            Unknown => new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.Unknown),
            _ => new Response(cell.IndicatorId, cell.GroupId, cell.FacetId, ResponseStatus.Answered, scale.Levels[choice].Id)
            {
                Evidence = "Evidence for " + cell.IndicatorId + " «ñ» \"quoted\" <b>",
                Sources = choice % 2 == 0 ? new[] { "https://example.org/law/" + cell.IndicatorId } : Array.Empty<string>(),
                Confidence = (Confidence)(choice % 4),
                Notes = choice == 1 ? "line one\nline two" : null,
            },
        };
    }

    /// <summary>Shuffles a list deterministically from a seed.</summary>
    public static List<T> Shuffled<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    /// <summary>A canonical text of a score, for comparing two scores exactly.</summary>
    public static string Canonical(AssessmentScore score, Rubric rubric)
    {
        var run = new ScoreRun(new[] { score }, new Dictionary<string, Rubric> { [rubric.Id] = rubric }, DateTimeOffset.UnixEpoch, "test");
        return Encoding.UTF8.GetString(ResultsJson.ToUtf8(run));
    }

    /// <summary>Every aggregate of a score, keyed by node and group ("*" across groups).</summary>
    public static Dictionary<string, Aggregate> Aggregates(AssessmentScore score)
    {
        var all = new Dictionary<string, Aggregate>();
        void Visit(NodeScore node)
        {
            all[node.NodeId + "/*"] = node.Overall;
            foreach (var pair in node.ByGroup)
            {
                all[node.NodeId + "/" + pair.Key] = pair.Value;
            }

            foreach (var child in node.Children)
            {
                Visit(child);
            }
        }

        Visit(score.Root);
        foreach (var indicator in score.Indicators)
        {
            all[indicator.IndicatorId + "/" + indicator.GroupId] = indicator.Score;
        }

        return all;
    }
}
