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
    /// <summary>Checks every response and returns the usable ones, keyed by cell.</summary>
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
        for (var index = 0; index < assessment.Responses.Count; index++)
        {
            var response = assessment.Responses[index];
            if (IsUsable(rubric, response, file, locations, index, diagnostics))
            {
                if (usable.ContainsKey(response.Key))
                {
                    diagnostics.Add(Diagnostic.Error("ASM026", Phrase.Of("diag.ASM026", response.IndicatorId, response.GroupId, response.FacetId), Where(file, locations, index), Phrase.Of("hint.ASM026")));
                }
                else
                {
                    usable.Add(response.Key, response);
                }
            }
        }

        return usable;
    }

    private static void CheckRubric(Rubric rubric, Assessment assessment, List<Diagnostic> diagnostics, string? file)
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

    private static bool IsUsable(Rubric rubric, Response response, string? file, IReadOnlyList<SourceLocation>? locations, int index, List<Diagnostic> diagnostics)
    {
        var indicator = rubric.FindIndicator(response.IndicatorId);
        if (indicator is null)
        {
            diagnostics.Add(Diagnostic.Error("ASM020", Phrase.Of("diag.not-an-indicator", response.IndicatorId, rubric.Id), Where(file, locations, index), DidYouMean.Hint(response.IndicatorId, rubric.Indicators.Select(i => i.Id).ToList())));
            return false;
        }

        if (!rubric.HasGroup(response.GroupId))
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

        if (!indicator.AppliesTo(response.GroupId))
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
