using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Agreement;

/// <summary>Measures how far several teams that assessed the same country and period against one rubric agree.</summary>
/// <remarks>
/// Each cell (indicator, migrant group, facet) is a unit and each team a rater. Levels and values are compared as scores
/// from 0 to 100 (polarity applied), so that every scale reads the same way. Krippendorff's alpha uses the ordinal metric
/// over cells rated on levels and the interval metric over continuous values (or a mix); its confidence interval comes
/// from a bootstrap over cells with a fixed seed. "Not applicable" counts in exact agreement but not in alpha or kappa;
/// "unknown" and blanks are missing values.
/// </remarks>
public sealed class AgreementEngine
{
    private readonly Rubric rubric;
    private readonly Dictionary<string, string?> topOf = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="AgreementEngine"/> class.</summary>
    /// <param name="rubric">The rubric the assessments answer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is <see langword="null"/>.</exception>
    public AgreementEngine(Rubric rubric)
    {
        this.rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));
        foreach (var dimension in rubric.Dimensions)
        {
            Index(dimension, dimension.Id);
        }
    }

    /// <summary>Gets the rubric.</summary>
    public Rubric Rubric => rubric;

    /// <summary>Measures the agreement of a set's raters.</summary>
    /// <param name="set">The assessments of one country and period.</param>
    /// <param name="settings">The bootstrap settings.</param>
    /// <param name="diagnostics">Receives what is wrong with responses; responses with errors are left out.</param>
    /// <returns>The agreement.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AssessorAgreement Measure(AssessorSet set, AgreementSettings settings, List<Diagnostic> diagnostics)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        if (settings is null)
        {
            throw new ArgumentNullException(nameof(settings));
        }

        var usable = set.Raters.Select(r => AssessmentValidator.Check(rubric, r.Assessment, diagnostics)).ToList();
        var cells = new List<(CellAgreement Cell, Scale Scale)>();
        foreach (var indicator in rubric.Indicators)
        {
            topOf.TryGetValue(indicator.Id, out var top);
            foreach (var group in CellGroups(rubric, indicator, set))
            {
                foreach (var facet in rubric.Facets)
                {
                    if (rubric.ScaleOf(indicator, facet.Id) is not { } scale)
                    {
                        continue;
                    }

                    var key = new ResponseKey(indicator.Id, group, facet.Id);
                    var answers = new List<RaterAnswer>(set.Raters.Count);
                    for (var i = 0; i < set.Raters.Count; i++)
                    {
                        var response = AgreementEngine.Lookup(usable[i], key, indicator);
                        answers.Add(Answer(set.Raters[i].Id, scale, response));
                    }

                    cells.Add((Cell(key, top, scale, answers), scale));
                }
            }
        }

        var summaries = new List<AgreementSummary> { Summarize(AgreementScope.Overall, null, cells, set.Raters.Count, settings) };
        foreach (var dimension in rubric.Dimensions)
        {
            summaries.Add(Summarize(AgreementScope.Dimension, dimension.Id, cells.Where(c => c.Cell.DimensionId == dimension.Id).ToList(), set.Raters.Count, settings));
        }

        foreach (var group in rubric.Groups)
        {
            summaries.Add(Summarize(AgreementScope.Group, group.Id, cells.Where(c => c.Cell.GroupId == group.Id).ToList(), set.Raters.Count, settings));
        }

        foreach (var facet in rubric.Facets)
        {
            summaries.Add(Summarize(AgreementScope.Facet, facet.Id, cells.Where(c => c.Cell.FacetId == facet.Id).ToList(), set.Raters.Count, settings));
        }

        var byIndicator = cells.GroupBy(c => c.Cell.IndicatorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var indicator in rubric.Indicators)
        {
            if (byIndicator.TryGetValue(indicator.Id, out var own))
            {
                summaries.Add(Summarize(AgreementScope.Indicator, indicator.Id, own, set.Raters.Count, settings));
            }
        }

        return new AssessorAgreement(set.Country, set.Period, new RubricReference(rubric.Id, rubric.Version, rubric.ContentHash), set.Raters, cells.Select(c => c.Cell).ToList(), summaries, Leanings(set, cells.Select(c => c.Cell).ToList()));
    }

    /// <summary>Reads a response as a rater's answer: a score from 0 to 100 and, on levels, the level's rank.</summary>
    /// <param name="raterId">The rater.</param>
    /// <param name="scale">The cell's scale.</param>
    /// <param name="response">The response, or <see langword="null"/>.</param>
    /// <returns>The answer.</returns>
    internal static RaterAnswer Answer(string raterId, Scale scale, Response? response)
    {
        if (response is not { Status: ResponseStatus.Answered })
        {
            return new RaterAnswer(raterId, response, null, null);
        }

        if (response.Level is { } levelId && scale.Kind == ScaleKind.Ordinal)
        {
            for (var i = 0; i < scale.Levels.Count; i++)
            {
                if (string.Equals(scale.Levels[i].Id, levelId, StringComparison.Ordinal))
                {
                    return new RaterAnswer(raterId, response, scale.Normalize(scale.Levels[i].Value), i);
                }
            }

            return new RaterAnswer(raterId, response, null, null);
        }

        return response.Value is { } value ? new RaterAnswer(raterId, response, scale.Normalize(value), null) : new RaterAnswer(raterId, response, null, null);
    }

    private static CellAgreement Cell(ResponseKey key, string? top, Scale scale, List<RaterAnswer> answers)
    {
        var stands = answers.Where(a => a.TookStand).ToList();
        bool? agrees = null;
        if (stands.Count >= 2)
        {
            agrees = stands.All(a => Same(a, stands[0]));
        }

        var scores = answers.Where(a => a.Score is not null).Select(a => a.Score!.Value).ToList();
        var ranks = answers.Where(a => a.Rank is not null).Select(a => a.Rank!.Value).ToList();
        double? spread = scores.Count >= 2 ? scores.Max() - scores.Min() : null;
        int? levelSpread = ranks.Count >= 2 ? ranks.Max() - ranks.Min() : null;
        return new CellAgreement(key.IndicatorId, key.GroupId, key.FacetId, top, scale.Kind, answers, agrees, spread, levelSpread);
    }

    private static bool Same(RaterAnswer a, RaterAnswer b)
    {
        if (a.IsNotApplicable || b.IsNotApplicable)
        {
            return a.IsNotApplicable && b.IsNotApplicable;
        }

        return a.Score is { } x && b.Score is { } y && Math.Abs(x - y) < 1e-9;
    }

    private static AgreementSummary Summarize(AgreementScope scope, string? key, IReadOnlyList<(CellAgreement Cell, Scale Scale)> cells, int raters, AgreementSettings settings)
    {
        var compared = cells.Count(c => c.Cell.Agrees is not null);
        double? exact = compared == 0 ? null : cells.Count(c => c.Cell.Agrees == true) / (double)compared;
        double differences = 0;
        var pairs = 0;
        foreach (var (cell, _) in cells)
        {
            for (var i = 0; i < cell.Answers.Count; i++)
            {
                for (var j = i + 1; j < cell.Answers.Count; j++)
                {
                    if (cell.Answers[i].Score is { } a && cell.Answers[j].Score is { } b)
                    {
                        differences += Math.Abs(a - b);
                        pairs++;
                    }
                }
            }
        }

        var ordinal = cells.Count > 0 && cells.All(c => c.Scale.Kind == ScaleKind.Ordinal);
        var metric = ordinal ? AlphaMetric.Ordinal : AlphaMetric.Interval;
        var data = new AlphaData(cells.Select(c => (IReadOnlyList<double?>)c.Cell.Answers.Select(a => a.Score).ToList()), metric);
        var alpha = data.Estimate(settings.Resamples, new Random(Seed(settings.Seed, scope, key)), settings.Confidence);
        double? linear = null, quadratic = null;
        if (raters == 2 && ordinal)
        {
            (linear, quadratic) = Kappas(cells);
        }

        return new AgreementSummary(scope, key, cells.Count, compared, exact, pairs == 0 ? null : differences / pairs, metric, alpha, linear, quadratic);
    }

    /// <summary>Weighted kappas of two raters over cells rated on levels; the categories are the levels of the scales in scope, by score.</summary>
    private static (double? Linear, double? Quadratic) Kappas(IReadOnlyList<(CellAgreement Cell, Scale Scale)> cells)
    {
        var categories = cells.Select(c => c.Scale).Distinct().SelectMany(s => s.Levels.Select(l => s.Normalize(l.Value))).Distinct().OrderBy(v => v).ToList();
        if (categories.Count < 2)
        {
            return (null, null);
        }

        var first = new List<int>();
        var second = new List<int>();
        foreach (var (cell, _) in cells)
        {
            if (cell.Answers[0].Score is { } a && cell.Answers[1].Score is { } b)
            {
                first.Add(IndexOf(categories, a));
                second.Add(IndexOf(categories, b));
            }
        }

        return (WeightedKappa.Compute(first, second, categories.Count, KappaWeights.Linear), WeightedKappa.Compute(first, second, categories.Count, KappaWeights.Quadratic));
    }

    private static int IndexOf(List<double> categories, double score)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            if (Math.Abs(categories[i] - score) < 1e-9)
            {
                return i;
            }
        }

        throw new InvalidOperationException("a level's score is not among its scale's categories");
    }

    private static IReadOnlyList<RaterLeaning> Leanings(AssessorSet set, IReadOnlyList<CellAgreement> cells)
    {
        var leanings = new List<RaterLeaning>();
        var facets = cells.Select(c => c.FacetId).Distinct(StringComparer.Ordinal).ToList();
        for (var r = 0; r < set.Raters.Count; r++)
        {
            foreach (var facet in facets)
            {
                double total = 0;
                var count = 0;
                foreach (var cell in cells.Where(c => c.FacetId == facet))
                {
                    if (cell.Answers[r].Score is not { } own)
                    {
                        continue;
                    }

                    var others = cell.Answers.Where((a, i) => i != r && a.Score is not null).Select(a => a.Score!.Value).ToList();
                    if (others.Count > 0)
                    {
                        total += own - others.Average();
                        count++;
                    }
                }

                leanings.Add(new RaterLeaning(set.Raters[r].Id, facet, count, count == 0 ? null : total / count));
            }
        }

        return leanings;
    }

    /// <summary>A seed per roll-up, from the user's seed and the roll-up's name, so that each interval is reproducible on its own.</summary>
    private static int Seed(int seed, AgreementScope scope, string? key)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in scope.ToString() + ":" + (key ?? string.Empty))
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash ^ (uint)seed * 2654435761u);
        }
    }

    private void Index(Dimension dimension, string top)
    {
        foreach (var child in dimension.Children)
        {
            if (child is Indicator indicator)
            {
                topOf[indicator.Id] = top;
            }
            else if (child is Dimension sub)
            {
                Index(sub, top);
            }
        }
    }

    /// <summary>Gets the groups whose cells a set compares for an indicator: its groups, or only <see cref="Response.WholeCountry"/> for a country-scope indicator that every team answered once for the whole country.</summary>
    /// <remarks>A question about the whole country answered once is one unit, not one per group: counting it once per group would weigh it five times in alpha and list one difference five times.</remarks>
    internal static IEnumerable<string> CellGroups(Rubric rubric, Indicator indicator, AssessorSet set)
    {
        var groups = rubric.Groups.Where(g => indicator.AppliesTo(g.Id)).Select(g => g.Id).ToList();
        if (indicator.Scope == IndicatorScope.Country && groups.Count > 0 &&
            set.Raters.All(r => !r.Assessment.Responses.Any(x => x.IndicatorId == indicator.Id && x.GroupId != Response.WholeCountry)))
        {
            return new[] { Response.WholeCountry };
        }

        return groups;
    }

    /// <summary>Finds a team's usable answer to a cell; a whole-country cell takes the answer the validator gave the indicator's first group.</summary>
    internal static Response? Lookup(Dictionary<ResponseKey, Response> usable, ResponseKey key, Indicator indicator)
    {
        if (key.GroupId == Response.WholeCountry)
        {
            return indicator.Groups.Count > 0 && usable.TryGetValue(new ResponseKey(key.IndicatorId, indicator.Groups[0], key.FacetId), out var copy) ? copy with { GroupId = Response.WholeCountry } : null;
        }

        return usable.TryGetValue(key, out var response) ? response : null;
    }
}
