using System.Collections.Generic;
using System.Linq;
using Coherence.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Coherence.Tests.Spreadsheets;

/// <summary>Random answers to a rubric: levels, "not applicable", "unknown" and blanks, with evidence, sources, confidence and notes.</summary>
internal static class AssessmentGenerator
{
    // Letters, Spanish accents and punctuation, digits, XML-special characters and line breaks.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZáéíóúüñÁÉÍÓÚÑ¿¡0123456789 .,;:()-/'\"<>&%#@\n";

    /// <summary>A text a person could type: not blank, and not starting with '=' (which spreadsheet programs take for a formula).</summary>
    public static Gen<string> Text { get; } =
        Gen.ArrayOf(Gen.Elements(Alphabet.ToCharArray()))
            .Select(chars => new string(chars))
            .Where(s => s.Trim().Length > 0 && !s.StartsWith("=", System.StringComparison.Ordinal) && !s.StartsWith("+", System.StringComparison.Ordinal) && !s.StartsWith("-", System.StringComparison.Ordinal));

    public static Gen<string?> OptionalText { get; } = Gen.Frequency((2, Gen.Constant<string?>(null)), (3, Text.Select(s => (string?)s)));

    /// <summary>Sources: single lines, trimmed, as the import splits them.</summary>
    public static Gen<IReadOnlyList<string>> Sources { get; } =
        Gen.Frequency(
            (3, Gen.Constant<IReadOnlyList<string>>(new List<string>())),
            (1, Gen.ListOf(Text.Select(s => s.Replace("\n", " ").Trim()).Where(s => s.Length > 0)).Select(l => (IReadOnlyList<string>)l.Take(3).ToList())));

    /// <summary>Answers as a workbook asks them: country-scope indicators once for the whole country, the others per group.</summary>
    public static Gen<List<Response>> Responses(Rubric rubric)
    {
        var cells = new List<Gen<Response?>>();
        foreach (var indicator in rubric.Indicators.Where(i => i.Scope == IndicatorScope.Country))
        {
            foreach (var part in indicator.Facets)
            {
                cells.Add(Cell(rubric.FindScale(part.ScaleId)!, indicator.Id, Response.WholeCountry, part.FacetId));
            }
        }

        foreach (var group in rubric.Groups)
        {
            foreach (var indicator in rubric.IndicatorsFor(group.Id).Where(i => i.Scope == IndicatorScope.Group))
            {
                foreach (var part in indicator.Facets)
                {
                    cells.Add(Cell(rubric.FindScale(part.ScaleId)!, indicator.Id, group.Id, part.FacetId));
                }
            }
        }

        return Gen.CollectToList(cells).Select(all => all.Where(r => r is not null).Select(r => r!).ToList());
    }

    public static Gen<Assessment> For(Rubric rubric) =>
        Responses(rubric).Select(responses => new Assessment(CountryCode.Parse("GTM"), "2026", RubricReference.Of(rubric), responses));

    private static Gen<Response?> Cell(Scale scale, string indicator, string groupId, string facet)
    {
        // Ordinal scales answer with a level id; continuous ones with a value (hundredths of the range, as people type them).
        var answer = scale.Kind == ScaleKind.Ordinal
            ? Gen.Elements(scale.Levels.Select(l => l.Id).ToArray()).Select(l => ((ResponseStatus, string?, double?)?)(ResponseStatus.Answered, l, null))
            : Gen.Choose(0, 100).Select(k => ((ResponseStatus, string?, double?)?)(ResponseStatus.Answered, null, System.Math.Round(scale.Min + ((scale.Max - scale.Min) * k / 100.0), 6)));
        var status = Gen.Frequency(
            (2, Gen.Constant<(ResponseStatus, string?, double?)?>(null)),
            (6, answer),
            (1, Gen.Constant<(ResponseStatus, string?, double?)?>((ResponseStatus.NotApplicable, null, null))),
            (1, Gen.Constant<(ResponseStatus, string?, double?)?>((ResponseStatus.Unknown, null, null))));
        return from s in status
               from evidence in OptionalText
               from sources in Sources
               from confidence in Gen.Elements(Confidence.Unspecified, Confidence.Low, Confidence.Medium, Confidence.High)
               from notes in OptionalText
               select s is { } chosen
                   ? new Response(indicator, groupId, facet, chosen.Item1, chosen.Item2, chosen.Item3) { Evidence = evidence, Sources = sources, Confidence = confidence, Notes = notes }
                   : null;
    }
}
