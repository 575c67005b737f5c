using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Coherence.Diagnostics;
using Coherence.Model;

namespace Coherence.Scoring;

/// <summary>Checks an assessment's responses against its rubric and keeps the usable ones.</summary>
public static class AssessmentValidator
{
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
        var file = assessment.Source?.Path;
        var locations = assessment.Source?.ResponseLocations;
        CheckRubric(rubric, assessment, diagnostics, file);
        var usable = new Dictionary<ResponseKey, Response>(assessment.Responses.Count);
        HashSet<ResponseKey>? fromWholeCountry = null;
        HashSet<(string Indicator, string Facet)>? wholeCountry = null;
        for (var index = 0; index < assessment.Responses.Count; index++)
        {
            var response = assessment.Responses[index];
            if (!IsUsable(rubric, response, file, locations, index, diagnostics))
            {
                continue;
            }

            if (response.GroupId != Response.WholeCountry)
            {
                if (usable.ContainsKey(response.Key))
                {
                    diagnostics.Add(fromWholeCountry?.Contains(response.Key) == true
                        ? BothWays(response.IndicatorId, response.GroupId, response.FacetId, file, locations, index)
                        : Diagnostic.Error("ASM026", $"indicator '{response.IndicatorId}', group '{response.GroupId}', facet '{response.FacetId}' is answered twice", Where(file, locations, index), "keep one response per indicator, group and facet"));
                }
                else
                {
                    usable.Add(response.Key, response);
                }

                continue;
            }

            fromWholeCountry ??= new HashSet<ResponseKey>();
            wholeCountry ??= new HashSet<(string, string)>();
            var indicator = rubric.FindIndicator(response.IndicatorId)!;
            if (!wholeCountry.Add((indicator.Id, response.FacetId)))
            {
                diagnostics.Add(Diagnostic.Error("ASM026", $"indicator '{response.IndicatorId}', group '{Response.WholeCountry}', facet '{response.FacetId}' is answered twice", Where(file, locations, index), "keep one response for the whole country"));
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
                fromWholeCountry.Add(key);
            }
        }

        return usable;
    }

    private static Diagnostic BothWays(string indicator, string group, string facet, string? file, IReadOnlyList<SourceLocation>? locations, int index) =>
        Diagnostic.Error("ASM028", $"indicator '{indicator}' ({facet}) is answered for the whole country ('{Response.WholeCountry}') and for group '{group}'", Where(file, locations, index), $"answer it once with group '{Response.WholeCountry}', or once per group, not both");

    private static void CheckRubric(Rubric rubric, Assessment assessment, List<Diagnostic> diagnostics, string? file)
    {
        var where = new SourceLocation(file, Detail: "rubric");
        if (!string.Equals(assessment.Rubric.Id, rubric.Id, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error("ASM010", $"the assessment answers rubric '{assessment.Rubric.Id}', not '{rubric.Id}'", where, "score it with the rubric it was written for"));
        }
        else if (!string.Equals(assessment.Rubric.Version, rubric.Version, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Warning("ASM011", $"the assessment answers version {assessment.Rubric.Version} of '{rubric.Id}', scored with version {rubric.Version}", where, "responses to indicators that changed may not mean the same"));
        }
        else if (assessment.Rubric.ContentHash is { } hash && !string.Equals(hash, rubric.ContentHash, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(Diagnostic.Warning("ASM012", $"the rubric's text changed since the assessment was made (hash {Short(hash)}, now {Short(rubric.ContentHash)})", where, "check that the rubric was not edited by mistake"));
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash.Substring(0, 12) : hash;

    // Built only when a diagnostic needs it: most responses have none.
    private static SourceLocation Where(string? file, IReadOnlyList<SourceLocation>? locations, int index)
    {
        var detail = "responses[" + index.ToString(CultureInfo.InvariantCulture) + "]";
        return locations is not null && index < locations.Count ? locations[index] with { Detail = detail } : new SourceLocation(file, Detail: detail);
    }

    private static bool IsUsable(Rubric rubric, Response response, string? file, IReadOnlyList<SourceLocation>? locations, int index, List<Diagnostic> diagnostics)
    {
        var indicator = rubric.FindIndicator(response.IndicatorId);
        if (indicator is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM020", $"'{response.IndicatorId}' is not an indicator of rubric '{rubric.Id}'", Where(file, locations, index), DidYouMean.Hint(response.IndicatorId, rubric.Indicators.Select(i => i.Id).ToList())));
            return false;
        }

        if (response.GroupId == Response.WholeCountry)
        {
            if (indicator.Scope != IndicatorScope.Country)
            {
                diagnostics.Add(Diagnostic.Error("ASM027", $"indicator '{indicator.Id}' is answered per migrant group, so it cannot be answered for the whole country ('{Response.WholeCountry}')", Where(file, locations, index), "give one response per group: " + string.Join(", ", indicator.Groups)));
                return false;
            }
        }
        else if (!rubric.HasGroup(response.GroupId))
        {
            diagnostics.Add(Diagnostic.Error("ASM021", $"'{response.GroupId}' is not a migrant group of rubric '{rubric.Id}'", Where(file, locations, index), DidYouMean.Hint(response.GroupId, rubric.Groups.Select(g => g.Id).ToList())));
            return false;
        }

        var facet = indicator.FindFacet(response.FacetId);
        if (facet is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM022", $"indicator '{indicator.Id}' has no facet '{response.FacetId}'", Where(file, locations, index), DidYouMean.Hint(response.FacetId, indicator.Facets.Select(f => f.FacetId).ToList())));
            return false;
        }

        if (response.GroupId != Response.WholeCountry && !indicator.AppliesTo(response.GroupId))
        {
            diagnostics.Add(Diagnostic.Warning("ASM023", $"indicator '{indicator.Id}' does not apply to group '{response.GroupId}'; the response is ignored", Where(file, locations, index)));
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
                diagnostics.Add(Diagnostic.Error("ASM025", $"indicator '{indicator.Id}' ({response.FacetId}) needs a level of scale '{scale.Id}'", Where(file, locations, index), "expected one of: " + string.Join(", ", scale.Levels.Select(l => l.Id))));
                return false;
            }

            if (scale.FindLevel(response.Level) is null)
            {
                diagnostics.Add(Diagnostic.Error("ASM024", $"'{response.Level}' is not a level of scale '{scale.Id}'", Where(file, locations, index), DidYouMean.Hint(response.Level, scale.Levels.Select(l => l.Id).ToList())));
                return false;
            }

            return true;
        }

        if (response.Value is not { } value || !scale.Contains(value))
        {
            var shown = response.Value?.ToString("R", CultureInfo.InvariantCulture) ?? "nothing";
            diagnostics.Add(Diagnostic.Error("ASM025", $"indicator '{indicator.Id}' ({response.FacetId}) has {shown}, outside scale '{scale.Id}'", Where(file, locations, index), $"expected a number from {scale.Min.ToString(CultureInfo.InvariantCulture)} to {scale.Max.ToString(CultureInfo.InvariantCulture)}"));
            return false;
        }

        return true;
    }
}
