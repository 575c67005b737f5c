using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Localization;
using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>Checks an assessment's responses against its rubric and keeps the usable ones.</summary>
public static class AssessmentValidator
{
    // A spreadsheet cell's limit: longer evidence is kept whole in JSON and reports, and shown cut in workbooks.
    private const int MaxCellCharacters = 32_767;

    /// <summary>Checks every response and returns the usable ones, keyed by cell.</summary>
    /// <remarks>
    /// A response to a country-scope indicator with the group <see cref="Response.WholeCountry"/> is given to every group the
    /// indicator applies to: the result holds one copy per group, each with that group's id. A country-scope indicator may
    /// also be answered per group; answering one of its cells both ways is an error, like answering a cell twice.
    /// </remarks>
    /// <param name="rubric">The rubric the assessment answers.</param>
    /// <param name="assessment">The assessment.</param>
    /// <param name="diagnostics">Receives what is wrong; responses with errors are left out.</param>
    /// <returns>The usable responses, one per cell (the first wins when a cell is answered twice).</returns>
    public static Dictionary<ResponseKey, Response> Check(Rubric rubric, Assessment assessment, List<Diagnostic> diagnostics)
    {
        var found = new DiagnosticCollector();
        var usable = Check(rubric, assessment, found);
        found.CopyTo(diagnostics);
        return usable;
    }

    private static Dictionary<ResponseKey, Response> Check(Rubric rubric, Assessment assessment, DiagnosticCollector diagnostics)
    {
        var file = assessment.Source?.Path;
        var locations = assessment.Source?.ResponseLocations;
        CheckRubric(rubric, assessment, diagnostics, file);
        var usable = new Dictionary<ResponseKey, Response>(assessment.Responses.Count);
        var indexOf = new Dictionary<ResponseKey, int>(assessment.Responses.Count);
        HashSet<ResponseKey>? fromWholeCountry = null;
        HashSet<(string Indicator, string Facet)>? wholeCountry = null;
        for (var index = 0; index < assessment.Responses.Count; index++)
        {
            var response = assessment.Responses[index];
            if (!IsUsable(rubric, response, file, locations, index, diagnostics))
            {
                continue;
            }

            if (Math.Max(response.Evidence?.Length ?? 0, response.Notes?.Length ?? 0) > MaxCellCharacters)
            {
                diagnostics.Add(Diagnostic.Warning("ASM029", Phrase.Of("diag.ASM029", response.IndicatorId, response.FacetId, Math.Max(response.Evidence?.Length ?? 0, response.Notes?.Length ?? 0), MaxCellCharacters), Where(file, locations, index), Phrase.Of("hint.ASM029")));
            }

            if (response.GroupId != Response.WholeCountry)
            {
                if (usable.ContainsKey(response.Key))
                {
                    diagnostics.Add(fromWholeCountry?.Contains(response.Key) == true
                        ? BothWays(response.IndicatorId, response.GroupId, response.FacetId, file, locations, index)
                        : Diagnostic.Error("ASM026", Phrase.Of("diag.ASM026", response.IndicatorId, response.GroupId, response.FacetId), Where(file, locations, index), Phrase.Of("hint.ASM026")));
                }
                else
                {
                    usable.Add(response.Key, response);
                    indexOf.Add(response.Key, index);
                }

                continue;
            }

            fromWholeCountry ??= new HashSet<ResponseKey>();
            wholeCountry ??= new HashSet<(string, string)>();
            var indicator = rubric.FindIndicator(response.IndicatorId)!;
            if (!wholeCountry.Add((indicator.Id, response.FacetId)))
            {
                diagnostics.Add(Diagnostic.Error("ASM026", Phrase.Of("diag.ASM026", response.IndicatorId, Response.WholeCountry, response.FacetId), Where(file, locations, index), Phrase.Of("hint.ASM026.whole-country")));
                continue;
            }

            foreach (var group in indicator.Groups)
            {
                var key = new ResponseKey(indicator.Id, group, response.FacetId);
                if (usable.ContainsKey(key))
                {
                    diagnostics.Add(BothWays(indicator.Id, group, response.FacetId, file, locations, index));
                    continue;
                }

                usable.Add(key, response with { GroupId = group });
                indexOf.Add(key, index);
                fromWholeCountry.Add(key);
            }
        }

        WarnOneFacetNotApplicable(usable, indexOf, assessment.Responses, file, locations, diagnostics);
        return usable;
    }

    // "Not applicable" on one facet while the other facet is answered: the answer is kept and the marked facet's cell drops
    // out (docs/methodology.md, section 1); the team hears of it, once per response, at the "not applicable" one.
    private static void WarnOneFacetNotApplicable(Dictionary<ResponseKey, Response> usable, Dictionary<ResponseKey, int> indexOf, IReadOnlyList<Response> all, string? file, IReadOnlyList<SourceLocation>? locations, DiagnosticCollector diagnostics)
    {
        List<(int Index, Response Response, string Other)>? found = null;
        foreach (var pair in usable)
        {
            var response = pair.Value;
            if (response.Status != ResponseStatus.NotApplicable)
            {
                continue;
            }

            var other = response.FacetId == Facet.Law ? Facet.Practice : response.FacetId == Facet.Practice ? Facet.Law : null;
            if (other is null || !usable.TryGetValue(new ResponseKey(pair.Key.IndicatorId, pair.Key.GroupId, other), out var answer) || answer.Status != ResponseStatus.Answered)
            {
                continue;
            }

            found ??= new List<(int, Response, string)>();
            found.Add((indexOf[pair.Key], response, other));
        }

        if (found is null)
        {
            return;
        }

        // In the order of the responses, whatever the order of the cells; a whole-country response is named once.
        var last = -1;
        foreach (var (index, response, other) in found.OrderBy(f => f.Index))
        {
            if (index != last)
            {
                diagnostics.Add(Diagnostic.Warning("ASM043", Phrase.Of("diag.ASM043", response.IndicatorId, all[index].GroupId, response.FacetId, other), Where(file, locations, index), Phrase.Of("hint.ASM043", other)));
                last = index;
            }
        }
    }

