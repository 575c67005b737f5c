using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Coherence.Agreement;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Benchmarks;

/// <summary>Issue figure: agreement of 3 teams over the bundled rubric with 1,000 bootstrap resamples in under 1 s.</summary>
[MemoryDiagnoser]
public class AgreementBenchmarks
{
    private AgreementEngine engine = null!;
    private ReconciliationEngine reconciliation = null!;
    private AssessorSet set = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rubric = Rubrics.Full();
        engine = new AgreementEngine(rubric);
        reconciliation = new ReconciliationEngine(rubric);
        set = AssessorSet.Gather(Teams(rubric, 3), new List<Diagnostic>()).Single();
    }

    /// <summary>Every summary (overall, 14 dimensions, 5 groups, 2 facets, 75 indicators) with its 1,000-resample interval.</summary>
    [Benchmark]
    public AssessorAgreement ThreeTeams1000Resamples() => engine.Measure(set, new AgreementSettings { Resamples = 1000 }, new List<Diagnostic>());

    /// <summary>The same without the bootstrap: what the intervals cost.</summary>
    [Benchmark]
    public AssessorAgreement ThreeTeamsNoResample() => engine.Measure(set, new AgreementSettings { Resamples = 0 }, new List<Diagnostic>());

    /// <summary>A consensus of the three teams by the median rule.</summary>
    [Benchmark]
    public Assessment ReconcileThreeTeamsByMedian() => reconciliation.Reconcile(set, new[] { ReconciliationRule.Median }, new Dictionary<ResponseKey, ReconciliationDecision>(), DateTimeOffset.UnixEpoch, new List<Diagnostic>());

    /// <summary>Teams that rate every cell of a rubric around a shared level, one or two steps apart now and then, with a few unknowns.</summary>
    public static IReadOnlyList<Assessment> Teams(Rubric rubric, int count, int seed = 2026)
    {
        var random = new Random(seed);
        var roles = new[] { AssessorRole.Government, AssessorRole.CivilSociety, AssessorRole.Independent };
        var responses = Enumerable.Range(0, count).Select(_ => new List<Response>()).ToList();
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var group in indicator.Groups)
            {
                foreach (var facet in indicator.Facets)
                {
                    var scale = rubric.FindScale(facet.ScaleId)!;
                    var shared = random.Next(scale.Levels.Count);
                    for (var t = 0; t < count; t++)
                    {
                        var roll = random.NextDouble();
                        if (roll < 0.03)
                        {
                            responses[t].Add(new Response(indicator.Id, group, facet.FacetId, ResponseStatus.Unknown));
                            continue;
                        }

                        var step = roll < 0.6 ? 0 : roll < 0.9 ? (random.Next(2) * 2) - 1 : (random.Next(2) * 4) - 2;
                        var level = Math.Max(0, Math.Min(scale.Levels.Count - 1, shared + step));
                        responses[t].Add(new Response(indicator.Id, group, facet.FacetId, ResponseStatus.Answered, scale.Levels[level].Id) { Evidence = "Synthetic evidence" });
                    }
                }
            }
        }

        return responses.Select((r, t) => new Assessment(CountryCode.Parse("XMA"), "2026", RubricReference.Of(rubric), r)
        {
            Assessors = new[] { new Assessor("Team " + t.ToString(System.Globalization.CultureInfo.InvariantCulture), "Organisation " + t.ToString(System.Globalization.CultureInfo.InvariantCulture), roles[t % roles.Length]) },
        }).ToList();
    }
}
