using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;
using Coherence.Scoring;

namespace Coherence.Agreement;

/// <summary>Makes one consensus assessment from the assessments several teams made of the same country and period, recording for every answer where it came from and why.</summary>
/// <remarks>
/// For each cell: a decision entered by the people reconciling wins; otherwise an answer every team gave is taken
/// (<see cref="ProvenanceRule.Agreed"/>), or the one answer given (<see cref="ProvenanceRule.Only"/>); otherwise the rules are
/// tried in order. A cell nothing settles is recorded as unknown (<see cref="ProvenanceRule.Unresolved"/>), with the answers in
/// its note, so that it lowers coverage instead of taking a side. The assessments themselves are never changed.
/// </remarks>
public sealed class ReconciliationEngine
{
    private readonly Rubric rubric;

    /// <summary>Initializes a new instance of the <see cref="ReconciliationEngine"/> class.</summary>
    /// <param name="rubric">The rubric the assessments answer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rubric"/> is <see langword="null"/>.</exception>
    public ReconciliationEngine(Rubric rubric) => this.rubric = rubric ?? throw new ArgumentNullException(nameof(rubric));

    /// <summary>Reconciles a set's raters into a consensus assessment.</summary>
    /// <param name="set">The assessments of one country and period.</param>
    /// <param name="rules">The rules that settle differences, tried in order; may be empty.</param>
    /// <param name="decisions">Answers agreed by the people reconciling, by cell; may be empty.</param>
    /// <param name="reconciledAt">When the consensus is made.</param>
    /// <param name="diagnostics">Receives what is wrong with responses and decisions.</param>
    /// <returns>The consensus assessment, with a reconciliation record and a provenance on every response.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public Assessment Reconcile(AssessorSet set, IReadOnlyList<ReconciliationRule> rules, IReadOnlyDictionary<ResponseKey, ReconciliationDecision> decisions, DateTimeOffset reconciledAt, List<Diagnostic> diagnostics)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        if (rules is null)
        {
            throw new ArgumentNullException(nameof(rules));
        }

        if (decisions is null)
        {
            throw new ArgumentNullException(nameof(decisions));
        }

        var usable = set.Raters.Select(r => AssessmentValidator.Check(rubric, r.Assessment, diagnostics)).ToList();
        var responses = new List<Response>();
        var used = new HashSet<ResponseKey>();
        foreach (var indicator in rubric.Indicators)
        {
            foreach (var group in AgreementEngine.CellGroups(rubric, indicator, set))
            {
                foreach (var facet in rubric.Facets)
                {
                    if (rubric.ScaleOf(indicator, facet.Id) is not { } scale)
                    {
                        continue;
                    }

                    var key = new ResponseKey(indicator.Id, group, facet.Id);
                    var answers = new List<(Rater Rater, RaterAnswer Answer)>();
                    for (var i = 0; i < set.Raters.Count; i++)
                    {
                        var response = AgreementEngine.Lookup(usable[i], key, indicator);
                        answers.Add((set.Raters[i], AgreementEngine.Answer(set.Raters[i].Id, scale, response)));
                    }

                    decisions.TryGetValue(key, out var decision);
                    if (decision is not null)
                    {
                        used.Add(key);
                    }

                    if (Settle(key, scale, answers, rules, decision, diagnostics) is { } settled)
                    {
                        responses.Add(settled);
                    }
                }
            }
        }

        foreach (var decision in decisions.Values.Where(d => !used.Contains(d.Key)))
        {
            diagnostics.Add(Diagnostic.Error("REC020", Phrase.Of("diag.REC020", decision.Key.IndicatorId, decision.Key.GroupId, decision.Key.FacetId, rubric.Id), decision.Location, Phrase.Of("hint.REC-keep-rows")));
        }