    private static Diagnostic BothWays(string indicator, string group, string facet, string? file, IReadOnlyList<SourceLocation>? locations, int index) =>
        Diagnostic.Error("ASM028", Phrase.Of("diag.ASM028", indicator, facet, Response.WholeCountry, group), Where(file, locations, index), Phrase.Of("hint.ASM028", Response.WholeCountry));

    private static void CheckRubric(Rubric rubric, Assessment assessment, DiagnosticCollector diagnostics, string? file)
    {
        var where = new SourceLocation(file, Detail: "rubric");
        if (!string.Equals(assessment.Rubric.Id, rubric.Id, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("ASM010", Phrase.Of("diag.ASM010", assessment.Rubric.Id, rubric.Id), where, Phrase.Of("hint.ASM010")));
        }
        else if (!string.Equals(assessment.Rubric.Version, rubric.Version, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning("ASM011", Phrase.Of("diag.ASM011", assessment.Rubric.Version, rubric.Id, rubric.Version), where, Phrase.Of("hint.ASM011")));
        }
        else if (assessment.Rubric.ContentHash is { } hash && !string.Equals(hash, rubric.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning("ASM012", Phrase.Of("diag.ASM012", Short(hash), Short(rubric.ContentHash)), where, Phrase.Of("hint.ASM012")));
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash.Substring(0, 12) : hash;

    // Built only when a diagnostic needs it: most responses have none.
    private static SourceLocation Where(string? file, IReadOnlyList<SourceLocation>? locations, int index)
    {
        var detail = "responses[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        return locations is not null && index < locations.Count ? locations[index] with { Detail = detail } : new SourceLocation(file, Detail: detail);
    }

    private static bool IsUsable(Rubric rubric, Response response, string? file, IReadOnlyList<SourceLocation>? locations, int index, DiagnosticCollector diagnostics)
    {
        var indicator = rubric.FindIndicator(response.IndicatorId);
        if (indicator is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM020", Phrase.Of("diag.not-an-indicator", response.IndicatorId, rubric.Id), Where(file, locations, index), DidYouMean.Hint(response.IndicatorId, rubric.Indicators.Select(i => i.Id).ToList())));
            return false;
        }

        if (response.GroupId == Response.WholeCountry)
        {
            if (indicator.Scope != IndicatorScope.Country)
            {
                diagnostics.Add(Diagnostic.Error("ASM027", Phrase.Of("diag.ASM027", indicator.Id, Response.WholeCountry), Where(file, locations, index), Phrase.Of("hint.ASM027", indicator.Groups.ToList())));
                return false;
            }
        }
        else if (!rubric.HasGroup(response.GroupId))
        {
            diagnostics.Add(Diagnostic.Error("ASM021", Phrase.Of("diag.not-a-group", response.GroupId, rubric.Id), Where(file, locations, index), DidYouMean.Hint(response.GroupId, rubric.Groups.Select(g => g.Id).ToList())));
            return false;
        }

        var facet = indicator.FindFacet(response.FacetId);
        if (facet is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM022", Phrase.Of("diag.ASM022", indicator.Id, response.FacetId), Where(file, locations, index), DidYouMean.Hint(response.FacetId, indicator.Facets.Select(f => f.FacetId).ToList())));
            return false;
        }

        if (response.GroupId != Response.WholeCountry && !indicator.AppliesTo(response.GroupId))
        {
            diagnostics.Add(Diagnostic.Warning("ASM023", Phrase.Of("diag.ASM023", indicator.Id, response.GroupId), Where(file, locations, index)));
            return false;
        }

        if (response.Status != ResponseStatus.Answered)
        {
            return true;
        }

        var scale = rubric.FindScale(facet.ScaleId)!;
        if (scale.Kind == ScaleKind.Ordinal)
        {
            if (response.Level is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM025", Phrase.Of("diag.ASM025.level", indicator.Id, response.FacetId, scale.Id), Where(file, locations, index), Phrase.Of("hint.expected-one-of", scale.Levels.Select(l => l.Id).ToList())));
                return false;
            }

            if (scale.FindLevel(response.Level) is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM024", Phrase.Of("diag.not-a-level", response.Level, scale.Id), Where(file, locations, index), DidYouMean.Hint(response.Level, scale.Levels.Select(l => l.Id).ToList())));
                return false;
            }

            return true;
        }

        if (response.Value is not { } value || !scale.Contains(value))
        {
            var message = response.Value is { } given
                ? Phrase.Of("diag.ASM025.outside", indicator.Id, response.FacetId, given.ToString("R", CultureInfo.InvariantCulture), scale.Id)
                : Phrase.Of("diag.ASM025.no-value", indicator.Id, response.FacetId, scale.Id);
            diagnostics.Add(Diagnostic.Error("ASM025", message, Where(file, locations, index), Phrase.Of("hint.number-between", scale.Min.ToString(CultureInfo.InvariantCulture), scale.Max.ToString(CultureInfo.InvariantCulture))));
            return false;
        }

        return true;
    }
}
