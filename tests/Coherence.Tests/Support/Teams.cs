using System.Linq;
using Coherence.Model;

namespace Coherence.Tests.Support;

/// <summary>Assessments of the same country and period by different teams, for the tests of agreement and reconciliation.</summary>
internal static class Teams
{
    public static readonly Assessor Ministry = new("Ana Pérez", "Ministerio del Interior", AssessorRole.Government);

    public static readonly Assessor Network = new("Luis Gómez", "Red de organizaciones", AssessorRole.CivilSociety);

    public static readonly Assessor Expert = new("Marta Ruiz", "Universidad", AssessorRole.Independent);

    /// <summary>An assessment of the small rubric by one team, with a source path so that diagnostics can name it.</summary>
    public static Assessment By(Assessor assessor, params Response[] responses) =>
        TestRubrics.Assess(TestRubrics.Small(), responses) with
        {
            Assessors = new[] { assessor },
            Source = new AssessmentSource(assessor.Organization + ".json", new string('0', 64)),
        };

    /// <summary>A response with a level.</summary>
    public static Response Level(string indicator, string group, string facet, string level, string? evidence = null) =>
        new(indicator, group, facet, ResponseStatus.Answered, level) { Evidence = evidence };

    /// <summary>A response with another status.</summary>
    public static Response Status(string indicator, string group, string facet, ResponseStatus status) => new(indicator, group, facet, status);

    /// <summary>Every cell of the small rubric answered at one level index (0-3) on both facets.</summary>
    public static Response[] Everywhere(int index)
    {
        var rubric = TestRubrics.Small();
        return Some.Cells(rubric).Select(c => Level(c.IndicatorId, c.GroupId, c.FacetId, rubric.ScaleOf(rubric.FindIndicator(c.IndicatorId)!, c.FacetId)!.Levels[index].Id)).ToArray();
    }
}