        var first = set.Raters.Count > 0 ? set.Raters[0].Assessment : set.Consensus.First();
        var sources = set.Raters.Select(r => new ReconciledSource(r.Id, r.Assessment.Assessors) { Path = r.Assessment.Source?.Path, Sha256 = r.Assessment.Source?.Sha256 }).ToList();
        return new Assessment(set.Country, set.Period, first.Rubric, responses)
        {
            CountryName = set.Raters.Select(r => r.Assessment.CountryName).FirstOrDefault(n => n is not null),
            Language = set.Raters.Select(r => r.Assessment.Language).FirstOrDefault(n => n is not null),
            Assessors = set.Raters.SelectMany(r => r.Assessment.Assessors).Distinct().ToList(),
            Reconciliation = new Reconciliation(sources, rules.ToList()) { ReconciledAt = reconciledAt },
        };
    }

    /// <summary>Describes an answer for a note: <c>civil-society: partial</c>, <c>government: not applicable</c>.</summary>
    /// <param name="raterId">The rater.</param>
    /// <param name="response">The response.</param>
    /// <returns>The description.</returns>
    internal static string Describe(string raterId, Response? response) => raterId + ": " + response switch
    {
        null => "blank",
        { Status: ResponseStatus.NotApplicable } => "not applicable",
        { Status: ResponseStatus.Unknown } => "unknown",
        { Level: { } level } => level,
        { Value: { } value } => value.ToString("R", CultureInfo.InvariantCulture),
        _ => "blank",
    };

    private static Response? Settle(ResponseKey key, Scale scale, List<(Rater Rater, RaterAnswer Answer)> answers, IReadOnlyList<ReconciliationRule> rules, ReconciliationDecision? decision, List<Diagnostic> diagnostics)
    {
        var stands = answers.Where(a => a.Answer.TookStand).ToList();
        if (decision is not null && Decided(key, scale, answers, decision, diagnostics) is { } decided)
        {
            return decided;
        }

        if (stands.Count == 0)
        {
            // Nobody took a stand: keep an "unknown" some gave, so that the consensus says so too.
            var unknown = answers.Where(a => a.Answer.Response is { Status: ResponseStatus.Unknown }).ToList();
            return unknown.Count == 0 ? null : Take(key, unknown, ProvenanceRule.Agreed, null);
        }

        if (stands.Count == 1)
        {
            return Take(key, stands, ProvenanceRule.Only, null);
        }

        if (stands.All(s => SameAnswer(s.Answer, stands[0].Answer)))
        {
            return Take(key, stands, ProvenanceRule.Agreed, null);
        }

        var note = string.Join("; ", answers.Select(a => Describe(a.Rater.Id, a.Answer.Response)));
        foreach (var rule in rules)
        {
            switch (rule.Kind)
            {
                case ReconciliationRuleKind.Role:
                    var winners = stands.Where(s => s.Rater.Role == rule.Role).ToList();
                    if (winners.Count > 0 && winners.All(w => SameAnswer(w.Answer, winners[0].Answer)))
                    {
                        return Take(key, winners, ProvenanceRule.Role, note);
                    }

                    break;
                case ReconciliationRuleKind.Median:
                    if (Median(key, scale, stands, ProvenanceRule.Median, note) is { } median)
                    {
                        return median;
                    }

                    break;
                case ReconciliationRuleKind.Within:
                    var ranks = stands.Select(s => s.Answer.Rank).ToList();
                    if (scale.Kind == ScaleKind.Ordinal && ranks.All(r => r is not null) && ranks.Max()!.Value - ranks.Min()!.Value <= rule.Levels
                        && Median(key, scale, stands, ProvenanceRule.Within, note) is { } within)
                    {
                        return within;
                    }

                    break;
            }
        }

        return new Response(key.IndicatorId, key.GroupId, key.FacetId, ResponseStatus.Unknown)
        {
            Provenance = new AnswerProvenance(stands.Select(s => s.Rater.Id).ToList(), ProvenanceRule.Unresolved) { Note = note },
        };
    }

    private static Response? Decided(ResponseKey key, Scale scale, List<(Rater Rater, RaterAnswer Answer)> answers, ReconciliationDecision decision, List<Diagnostic> diagnostics)
    {
        if (decision.Status == ResponseStatus.Answered)
        {
            var known = scale.Kind == ScaleKind.Ordinal ? decision.Level is { } l && scale.FindLevel(l) is not null : decision.Value is { } v && scale.Contains(v);
            if (!known)
            {
                diagnostics.Add(Diagnostic.Error("REC021", Phrase.Of("diag.REC021", key.IndicatorId, key.GroupId, key.FacetId, scale.Id), decision.Location, scale.Kind == ScaleKind.Ordinal ? Phrase.Of("hint.REC-choose-level") : Phrase.Of("hint.REC021.number", scale.Min, scale.Max)));
                return null;
            }
        }

        var response = new Response(key.IndicatorId, key.GroupId, key.FacetId, decision.Status, decision.Status == ResponseStatus.Answered ? decision.Level : null, decision.Status == ResponseStatus.Answered ? decision.Value : null);
        var agreed = AgreementEngine.Answer(string.Empty, scale, response);
        var from = answers.Where(a => a.Answer.TookStand || a.Answer.Response is { Status: ResponseStatus.Unknown }).Where(a => SameAnswer(a.Answer, agreed) || (agreed.Response!.Status == ResponseStatus.Unknown && a.Answer.Response!.Status == ResponseStatus.Unknown)).ToList();
        var others = string.Join("; ", answers.Select(a => Describe(a.Rater.Id, a.Answer.Response)));
        var note = string.IsNullOrWhiteSpace(decision.Note) ? others : decision.Note + " (" + others + ")";
        return Merge(response, from) with { Provenance = new AnswerProvenance(from.Select(a => a.Rater.Id).ToList(), ProvenanceRule.Decision) { Note = note } };
    }

    /// <summary>Takes the median answer: the middle level by score, the lower of the two middle ones with an even number; the mean of the two middle values on a continuous scale.</summary>
    private static Response? Median(ResponseKey key, Scale scale, List<(Rater Rater, RaterAnswer Answer)> stands, ProvenanceRule rule, string note)
    {
        // "Not applicable" against a level is not a matter of degree: no median settles it.
        if (stands.Any(s => s.Answer.Score is null))
        {
            return null;
        }

        var sorted = stands.OrderBy(s => s.Answer.Score!.Value).ToList();
        if (scale.Kind == ScaleKind.Ordinal)
        {
            var middle = sorted[(sorted.Count - 1) / 2];
            var from = stands.Where(s => SameAnswer(s.Answer, middle.Answer)).ToList();
            return Take(key, from, rule, note);
        }

        var values = sorted.Select(s => s.Answer.Response!.Value!.Value).ToList();
        var n = values.Count;
        var median = n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2;
        var at = stands.Where(s => Math.Abs(s.Answer.Response!.Value!.Value - median) < 1e-12).ToList();
        var response = new Response(key.IndicatorId, key.GroupId, key.FacetId, ResponseStatus.Answered, Value: median);
        return Merge(response, at) with { Provenance = new AnswerProvenance((at.Count > 0 ? at : stands).Select(s => s.Rater.Id).ToList(), rule) { Note = note } };
    }

    private static Response Take(ResponseKey key, List<(Rater Rater, RaterAnswer Answer)> from, ProvenanceRule rule, string? note)
    {
        var source = from[0].Answer.Response!;
        var response = new Response(key.IndicatorId, key.GroupId, key.FacetId, source.Status, source.Level, source.Value);
        return Merge(response, from) with { Provenance = new AnswerProvenance(from.Select(f => f.Rater.Id).ToList(), rule) { Note = note } };
    }

    /// <summary>Carries the evidence, sources, confidence and notes of the answers taken: each team's own words, marked with its id when there are several.</summary>
    private static Response Merge(Response response, List<(Rater Rater, RaterAnswer Answer)> from)
    {
        var taken = from.Where(f => f.Answer.Response is not null).Select(f => (f.Rater.Id, Response: f.Answer.Response!)).ToList();
        string? Join(Func<Response, string?> part)
        {
            var texts = taken.Where(t => !string.IsNullOrWhiteSpace(part(t.Response))).Select(t => (t.Id, Text: part(t.Response)!)).ToList();
            return texts.Count switch
            {
                0 => null,
                1 => texts[0].Text,
                _ => string.Join("\n", texts.Select(t => t.Id + ": " + t.Text)),
            };
        }

        var confidences = taken.Select(t => t.Response.Confidence).Where(c => c != Confidence.Unspecified).ToList();
        return response with
        {
            Evidence = Join(r => r.Evidence),
            Notes = Join(r => r.Notes),
            Sources = taken.SelectMany(t => t.Response.Sources).Distinct(StringComparer.Ordinal).ToList(),

            // Agreeing teams are as sure as the least sure of them.
            Confidence = confidences.Count == 0 ? Confidence.Unspecified : confidences.Min(),
        };
    }

    private static bool SameAnswer(RaterAnswer a, RaterAnswer b)
    {
        if (a.IsNotApplicable || b.IsNotApplicable)
        {
            return a.IsNotApplicable && b.IsNotApplicable;
        }

        return a.Score is { } x && b.Score is { } y && Math.Abs(x - y) < 1e-9;
    }
}
