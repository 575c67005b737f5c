using System;
using System.Collections.Generic;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Agreement;

/// <summary>The assessments of one country and period: one per team of assessors, and any consensus reconciled from them.</summary>
/// <param name="Country">The country.</param>
/// <param name="Period">The period.</param>
/// <param name="Raters">The assessments made by teams, government first, then civil society, then independent experts.</param>
/// <param name="Consensus">The consensus assessments (those that record a reconciliation).</param>
public sealed record AssessorSet(CountryCode Country, string Period, IReadOnlyList<Rater> Raters, IReadOnlyList<Assessment> Consensus)
{
    /// <summary>Gets whether more than one team assessed the country and period.</summary>
    public bool HasSeveralRaters => Raters.Count > 1;

    /// <summary>Gets every assessment of the set, raters first, then consensus.</summary>
    public IEnumerable<Assessment> Assessments => Raters.Select(r => r.Assessment).Concat(Consensus);

    /// <summary>Gathers assessments into sets per country and period; a second assessment by the same assessors is a duplicate, reported and left out.</summary>
    /// <param name="assessments">The assessments, in the order read.</param>
    /// <param name="diagnostics">Receives an error (ASM031) for each duplicate.</param>
    /// <returns>The sets, in the order their first assessment was read.</returns>
    /// <remarks>
    /// Two assessments are by the same assessors when they name the same people (name, organisation and role, ignoring case
    /// and spaces around), or when neither names anyone. A consensus assessment is told apart by its reconciliation record.
    /// </remarks>
    public static IReadOnlyList<AssessorSet> Gather(IEnumerable<Assessment> assessments, List<Diagnostic> diagnostics)
    {
        if (assessments is null)
        {
            throw new ArgumentNullException(nameof(assessments));
        }

        var order = new List<(string Country, string Period)>();
        var byKey = new Dictionary<(string Country, string Period), List<(string Signature, Assessment Assessment)>>();
        foreach (var assessment in assessments)
        {
            // Two assessments of one country and period by the same people would be counted twice in every table, workbook and comparison.
            var key = (assessment.Country.Value, assessment.Period);
            if (!byKey.TryGetValue(key, out var members))
            {
                members = new List<(string, Assessment)>();
                byKey.Add(key, members);
                order.Add(key);
            }

            var signature = Signature(assessment);
            var first = members.FirstOrDefault(m => m.Signature == signature).Assessment;
            if (first is not null)
            {
                diagnostics.Add(Diagnostic.Error("ASM031", Phrase.Of("diag.ASM031", key.Item1, key.Item2), new SourceLocation(assessment.Source?.Path), first.Source?.Path is { } firstPath ? Phrase.Of("hint.ASM031.same-assessors", firstPath) : Phrase.Of("hint.ASM031.same-assessors.memory")));
                continue;
            }

            members.Add((signature, assessment));
        }

        return order.Select(key =>
        {
            var members = byKey[key].Select(m => m.Assessment).ToList();
            var first = members[0];
            return new AssessorSet(first.Country, first.Period, NameRaters(members.Where(a => a.Reconciliation is null).ToList()), members.Where(a => a.Reconciliation is not null).ToList());
        }).ToList();
    }

    /// <summary>Names the raters of a set: ordered by role, each with an id unique in the set.</summary>
    private static IReadOnlyList<Rater> NameRaters(IReadOnlyList<Assessment> assessments)
    {
        var ordered = assessments
            .Select((a, i) => (Assessment: a, Index: i, Role: a.Assessors.Count > 0 ? a.Assessors[0].Role : (AssessorRole?)null))
            .OrderBy(p => p.Role is { } role ? (int)role : int.MaxValue)
            .ThenBy(p => p.Index)
            .ToList();
        var raters = new List<Rater>();
        foreach (var (assessment, _, role) in ordered)
        {
            var name = role is { } r ? AssessorRoleNames.Of(r) : "unnamed";
            var same = ordered.Count(p => p.Role == role);
            var id = same > 1 ? name + "-" + (raters.Count(x => x.Role == role) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : name;
            raters.Add(new Rater(id, role, Label(assessment, id), assessment));
        }

        return raters;
    }

    private static string Label(Assessment assessment, string id)
    {
        var organizations = assessment.Assessors.Select(a => a.Organization?.Trim()).Where(o => !string.IsNullOrEmpty(o)).Distinct(StringComparer.Ordinal).ToList();
        if (organizations.Count > 0)
        {
            return string.Join(", ", organizations);
        }

        var names = assessment.Assessors.Select(a => a.Name.Trim()).Where(n => n.Length > 0).ToList();
        return names.Count > 0 ? string.Join(", ", names) : id;
    }

    private static string Signature(Assessment assessment)
    {
        var people = assessment.Assessors
            .Select(a => Normalize(a.Name) + "\u001f" + Normalize(a.Organization) + "\u001f" + ((int)a.Role).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(s => s, StringComparer.Ordinal);
        return (assessment.Reconciliation is null ? "team:" : "consensus:") + string.Join("\u001e", people);
    }

    private static string Normalize(string? text) => string.Join(" ", (text ?? string.Empty).Split(new[] { ' ', '\t', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
